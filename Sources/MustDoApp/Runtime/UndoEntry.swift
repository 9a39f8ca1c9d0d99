import MustDoCore

/// One committed change that can be undone and redone: the occurrence before and after it.
public struct UndoEntry: Sendable, Equatable {
    /// The occurrence before the change.
    public var before: OccurrenceSnapshot
    /// The occurrence after the change.
    public var after: OccurrenceSnapshot
    /// The title, for the status line ("undid: …").
    public var title: String
    /// The one-off task a carry-over created (undo removes it, redo carries over again).
    public var createdTask: Int64? = nil
    /// For a customer change: the card before and after it (then `before` and `after` are placeholders).
    public var customer: CustomerUndo? = nil
    /// For a logged visit: the visit as stored (undo removes it whole, redo logs it again).
    public var visit: Visit? = nil
    /// For a ledger change: what was done and the record before it.
    public var ledger: LedgerUndo? = nil
}
