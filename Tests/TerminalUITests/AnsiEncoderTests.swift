import Testing
import TerminalUI

@Suite struct AnsiEncoderTests {
    @Test func encodesRunsWithCursorMovesAndColours() {
        let runs = [
            CellRun(y: 0, x: 0, cells: [Cell("中", style: Style(fg: .indexed(1))), .continuation(Style(fg: .indexed(1)))]),
            CellRun(y: 0, x: 2, cells: [Cell("a", style: Style(bg: .rgb(1, 2, 3), attrs: .bold))]),
        ]
        let out = AnsiEncoder.encode(runs)
        #expect(out == "\u{1B}[1;1H\u{1B}[0;31m中\u{1B}[0;1;48;2;1;2;3ma\u{1B}[0m")
    }

    @Test func sgrForPaletteColours() {
        #expect(AnsiEncoder.sgr(Style(fg: .indexed(9), bg: .indexed(200))) == "\u{1B}[0;91;48;5;200m")
        #expect(AnsiEncoder.sgr(.plain) == "\u{1B}[0m")
    }

    @Test func linesOfABuffer() {
        var b = Buffer(width: 3, height: 1)
        b.put("ab", x: 0, y: 0, style: Style(attrs: .underline))
        #expect(AnsiEncoder.lines(of: b) == ["\u{1B}[0;4mab\u{1B}[0m "])
    }
}
