/// One line of a promise's history: made, kept, broken, renegotiated (old and new date), cancelled, progress checked.
public struct PromiseEvent: Equatable, Sendable {
    /// What happened.
    public enum Action: String, Sendable, CaseIterable {
        /// The promise was made.
        case created
        /// Marked kept.
        case kept
        /// Marked broken.
        case broken
        /// Given a new date.
        case renegotiated
        /// Cancelled.
        case cancelled
        /// The buyer's progress was checked (a long promise with conditions).
        case checked
    }

    /// When (`YYYY-MM-DDTHH:MM:SS`).
    public var at: String
    /// What happened.
    public var action: Action
    /// The due date before a renegotiation, or nil.
    public var oldDue: LocalDate?
    /// The due date after it, or nil.
    public var newDue: LocalDate?
    /// A note, or empty.
    public var note: String

    /// An event.
    public init(at: String, action: Action, oldDue: LocalDate? = nil, newDue: LocalDate? = nil, note: String = "") {
        self.at = at
        self.action = action
        self.oldDue = oldDue
        self.newDue = newDue
        self.note = note
    }
}
