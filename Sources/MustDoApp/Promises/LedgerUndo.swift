import MustDoCore

/// A change made in the ledger: a promise settled or renegotiated, or the customer told about an appointment.
public enum LedgerChange: Sendable, Equatable {
    /// The promise `id` kept or broken.
    case settle(Int64, PromiseState)
    /// The promise `id` given a new date.
    case renegotiate(Int64, LocalDate)
    /// The customer was told that appointment `id` cannot be kept.
    case told(Int64)
    /// A new promise.
    case add(Promise)
}

/// One ledger change on the undo stack: what was done, the record before it, and when (the history written since is removed by undo).
public struct LedgerUndo: Sendable, Equatable {
    /// What was done (redo does it again).
    public var change: LedgerChange
    /// The promise before the change, for a promise change.
    public var promiseBefore: Promise?
    /// The appointment before the change, for an appointment change.
    public var appointmentBefore: Appointment?
    /// The promise a `.add` created (undo removes it).
    public var added: Promise?
    /// The timestamp the change was written at.
    public var since: String
    /// What the status line and undo call it (`#12 付首款`).
    public var title: String

    /// A change and what it replaced.
    public init(change: LedgerChange, promiseBefore: Promise? = nil, appointmentBefore: Appointment? = nil, since: String, title: String) {
        self.change = change
        self.promiseBefore = promiseBefore
        self.appointmentBefore = appointmentBefore
        self.since = since
        self.title = title
        self.added = nil
    }
}
