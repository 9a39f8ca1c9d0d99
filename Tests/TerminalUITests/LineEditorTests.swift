import Testing
import TerminalUI

@Suite struct LineEditorTests {
    @Test func insertsCJKAndMovesOverWholeCharacters() {
        var e = LineEditor()
        for key: KeyEvent in [.char("买"), .char("牛"), .char("奶"), .char(" "), .char("m")] {
            do { let handled = e.apply(key); #expect(handled) }
        }
        #expect(e.text == "买牛奶 m")
        #expect(e.cursor == 5)
        #expect(e.cursorColumn == 8)
        e.apply(.left)
        e.apply(.left)
        #expect(e.cursorColumn == 6)
        e.apply(.backspace)  // removes 奶, the whole wide character
        #expect(e.text == "买牛 m")
        #expect(e.cursorColumn == 4)
        e.apply(.home)
        e.apply(.delete)
        #expect(e.text == "牛 m")
        e.apply(.end)
        #expect(e.cursor == 3)
        e.apply(.right)
        #expect(e.cursor == 3)
    }

    @Test func backspaceRemovesAWholeEmojiCluster() {
        var e = LineEditor(text: "ok👨‍👩‍👧")
        e.backspace()
        #expect(e.text == "ok")
    }

    @Test func combiningMarkJoinsThePreviousCharacter() {
        var e = LineEditor()
        e.insert("e")
        e.insert("\u{301}" as Character)
        #expect(e.characters.count == 1)
        #expect(e.text == "e\u{301}")
        e.insert("\u{7}" as Character)  // a control is ignored
        #expect(e.text == "e\u{301}")
    }

    @Test func killKeys() {
        var e = LineEditor(text: "给Bob打电话 now")
        do { let handled = e.apply(.ctrl("w")); #expect(handled) }
        #expect(e.text == "给Bob打电话 ")
        e.apply(.ctrl("w"))
        #expect(e.text == "给Bob")
        e.apply(.ctrl("w"))
        #expect(e.text == "给")
        e.text = "hello world"
        e.cursor = 5
        e.apply(.ctrl("k"))
        #expect(e.text == "hello")
        e.apply(.ctrl("u"))
        #expect(e.text == "")
        #expect(e.isEmpty)
    }

    @Test func ignoresNonEditingKeys() {
        var e = LineEditor(text: "x")
        do { let handled = e.apply(.enter); #expect(!handled) }
        do { let handled = e.apply(.escape); #expect(!handled) }
        do { let handled = e.apply(.up); #expect(!handled) }
        do { let handled = e.apply(.ctrl("c")); #expect(!handled) }
        #expect(e.text == "x")
    }

    @Test func pasteTurnsNewlinesIntoSpaces() {
        var e = LineEditor()
        e.insert("a\nb\tc")
        #expect(e.text == "a b c")
    }

    @Test func renderShowsTextAndCursor() {
        let e = LineEditor(text: "中a")
        var b = Buffer(width: 6, height: 1)
        let rev = Style(attrs: .reverse)
        e.render(into: &b, rect: b.area, style: .plain, cursorStyle: rev)
        #expect(b.lines() == ["中a   "])
        #expect(b[3, 0].style == rev)  // the cursor after the end
        #expect(b.cursor == Point(x: 3, y: 0))
    }

    @Test func renderScrollsWithoutSplittingWideCharacters() {
        var e = LineEditor(text: "今天给王总打电话")  // 16 columns
        let rev = Style(attrs: .reverse)
        var b = Buffer(width: 7, height: 1)
        e.render(into: &b, rect: b.area, style: .plain, cursorStyle: rev)
        // The cursor at the end needs a column: "打电话" (6) + cursor (1).
        #expect(b.lines() == ["打电话 "])
        #expect(b.cursor == Point(x: 6, y: 0))

        e.moveHome()
        b = Buffer(width: 7, height: 1)
        e.render(into: &b, rect: b.area, style: .plain, cursorStyle: rev)
        #expect(b.lines() == ["今天给 "])  // 给 ends at column 6; 王 would straddle the edge
        #expect(b[0, 0].style == rev)
        #expect(b.cursor == Point(x: 0, y: 0))

        e.cursor = 4  // on 总
        b = Buffer(width: 7, height: 1)
        e.render(into: &b, rect: b.area, style: .plain, cursorStyle: rev)
        let line = b.lines()[0]
        #expect(line.contains("总"))
        #expect(b[b.cursor!.x, 0].text == "总")
        #expect(b[b.cursor!.x, 0].style == rev)
        assertWideCharactersWhole(b)
    }
}

@Suite struct LineEditorJoiningTests {
    @Test func keysThatExtendACharacterJoinIt() {
        var e = LineEditor()
        for c: Character in ["👍", "\u{1F3FD}", "🇨", "🇳", "👨", "\u{200D}", "👩"] {
            e.insert(c)
        }
        #expect(e.characters == ["👍🏽", "🇨🇳", "👨‍👩"])
        #expect(e.cursor == 3)
        #expect(e.text.count == e.characters.count)
    }
}
