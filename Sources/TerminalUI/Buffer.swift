/// A grid of cells that a frame is rendered into, then diffed against the terminal.
///
/// Invariant: every cell of width 2 is followed by a continuation cell in the same row, and
/// every continuation cell follows a cell of width 2. All mutating methods keep it: writing over
/// either half of a wide character blanks the other half.
public struct Buffer: Hashable, Sendable {
    /// Columns.
    public private(set) var width: Int
    /// Rows.
    public private(set) var height: Int
    /// The cells, row by row (`cells[y * width + x]`).
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (for input methods), or nil to hide it.
    public var cursor: Point?

    /// A buffer of blank cells in `style`.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// A buffer as wide as the widest line holding `lines` in `style` (for tests and fixtures).
    public init(lines: [String], style: Style = .plain) {
        let w = lines.map { DisplayWidth.of($0) }.max() ?? 0
        self.init(width: w, height: lines.count, style: style)
        for (y, line) in lines.enumerated() {
            put(line, x: 0, y: y, style: style)
        }
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(width: width, height: height) }

    /// The cell at column `x`, row `y`. Setting a cell keeps wide characters whole: a wide cell
    /// that would not fit in the row, or a continuation cell, is stored as a blank.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(width)×\(height) buffer")
            return cells[y * width + x]
        }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            if newValue.width == 0 || (newValue.width == 2 && x + 1 >= width) {
                place(.blank(newValue.style), x: x, y: y)
            } else {
                place(newValue, x: x, y: y)
            }
        }
    }

    /// Writes `text` from column `x` of row `y` in `style`, one grapheme cluster per cell (wide
    /// characters take a cell and its continuation), stopping at `maxWidth` columns or the right
    /// edge. A wide character that would straddle the limit is not written; the column it would
    /// have started in is blanked in `style`. Tabs become one space, other zero-width clusters are
    /// skipped. Returns the columns the text advanced.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var col = x
        for ch in text {
            if col >= limit { break }
            var w = DisplayWidth.of(ch)
            var cellText = String(ch)
            if w == 0 {
                guard ch == "\t" else { continue }
                w = 1
                cellText = " "
            }
            if col + w > limit {
                if col >= 0 { place(.blank(style), x: col, y: y) }
                break
            }
            if col >= 0 {
                place(Cell(text: cellText, width: UInt8(w), style: style), x: col, y: y)
            } else if col + w > 0 {
                place(.blank(style), x: 0, y: y)  // a wide character cut by the left edge
            }
            col += w
        }
        return col - x
    }

    /// Writes `text` cut to `width` columns with `ellipsis` (see `Text.truncate`); returns the
    /// columns written.
    @discardableResult
    public mutating func putClipped(_ text: String, x: Int, y: Int, width: Int, style: Style,
                                    ellipsis: String = "…") -> Int {
        put(Text.truncate(text, toWidth: width, ellipsis: ellipsis), x: x, y: y, maxWidth: width, style: style)
    }

    /// Resets every cell to a blank in `style` and hides the cursor.
    public mutating func clear(style: Style = .plain) {
        for i in cells.indices { cells[i] = .blank(style) }
        cursor = nil
    }

    /// Stores a cell of width 1 or 2 at (x, y), blanking the halves of wide characters it breaks.
    /// The caller guarantees the position is inside and a wide cell fits.
    mutating func place(_ cell: Cell, x: Int, y: Int) {
        let i = y * width + x
        breakWide(at: i, x: x)
        if cell.width == 2 {
            breakWide(at: i + 1, x: x + 1)
            cells[i] = cell
            cells[i + 1] = .continuation(cell.style)
        } else {
            cells[i] = cell
        }
    }

    /// Restyles the cell at (x, y) in place, keeping a wide character's two halves in one style.
    mutating func restyle(x: Int, y: Int, _ transform: (Style) -> Style) {
        let i = y * width + x
        let style = transform(cells[i].style)
        cells[i].style = style
        if cells[i].width == 2, x + 1 < width { cells[i + 1].style = style }
        if cells[i].width == 0, x > 0 { cells[i - 1].style = style }
    }

    /// Blanks the other half of a wide character that the cell at index `i` (column `x`) is part of.
    private mutating func breakWide(at i: Int, x: Int) {
        let old = cells[i]
        if old.width == 0 {
            cells[i] = .blank(old.style)
            if x > 0 { cells[i - 1] = .blank(cells[i - 1].style) }
        } else if old.width == 2 {
            cells[i] = .blank(old.style)
            if x + 1 < width { cells[i + 1] = .blank(cells[i + 1].style) }
        }
    }
}

extension Buffer: CustomStringConvertible {
    /// The rows as plain text, one per line.
    public var description: String { lines().joined(separator: "\n") }
}
