/// A terminal position: column `x`, row `y`, both from 0 at the top left.
public struct Point: Hashable, Sendable {
    /// The column.
    public var x: Int
    /// The row.
    public var y: Int

    /// A point from its column and row.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
