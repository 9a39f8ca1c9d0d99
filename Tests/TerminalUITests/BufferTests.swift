import Testing
import TerminalUI

/// Checks the buffer invariant: wide cells are followed by a continuation, and only they are.
func assertWideCharactersWhole(_ b: Buffer, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<b.height {
        for x in 0..<b.width {
            let c = b[x, y]
            if c.width == 2 {
                #expect(x + 1 < b.width && b[x + 1, y].isContinuation, "wide cell at \(x),\(y) without continuation", sourceLocation: sourceLocation)
            }
            if c.isContinuation {
                #expect(x > 0 && b[x - 1, y].width == 2, "orphan continuation at \(x),\(y)", sourceLocation: sourceLocation)
                #expect(x > 0 && b[x - 1, y].style == c.style, "continuation style differs at \(x),\(y)", sourceLocation: sourceLocation)
            }
        }
    }
}

@Suite struct BufferTests {
    let red = Style(fg: .named("red")!)

    @Test func newBufferIsBlank() {
        let b = Buffer(width: 3, height: 2)
        #expect(b.cells.count == 6)
        #expect(b[2, 1] == Cell.blank())
        #expect(b.lines() == ["   ", "   "])
        #expect(b.lines(trimmingTrailingSpaces: true) == ["", ""])
    }

    @Test func putWritesWideCharactersAsCellAndContinuation() {
        var b = Buffer(width: 6, height: 1)
        let n = b.put("a中b", x: 0, y: 0, style: red)
        #expect(n == 4)
        #expect(b[0, 0] == Cell(text: "a", width: 1, style: red))
        #expect(b[1, 0] == Cell(text: "中", width: 2, style: red))
        #expect(b[2, 0] == Cell.continuation(red))
        #expect(b[3, 0].text == "b")
        #expect(b.lines() == ["a中b  "])
        assertWideCharactersWhole(b)
    }

    @Test func putStopsAtMaxWidthAndLeavesStraddledColumnBlank() {
        var b = Buffer(lines: ["xxxxxx"])
        // Pane of 3 columns: "中" (2) fits, "文" would straddle the edge at column 3.
        let n = b.put("中文", x: 0, y: 0, maxWidth: 3, style: .plain)
        #expect(n == 2)
        #expect(b.lines() == ["中 xxx"])
        #expect(b[2, 0] == .blank())
        assertWideCharactersWhole(b)
    }

    @Test func putStopsAtTheRightEdge() {
        var b = Buffer(width: 5, height: 1)
        #expect(b.put("ab中文", x: 0, y: 0, style: .plain) == 4)
        #expect(b.lines() == ["ab中 "])
        assertWideCharactersWhole(b)
        var c = Buffer(width: 3, height: 1)
        #expect(c.put("abcdef", x: 1, y: 0, style: .plain) == 2)
        #expect(c.lines() == [" ab"])
        #expect(c.put("x", x: 3, y: 0, style: .plain) == 0)
        #expect(c.put("x", x: 0, y: 5, style: .plain) == 0)
    }

    @Test func putWithNegativeX() {
        var b = Buffer(width: 4, height: 1)
        #expect(b.put("中文", x: -1, y: 0, style: .plain) == 4)
        #expect(b.lines() == [" 文 "])
        assertWideCharactersWhole(b)
    }

    @Test func overwritingTheFirstHalfOfAWideCharacterBlanksTheSecond() {
        var b = Buffer(width: 4, height: 1)
        b.put("中文", x: 0, y: 0, style: red)
        b.put("a", x: 0, y: 0, style: .plain)
        #expect(b.lines() == ["a 文"])
        #expect(b[1, 0] == .blank(red))
        assertWideCharactersWhole(b)
    }

    @Test func overwritingTheSecondHalfOfAWideCharacterBlanksTheFirst() {
        var b = Buffer(width: 4, height: 1)
        b.put("中文", x: 0, y: 0, style: .plain)
        b.put("a", x: 1, y: 0, style: .plain)
        #expect(b.lines() == [" a文"])
        assertWideCharactersWhole(b)
        // A wide character written over two halves of two neighbours blanks both outer halves.
        var c = Buffer(width: 6, height: 1)
        c.put("中文字", x: 0, y: 0, style: .plain)
        c.put("好", x: 1, y: 0, style: .plain)
        #expect(c.lines() == [" 好 字"])
        assertWideCharactersWhole(c)
    }

    @Test func combiningMarksStayInTheirCell() {
        var b = Buffer(width: 4, height: 1)
        #expect(b.put("e\u{301}x", x: 0, y: 0, style: .plain) == 2)
        #expect(b[0, 0].text == "e\u{301}")
        #expect(b[1, 0].text == "x")
        #expect(b.put("👨‍👩‍👧", x: 2, y: 0, style: .plain) == 2)
        #expect(b[2, 0].width == 2)
    }

