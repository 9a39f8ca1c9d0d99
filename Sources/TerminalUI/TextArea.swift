/// A multi-line text editor (journal entries): lines of `LineEditor`, Enter splits, Backspace joins, soft-wrapped drawing that never splits a wide character.
public struct TextArea: Hashable, Sendable {
    /// The lines.
    public private(set) var lines: [LineEditor]
    /// The line holding the cursor.
    public private(set) var row: Int = 0

    /// Creates an editor holding `text` with the cursor at its end.
    public init(text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineEditor(text: String($0)) }
        if lines.isEmpty { lines = [LineEditor()] }
        row = lines.count - 1
        lines[row].moveEnd()
    }

    /// The text, lines joined with newlines.
    public var text: String { lines.map(\.text).joined(separator: "\n") }

    /// Applies an editing key; returns whether it was one. Enter inserts a line break.
    @discardableResult
    public mutating func apply(_ key: KeyEvent) -> Bool {
        switch key {
        case .enter:
            let line = lines[row]
            let head = String(line.characters[..<line.cursor]), tail = String(line.characters[line.cursor...])
            lines[row] = LineEditor(text: head)
            var next = LineEditor(text: tail)
            next.moveHome()
            lines.insert(next, at: row + 1)
            row += 1
        case .backspace, .ctrl("h"):
            if lines[row].cursor == 0 && row > 0 {
                let tail = lines.remove(at: row).text
                row -= 1
                let keep = lines[row].characters.count
                lines[row] = LineEditor(text: lines[row].text + tail)
                lines[row].cursor = keep
            } else {
                lines[row].backspace()
            }
        case .delete, .ctrl("d"):
            if lines[row].cursor == lines[row].characters.count && row + 1 < lines.count {
                let tail = lines.remove(at: row + 1).text
                let keep = lines[row].cursor
                lines[row] = LineEditor(text: lines[row].text + tail)
                lines[row].cursor = keep
            } else {
                lines[row].deleteForward()
            }
        case .up, .ctrl("p"): moveVertically(-1)
        case .down, .ctrl("n"): moveVertically(1)
        case .left where lines[row].cursor == 0 && row > 0:
            row -= 1
            lines[row].moveEnd()
        case .right where lines[row].cursor == lines[row].characters.count && row + 1 < lines.count:
            row += 1
            lines[row].moveHome()
        default:
            return lines[row].apply(key)
        }
        return true
    }

    /// Inserts text (pasted or typed), newlines included.
    public mutating func insert(_ s: String) {
        for c in s { if c == "\n" { apply(.enter) } else { lines[row].insert(c) } }
    }

    private mutating func moveVertically(_ d: Int) {
        let target = row + d
        guard target >= 0, target < lines.count else { return }
        let column = lines[row].cursorColumn
        row = target
        var i = 0, w = 0
        let chars = lines[row].characters
        while i < chars.count, w + DisplayWidth.of(chars[i]) <= column { w += DisplayWidth.of(chars[i]); i += 1 }
        lines[row].cursor = i
    }

    /// Draws the text soft-wrapped into `rect`, scrolled so the cursor is visible; sets `buffer.cursor`.
    public func render(into buffer: inout Buffer, rect: Rect, style: Style, cursorStyle: Style) {
        guard rect.width > 1, rect.height > 0 else { return }
        buffer.fill(rect, style: style)
        // Visual rows: (line index, first character index, characters).
        var visual: [(line: Int, start: Int, chars: ArraySlice<Character>)] = []
        var cursorVisual = 0, cursorX = 0
        for (li, line) in lines.enumerated() {
            let chars = line.characters
            var start = 0
            repeat {
                var w = 0, end = start
                while end < chars.count, w + DisplayWidth.of(chars[end]) <= rect.width - 1 { w += DisplayWidth.of(chars[end]); end += 1 }
                if li == row, line.cursor >= start, line.cursor <= end, !(line.cursor == end && end < chars.count) {
                    cursorVisual = visual.count
                    cursorX = chars[start..<line.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
                }
                visual.append((li, start, chars[start..<end]))
                start = end
            } while start < chars.count
        }
        let top = max(0, cursorVisual - rect.height + 1)
        for r in 0..<rect.height {
            let v = top + r
            guard v < visual.count else { break }
            var x = rect.x
            for c in visual[v].chars { x += buffer.put(String(c), x: x, y: rect.y + r, maxWidth: rect.maxX - x, style: style) }
        }
        let cy = rect.y + cursorVisual - top, cx = rect.x + cursorX
        if cy < rect.maxY, cx < rect.maxX {
            let under = lines[row].cursor < lines[row].characters.count ? String(lines[row].characters[lines[row].cursor]) : " "
            buffer.put(under, x: cx, y: cy, maxWidth: rect.maxX - cx, style: cursorStyle)
            buffer.cursor = Point(x: cx, y: cy)
        }
    }
}
