import MustDoCore

/// One customer change on the undo stack: the card's content before and after (fields, people, tags, archived).
public struct CustomerUndo: Sendable, Equatable {
    /// The card before the change (a new card's "before" is the same card archived).
    public var before: Customer
    /// The card after the change.
    public var after: Customer

    /// An entry for the change from `before` to `after`.
    public init(before: Customer, after: Customer) {
        self.before = before
        self.after = after
    }

    /// An occurrence snapshot standing in for the occurrence fields of an `UndoEntry` that carries a customer change.
    static let placeholder = OccurrenceSnapshot(id: 0, state: .open, progress: 0, doneAt: nil, skipReason: nil, note: nil)

    /// The undo entry of this change, titled `title`.
    func entry(title: String) -> UndoEntry {
        UndoEntry(before: CustomerUndo.placeholder, after: CustomerUndo.placeholder, title: title, customer: self)
    }
}
