/// A customer's action commitment (行动承诺, seed 004): an action of the customer that moves the order forward, by a day.
///
/// Stored as a customer promise (`Promise.Direction.theirs`, kind `.action`) linked to its visit, so it is followed
/// up, kept or broken like any other promise.
public struct ActionCommitment: Equatable, Sendable {
    /// Who at the customer committed (a person's name), or empty.
    public var who: String
    /// What they will do.
    public var what: String
    /// By when.
    public var by: LocalDate

    /// A commitment.
    public init(who: String = "", what: String, by: LocalDate) {
        self.who = who
        self.what = what
        self.by = by
    }
}
