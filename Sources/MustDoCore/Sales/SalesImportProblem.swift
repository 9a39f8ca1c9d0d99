/// Why a sales file (or one of its lines) was refused: the line, the column, and the sentence saying what is wrong.
public struct SalesImportProblem: Error, Equatable, Sendable {
    /// The line in the file (the record's first line).
    public var line: Int
    /// The column (`customer`, `month`, `amount`, `volume`, or `header`).
    public var column: String
    /// What is wrong, without a final full stop (it goes inside "file, line N, column: …; nothing was imported").
    public var error: MustDoError

    /// A problem at `line`, `column`.
    public init(line: Int, column: String, error: MustDoError) {
        self.line = line
        self.column = column
        self.error = error
    }
}
