/// A rectangle of terminal cells: origin column `x`, row `y`, and a size in columns and rows.
public struct Rect: Hashable, Sendable {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// Columns; never negative.
    public var width: Int
    /// Rows; never negative.
    public var height: Int

    /// A rectangle; negative sizes become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin.
    public init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    /// One past the rightmost column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    /// Whether the rectangle has no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at column `x`, row `y` lies inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty, at `self`'s origin, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let nx = max(x, other.x), ny = max(y, other.y)
        let w = min(maxX, other.maxX) - nx, h = min(maxY, other.maxY) - ny
        if w <= 0 || h <= 0 { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: nx, y: ny, width: w, height: h)
    }

    /// The rectangle shrunk by `by` cells on every side.
    public func inset(by n: Int) -> Rect { inset(dx: n, dy: n) }

    /// The rectangle shrunk by `dx` columns left and right and `dy` rows top and bottom.
    public func inset(dx: Int, dy: Int) -> Rect {
        let w = max(0, width - 2 * dx), h = max(0, height - 2 * dy)
        return Rect(x: x + min(dx, width / 2), y: y + min(dy, height / 2), width: w, height: h)
    }

    /// Splits side by side at `column` columns from the left edge (from the right edge when
    /// negative); the split point is clamped to the rectangle.
    public func splitHorizontally(at column: Int) -> (left: Rect, right: Rect) {
        let c = min(max(column < 0 ? width + column : column, 0), width)
        return (Rect(x: x, y: y, width: c, height: height),
                Rect(x: x + c, y: y, width: width - c, height: height))
    }

    /// Splits one above the other at `row` rows from the top (from the bottom when negative);
    /// the split point is clamped to the rectangle.
    public func splitVertically(at row: Int) -> (top: Rect, bottom: Rect) {
        let r = min(max(row < 0 ? height + row : row, 0), height)
        return (Rect(x: x, y: y, width: width, height: r),
                Rect(x: x, y: y + r, width: width, height: height - r))
    }

    /// Divides into side-by-side columns whose widths follow `weights` (leftover columns go to the
    /// first ones), with `gap` empty columns between neighbours.
    public func columns(weights: [Int], gap: Int = 0) -> [Rect] {
        Rect.divide(width, weights: weights, gap: gap).map {
            Rect(x: x + $0.offset, y: y, width: $0.length, height: height)
        }
    }

    /// Divides into `count` equal columns with `gap` empty columns between them.
    public func columns(_ count: Int, gap: Int = 0) -> [Rect] {
        columns(weights: Array(repeating: 1, count: max(count, 0)), gap: gap)
    }

    /// Divides into stacked rows whose heights follow `weights` (leftover rows go to the first
    /// ones), with `gap` empty rows between neighbours.
    public func rows(weights: [Int], gap: Int = 0) -> [Rect] {
        Rect.divide(height, weights: weights, gap: gap).map {
            Rect(x: x, y: y + $0.offset, width: width, height: $0.length)
        }
    }

    /// Divides into `count` equal rows with `gap` empty rows between them.
    public func rows(_ count: Int, gap: Int = 0) -> [Rect] {
        rows(weights: Array(repeating: 1, count: max(count, 0)), gap: gap)
    }

    /// Offsets and lengths that share `total` cells by weight; rounding leftovers go to the first.
    private static func divide(_ total: Int, weights: [Int], gap: Int) -> [(offset: Int, length: Int)] {
        guard !weights.isEmpty else { return [] }
        let weights = weights.map { max($0, 0) }
        let gap = max(gap, 0)
        let available = max(0, total - gap * (weights.count - 1))
        let sum = weights.reduce(0, +)
        var lengths = weights.map { sum == 0 ? 0 : available * $0 / sum }
        var left = sum == 0 ? 0 : available - lengths.reduce(0, +)
        var i = 0
        while left > 0 {
            if weights[i] > 0 { lengths[i] += 1; left -= 1 }
            i = (i + 1) % weights.count
        }
        var result: [(Int, Int)] = []
        var offset = 0
        for length in lengths {
            result.append((min(offset, total), length))
            offset += length + gap
        }
        return result
    }
}
