extension Buffer {
    /// Fills `rect` (clipped to the buffer) with `char` in `style`; a wide `char` is repeated in
    /// pairs of columns and a leftover column is blank.
    public mutating func fill(_ rect: Rect, char: Character = " ", style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        var w = DisplayWidth.of(char)
        var text = String(char)
        if w == 0 { w = 1; text = " " }
        let cell = Cell(text: text, width: UInt8(w), style: style)
        for y in r.y..<r.maxY {
            var x = r.x
            while x + w <= r.maxX {
                place(cell, x: x, y: y)
                x += w
            }
            if x < r.maxX { place(.blank(style), x: x, y: y) }
        }
    }

    /// Replaces the style of every cell in `rect` (clipped), keeping the text; a wide character
    /// half inside the rectangle is restyled whole.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        transformStyle(rect) { _ in style }
    }

    /// Lays `style` over the style of every cell in `rect` (see `Style.merged(over:)`), e.g. to
    /// highlight a row while keeping its colours.
    public mutating func mergeStyle(_ rect: Rect, style: Style) {
        transformStyle(rect) { style.merged(over: $0) }
    }

    private mutating func transformStyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            var x = r.x
            while x < r.maxX {
                let w = Int(self[x, y].width)
                restyle(x: x, y: y, transform)
                x += max(w, 1)
            }
        }
    }

    /// Draws a single-line box along the edges of `rect` (clipped), with box-drawing characters or,
    /// when `ascii` is true, `+ - |`; an optional `title` is written into the top edge.
    public mutating func drawBox(_ rect: Rect, style: Style, ascii: Bool = false, title: String? = nil) {
        guard !rect.isEmpty else { return }
        let h = ascii ? "-" : "─", v = ascii ? "|" : "│"
        let tl = ascii ? "+" : "┌", tr = ascii ? "+" : "┐", bl = ascii ? "+" : "└", br = ascii ? "+" : "┘"
        if rect.height == 1 {
            put(String(repeating: h, count: rect.width), x: rect.x, y: rect.y, maxWidth: rect.width, style: style)
            return
        }
        if rect.width == 1 {
            for y in rect.y..<rect.maxY { put(v, x: rect.x, y: y, maxWidth: 1, style: style) }
            return
        }
        let inner = String(repeating: h, count: rect.width - 2)
        put(tl + inner + tr, x: rect.x, y: rect.y, maxWidth: rect.width, style: style)
        put(bl + inner + br, x: rect.x, y: rect.maxY - 1, maxWidth: rect.width, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put(v, x: rect.x, y: y, maxWidth: 1, style: style)
            put(v, x: rect.maxX - 1, y: y, maxWidth: 1, style: style)
        }
        if let title, !title.isEmpty, rect.width > 4 {
            putClipped(" " + title + " ", x: rect.x + 1, y: rect.y, width: rect.width - 2, style: style)
        }
    }

    /// Copies `other` into this buffer with its top-left corner at (x, y), clipped to the edges;
    /// a wide character cut by an edge becomes a blank.
    public mutating func blit(_ other: Buffer, x: Int, y: Int) {
        for sy in 0..<other.height {
            let ty = y + sy
            guard ty >= 0, ty < height else { continue }
            for sx in 0..<other.width {
                let cell = other[sx, sy]
                let tx = x + sx
                if cell.isContinuation {
                    if tx == 0 { place(.blank(cell.style), x: 0, y: ty) }  // lead was cut off on the left
                    continue
                }
                guard tx >= 0, tx < width else { continue }
                place(cell.width == 2 && tx + 1 >= width ? .blank(cell.style) : cell, x: tx, y: ty)
            }
        }
    }

    /// The rows as plain text (continuation cells omitted), for snapshots; trailing spaces are
    /// kept unless `trimmingTrailingSpaces` is true.
    public func lines(trimmingTrailingSpaces: Bool = false) -> [String] {
        (0..<height).map { y in
            var row = ""
            for x in 0..<width {
                let c = cells[y * width + x]
                if !c.isContinuation { row += c.text }
            }
            if trimmingTrailingSpaces {
                while row.last == " " { row.removeLast() }
            }
            return row
        }
    }
}
