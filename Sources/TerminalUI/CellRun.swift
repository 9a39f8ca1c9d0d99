/// Consecutive changed cells of one row that share a style: what a backend writes after moving
/// the cursor once. Never starts with a continuation cell and never ends inside a wide character.
public struct CellRun: Hashable, Sendable {
    /// The row.
    public var y: Int
    /// The first column.
    public var x: Int
    /// The cells from column `x` on, continuation cells included (so `cells.count` is the
    /// number of columns covered).
    public var cells: [Cell]

    /// A run from its position and cells.
    public init(y: Int, x: Int, cells: [Cell]) {
        self.y = y
        self.x = x
        self.cells = cells
    }

    /// The style shared by every cell of the run.
    public var style: Style { cells.first?.style ?? .plain }

    /// Columns covered.
    public var width: Int { cells.count }

    /// The run's text: the cells' clusters without continuation cells.
    public var text: String { cells.reduce(into: "") { $0 += $1.text } }
}
