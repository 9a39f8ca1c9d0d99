import TerminalUI

/// A column of styled lines drawn into a rect, scrolled so that a chosen line is visible; used by the week review and planning.
struct DocumentView {
    /// One line: styled pieces, and whether it is the selected line.
    struct Line {
        var pieces: [(String, Style)]
        var selected = false
        var fillStyle: Style?

        init(_ text: String, _ style: Style, selected: Bool = false, fill: Style? = nil) {
            pieces = [(text, style)]
            self.selected = selected
            self.fillStyle = fill
        }

        init(pieces: [(String, Style)], selected: Bool = false, fill: Style? = nil) {
            self.pieces = pieces
            self.selected = selected
            self.fillStyle = fill
        }
    }

    var lines: [Line] = []

    mutating func add(_ text: String, _ style: Style) { lines.append(Line(text, style)) }
    mutating func add(_ line: Line) { lines.append(line) }
    mutating func blank() { lines.append(Line("", .plain)) }

    /// Wraps long plain text into several lines of `width` columns, each indented by `indent`.
    mutating func addWrapped(_ text: String, width: Int, indent: String, style: Style) {
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let rows = Text.wrap(String(paragraph), width: max(1, width - DisplayWidth.of(indent)))
            for r in rows.isEmpty ? [""] : rows { add(indent + r, style) }
        }
    }

    /// Draws into `rect`; the first selected line is kept in view, then the page is moved by `offset` lines (PgDn/PgUp), never past either end.
    func draw(into buf: inout Buffer, rect: Rect, ellipsis: String, offset: Int = 0) {
        guard rect.width > 0, rect.height > 0 else { return }
        let target = lines.firstIndex { $0.selected } ?? 0
        let base = max(0, min(target - rect.height / 2, lines.count - rect.height))
        let top = max(0, min(base + offset, lines.count - rect.height))
        for row in 0..<rect.height {
            let i = top + row
            guard i < lines.count else { break }
            let line = lines[i]
            if let fill = line.fillStyle { buf.fill(Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1), style: fill) }
            var x = rect.x
            for (text, style) in line.pieces where x < rect.maxX {
                x += buf.putClipped(text, x: x, y: rect.y + row, width: rect.maxX - x, style: style, ellipsis: ellipsis)
            }
        }
    }
}
