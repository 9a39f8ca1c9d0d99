/// Why an import file was refused: where (record line, 0 when the format has none; the card's position; the column) and the field's own sentence.
public struct CustomerImportProblem: Error, Equatable, Sendable {
    /// The line in the file (CSV: the record's first line), or 0.
    public var line: Int
    /// The card's position in the file, from 1.
    public var card: Int
    /// The column or key (`tier`, `people`, `header`).
    public var field: String
    /// The sentence saying what is wrong.
    public var error: MustDoError

    /// A problem at `line`, card `card`, column `field`.
    public init(line: Int, card: Int, field: String, error: MustDoError) {
        self.line = line
        self.card = card
        self.field = field
        self.error = error
    }
}
