/// A one-line text field: text, a cursor between grapheme clusters, and readline-style editing.
public struct LineEditor: Hashable, Sendable {
    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// The cursor as an index into `characters` (0 is before the first, `count` after the last).
    public var cursor: Int {
        didSet { cursor = min(max(cursor, 0), characters.count) }
    }

    /// An editor holding `text` with the cursor at the end.
    public init(text: String = "") {
        characters = LineEditor.clean(text)
        cursor = characters.count
    }

    /// The text; setting it puts the cursor at the end.
    public var text: String {
        get { String(characters) }
        set {
            characters = LineEditor.clean(newValue)
            cursor = characters.count
        }
    }

    /// Whether there is no text.
    public var isEmpty: Bool { characters.isEmpty }

    /// Columns before the cursor.
    public var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) } }

    /// Inserts `c` at the cursor. Something that extends the character before it (a combining
    /// mark, a skin tone, a joiner and what follows it, the second half of a flag) joins that
    /// character; controls are ignored.
    public mutating func insert(_ c: Character) {
        if cursor > 0 {
            let joined = String(characters[cursor - 1]) + String(c)
            if joined.count == 1 {
                characters[cursor - 1] = joined.first!
                return
            }
        }
        guard DisplayWidth.of(c) > 0 else { return }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// Inserts `s` at the cursor (pasted text; line breaks and tabs become spaces).
    public mutating func insert(_ s: String) {
        for c in LineEditor.clean(s) { insert(c) }
    }

    /// Deletes the grapheme cluster before the cursor (a wide character goes whole).
    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the grapheme cluster after the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Moves one grapheme cluster left.
    public mutating func moveLeft() { cursor -= 1 }
    /// Moves one grapheme cluster right.
    public mutating func moveRight() { cursor += 1 }
    /// Moves to the start.
    public mutating func moveHome() { cursor = 0 }
    /// Moves to the end.
    public mutating func moveEnd() { cursor = characters.count }

    /// Deletes from the start to the cursor (Ctrl-U); with the cursor at the end this clears the line.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Deletes from the cursor to the end (Ctrl-K).
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Deletes the word before the cursor (Ctrl-W): spaces, then a run of CJK or of other characters.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Moves to the start of the word before the cursor (Alt-B).
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// Moves past the end of the word after the cursor (Alt-F).
    public mutating func moveWordRight() {
        var i = cursor
        while i < characters.count, LineEditor.wordClass(characters[i]) == 0 { i += 1 }
        if i < characters.count {
            let cls = LineEditor.wordClass(characters[i])
            while i < characters.count, LineEditor.wordClass(characters[i]) == cls { i += 1 }
        }
        cursor = i
    }

    /// Performs the editing action bound to `key` and returns whether the key was an editing key:
    /// printable characters, Backspace/C-h, Delete/C-d, arrows, Home/C-a, End/C-e, C-b, C-f,
    /// C-u, C-k, C-w, M-Backspace, M-b, M-f.
    @discardableResult
    public mutating func apply(_ key: KeyEvent) -> Bool {
        switch key {
        case .char(let c):
            guard DisplayWidth.of(c) > 0 else { return false }
            insert(c)
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        case .ctrl("w"), .alt(.backspace): deleteWordBackward()
        case .alt(.char("b")), .alt(.left): moveWordLeft()
        case .alt(.char("f")), .alt(.right): moveWordRight()
        default: return false
        }
        return true
    }

    /// Draws the text on the first row of `rect` in `style`, the cluster under the cursor (or a
    /// space after the end) in `cursorStyle`, scrolled so the cursor is visible and no wide
    /// character is split; sets `buffer.cursor` for input methods when `showsCursor` is true.
    public func render(into buffer: inout Buffer, rect: Rect, style: Style, cursorStyle: Style,
                       showsCursor: Bool = true) {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(row, style: style)
        let widths = characters.map { DisplayWidth.of($0) }
        let cursorWidth = showsCursor ? (cursor < widths.count ? widths[cursor] : 1) : 0
        var before = widths[..<cursor].reduce(0, +)
        var start = 0
        while start < cursor, before + cursorWidth > rect.width {
            before -= widths[start]
            start += 1
        }
        var x = rect.x
        var i = start
        while i < characters.count, x < row.maxX {
            let s = showsCursor && i == cursor ? cursorStyle : style
            let n = buffer.put(String(characters[i]), x: x, y: rect.y, maxWidth: row.maxX - x, style: s)
            if n < widths[i] { break }
            x += n
            i += 1
        }
        guard showsCursor else { return }
        let cursorX = rect.x + before
        if cursor == characters.count, cursorX < row.maxX {
            buffer.put(" ", x: cursorX, y: rect.y, style: cursorStyle)
        }
        if cursorX < row.maxX { buffer.cursor = Point(x: cursorX, y: rect.y) }
    }

    private func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0, LineEditor.wordClass(characters[i - 1]) == 0 { i -= 1 }
        if i > 0 {
            let cls = LineEditor.wordClass(characters[i - 1])
            while i > 0, LineEditor.wordClass(characters[i - 1]) == cls { i -= 1 }
        }
        return i
    }

    /// 0 for spaces, 1 for wide (CJK) characters, 2 for everything else.
    private static func wordClass(_ c: Character) -> Int {
        if c.isWhitespace { return 0 }
        return DisplayWidth.of(c) == 2 ? 1 : 2
    }

    private static func clean(_ s: String) -> [Character] {
        s.compactMap { c in
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\t" { return " " }
            return DisplayWidth.of(c) == 0 ? nil : c
        }
    }
}
