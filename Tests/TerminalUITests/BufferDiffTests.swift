import Testing
import TerminalUI

@Suite struct BufferDiffTests {
    @Test func fullRedrawWithoutPreviousFrame() {
        let b = Buffer(lines: ["ab", "cd"])
        let runs = BufferDiff.changes(from: nil, to: b)
        #expect(runs.count == 2)
        #expect(runs.map(\.text) == ["ab", "cd"])
        #expect(BufferDiff.changes(from: Buffer(width: 3, height: 2), to: b).count == 2)
    }

    @Test func noChangesNoRuns() {
        let b = Buffer(lines: ["今天 today"])
        #expect(BufferDiff.changes(from: b, to: b).isEmpty)
    }

    @Test func oneChangedCellIsOneRunOfOneCell() {
        let old = Buffer(lines: ["hello world", "second line"])
        var new = old
        new.put("X", x: 4, y: 1, style: .plain)
        let runs = BufferDiff.changes(from: old, to: new)
        #expect(runs == [CellRun(y: 1, x: 4, cells: [Cell(text: "X", width: 1)])])
    }

    @Test func runsSplitByStyle() {
        let old = Buffer(width: 4, height: 1)
        var new = old
        new.put("ab", x: 0, y: 0, style: Style(attrs: .bold))
        new.put("cd", x: 2, y: 0, style: .plain)
        let runs = BufferDiff.changes(from: old, to: new)
        #expect(runs.map(\.x) == [0, 2])
        #expect(runs.map(\.text) == ["ab", "cd"])
        #expect(runs[0].style == Style(attrs: .bold))
    }

    @Test func changedWideCharacterIsEmittedFromItsFirstCell() {
        let old = Buffer(lines: ["a中b"])
        var new = old
        new.put("文", x: 1, y: 0, style: .plain)
        let runs = BufferDiff.changes(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].x == 1)
        #expect(runs[0].cells == [Cell(text: "文", width: 2), .continuation()])
    }

    @Test func restyledContinuationEmitsTheWholeWideCharacter() {
        let old = Buffer(lines: ["a中b"])
        var new = old
        new.setStyle(Rect(x: 2, y: 0, width: 1, height: 1), style: Style(attrs: .reverse))
        let runs = BufferDiff.changes(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].x == 1)
        #expect(runs[0].width == 2)
        #expect(!runs[0].cells[0].isContinuation)
    }

    @Test func wideCharacterReplacedByNarrowOnes() {
        let old = Buffer(lines: ["中中"])
        var new = old
        new.put("ab", x: 1, y: 0, style: .plain)  // breaks both wide characters
        let runs = BufferDiff.changes(from: old, to: new)
        #expect(runs == [CellRun(y: 0, x: 0, cells: [.blank(), Cell("a"), Cell("b"), .blank()])])
    }

    @Test func runsNeverStartWithAContinuationAndReproduceTheFrame() {
        var rng = SplitMix(seed: 42)
        let pieces = ["中", "a", "文字", "xy", "👍", "，", " "]
        let styles = [Style.plain, Style(fg: .indexed(2)), Style(attrs: .bold)]
        var screen = Buffer(width: 12, height: 4)
        var previous: Buffer? = nil
        var frame = Buffer(width: 12, height: 4)
        for _ in 0..<500 {
            for _ in 0..<Int(rng.next() % 4) {
                let p = pieces[Int(rng.next() % UInt64(pieces.count))]
                let s = styles[Int(rng.next() % UInt64(styles.count))]
                frame.put(p, x: Int(rng.next() % 12), y: Int(rng.next() % 4), style: s)
            }
            let runs = BufferDiff.changes(from: previous, to: frame)
            for run in runs {
                #expect(!run.cells[0].isContinuation)
                #expect(run.cells.allSatisfy { $0.style == run.style })
                if let last = run.cells.last { #expect(last.width != 2) }
            }
            BufferDiff.apply(runs, to: &screen)
            #expect(screen == frame)
            previous = frame
        }
    }
}
