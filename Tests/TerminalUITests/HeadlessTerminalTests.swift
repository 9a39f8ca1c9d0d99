import Testing
import TerminalUI

@Suite struct HeadlessTerminalTests {
    @Test func firstFrameWritesEveryCellThenOnlyChanges() {
        let t = HeadlessTerminal(width: 10, height: 3)
        var frame = Buffer(width: 10, height: 3)
        frame.put("今天 today", x: 0, y: 0, style: .plain)
        t.draw(frame)
        #expect(t.lastDrawStats.frames == 1)
        #expect(t.lastDrawStats.cellsWritten == 28)  // 30 columns, 2 of them continuations
        #expect(t.screenLines() == ["今天 today", "", ""])

        frame.put("!", x: 9, y: 2, style: .plain)
        t.draw(frame)
        #expect(t.lastDrawStats.cellsWritten == 1)
        #expect(t.lastDrawStats.runs == 1)
        #expect(t.lastDrawStats.bytesWritten == "\u{1B}[3;10H\u{1B}[0m!".utf8.count)

        t.draw(frame)
        #expect(t.lastDrawStats.cellsWritten == 0)
        #expect(t.lastDrawStats.bytesWritten == 0)
        #expect(t.totalDrawStats.frames == 3)
        #expect(t.totalDrawStats.cellsWritten == 29)
    }

    @Test func scriptedEventsAndResize() {
        let t = HeadlessTerminal(width: 20, height: 5)
        t.type("j中")
        t.enqueue(.enter)
        #expect(t.readEvent(timeoutMilliseconds: 100) == .char("j"))
        #expect(t.readEvent(timeoutMilliseconds: 100) == .char("中"))
        #expect(t.readEvent(timeoutMilliseconds: 100) == .enter)
        #expect(t.readEvent(timeoutMilliseconds: 100) == nil)

        t.draw(Buffer(width: 20, height: 5))
        t.resize(width: 8, height: 2)
        #expect(t.size.width == 8 && t.size.height == 2)
        #expect(t.readEvent(timeoutMilliseconds: 0) == .resize(width: 8, height: 2))
        t.draw(Buffer(lines: ["12345678", "abcdefgh"]))
        #expect(t.lastDrawStats.cellsWritten == 16)
        #expect(t.screenLines() == ["12345678", "abcdefgh"])
    }

    @Test func resumeForcesAFullRedrawAndShutdownStopsDrawing() {
        let t = HeadlessTerminal(width: 4, height: 1)
        let frame = Buffer(lines: ["abcd"])
        t.draw(frame)
        t.suspend()
        #expect(t.isSuspended && t.suspendCount == 1)
        t.resume()
        t.draw(frame)
        #expect(t.lastDrawStats.cellsWritten == 4)
        t.shutdown()
        t.shutdown()
        t.draw(Buffer(lines: ["zzzz"]))
        #expect(t.isShutDown)
        #expect(t.screenLines() == ["abcd"])
    }

    @Test func bufferLargerThanTheScreenIsClipped() {
        let t = HeadlessTerminal(width: 3, height: 1)
        t.draw(Buffer(lines: ["ab中文", "second"]))
        #expect(t.screenLines() == ["ab"])
    }

    @Test func cursorPositionReachesTheScreen() {
        let t = HeadlessTerminal(width: 10, height: 2)
        var editor = LineEditor(text: "中文")
        editor.moveLeft()
        var b = Buffer(width: 10, height: 2)
        editor.render(into: &b, rect: Rect(x: 1, y: 1, width: 8, height: 1), style: .plain,
                      cursorStyle: Style(attrs: .reverse))
        t.draw(b)
        #expect(t.screen.cursor == Point(x: 3, y: 1))
    }
}

@Suite struct HeadlessMonkeyTests {
    @Test func screenAlwaysMatchesTheLastFrame() {
        var rng = SplitMix(seed: 2024)
        let t = HeadlessTerminal(width: 20, height: 6)
        let words = ["拜访", "客户", "call", "王总", "👍", "，", "ok", "e\u{301}", "  ", "한국"]
        var frame = Buffer(width: 20, height: 6)
        for step in 0..<400 {
            if step % 97 == 96 {
                let w = 5 + Int(rng.next() % 20), h = 1 + Int(rng.next() % 8)
                t.resize(width: w, height: h)
                frame = Buffer(width: w, height: h)
            }
            for _ in 0..<Int(rng.next() % 5) {
                let word = words[Int(rng.next() % UInt64(words.count))]
                let style = Style(fg: .indexed(UInt8(rng.next() % 4)))
                frame.put(word, x: Int(rng.next() % 22) - 1, y: Int(rng.next() % UInt64(frame.height)),
                          maxWidth: Int(rng.next() % 8), style: style)
            }
            t.draw(frame)
            #expect(t.screen == frame)
            #expect(t.lastDrawStats.cellsWritten <= frame.width * frame.height)
        }
    }
}