    @Test func subscriptSetterKeepsWideCharactersWhole() {
        var b = Buffer(width: 3, height: 1)
        b[2, 0] = Cell("中")  // does not fit in the last column
        #expect(b[2, 0] == .blank())
        b[0, 0] = Cell("中")
        #expect(b.lines() == ["中 "])
        b[1, 0] = Cell("x")
        #expect(b.lines() == [" x "])
        assertWideCharactersWhole(b)
    }

    @Test func putClippedUsesEllipsisWithinWidth() {
        var b = Buffer(width: 10, height: 1)
        let n = b.putClipped("拜访客户王总", x: 1, y: 0, width: 6, style: .plain)
        #expect(n == 5)
        #expect(b.lines() == [" 拜访…    "])
    }

    @Test func fillAndSetStyle() {
        var b = Buffer(width: 5, height: 2)
        b.fill(Rect(x: 0, y: 0, width: 5, height: 1), char: "中", style: red)
        #expect(b.lines() == ["中中 ", "     "])
        assertWideCharactersWhole(b)
        b.fill(Rect(x: 1, y: 0, width: 1, height: 1), style: .plain)
        #expect(b.lines() == ["  中 ", "     "])
        let blue = Style(bg: .named("blue")!)
        b.setStyle(Rect(x: 3, y: 0, width: 1, height: 2), style: blue)  // the continuation of 中
        #expect(b[2, 0].style == blue)
        #expect(b[3, 0].style == blue)
        #expect(b[3, 1].style == blue)
        #expect(b[1, 0].style == .plain)
        assertWideCharactersWhole(b)
    }

    @Test func mergeStyleKeepsForeground() {
        var b = Buffer(width: 2, height: 1)
        b.put("ab", x: 0, y: 0, style: red)
        b.mergeStyle(b.area, style: Style(bg: .indexed(236), attrs: .bold))
        #expect(b[0, 0].style == Style(fg: .indexed(1), bg: .indexed(236), attrs: .bold))
    }

    @Test func drawBoxUnicodeAndAscii() {
        var b = Buffer(width: 6, height: 3)
        b.drawBox(b.area, style: .plain)
        #expect(b.lines() == ["┌────┐", "│    │", "└────┘"])
        b.drawBox(b.area, style: .plain, ascii: true)
        #expect(b.lines() == ["+----+", "|    |", "+----+"])
        var t = Buffer(width: 10, height: 3)
        t.drawBox(t.area, style: .plain, title: "今日任务")
        #expect(t.lines()[0] == "┌ 今日任…┐")
        assertWideCharactersWhole(t)
    }

    @Test func linesAndInitLinesRoundTrip() {
        let b = Buffer(lines: ["今天 today", "ab"])
        #expect(b.width == 10)
        #expect(b.lines() == ["今天 today", "ab        "])
        #expect(b.lines(trimmingTrailingSpaces: true) == ["今天 today", "ab"])
        #expect(b.description == "今天 today\nab        ")
    }

    @Test func blitClipsWideCharactersAtEdges() {
        let small = Buffer(lines: ["中文"])
        var b = Buffer(lines: ["......"])
        b.blit(small, x: 3, y: 0)
        #expect(b.lines() == ["...中 "])
        b.blit(small, x: -1, y: 0)
        #expect(b.lines() == [" 文中 "])
        assertWideCharactersWhole(b)
    }

    @Test func randomWritesKeepTheInvariant() {
        var rng = SplitMix(seed: 7)
        let words = ["中", "文", "a", "bc", "，", "👍", "e\u{301}", "한", "x中y", "  "]
        var b = Buffer(width: 9, height: 3)
        for _ in 0..<2000 {
            let w = words[Int(rng.next() % UInt64(words.count))]
            let x = Int(rng.next() % 11) - 1
            let y = Int(rng.next() % 3)
            switch rng.next() % 4 {
            case 0: b.put(w, x: x, y: y, maxWidth: Int(rng.next() % 5), style: .plain)
            case 1: b.fill(Rect(x: x, y: y, width: Int(rng.next() % 4), height: 1), char: w.first!, style: .plain)
            case 2: b.setStyle(Rect(x: x, y: y, width: 1, height: 1), style: Style(fg: .indexed(UInt8(rng.next() % 8))))
            default: b.put(w, x: x, y: y, style: .plain)
            }
            assertWideCharactersWhole(b)
        }
    }
}

/// A small deterministic random number generator for tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
