/// The user-editable part of an occurrence, saved before a change so the change can be undone.
public struct OccurrenceSnapshot: Hashable, Sendable {
    /// The occurrence's row id.
    public var id: Int64
    /// Its state.
    public var state: OccurrenceState
    /// Its count.
    public var progress: Int
    /// When it was done.
    public var doneAt: String?
    /// Why it was skipped.
    public var skipReason: String?
    /// The note.
    public var note: String?
    /// The row's change counter when the snapshot was taken (0 when unknown); undo compares it, not the values.
    public var version: Int64 = 0

    /// Creates a snapshot.
    public init(id: Int64, state: OccurrenceState, progress: Int, doneAt: String?, skipReason: String?, note: String?) {
        self.id = id
        self.state = state
        self.progress = progress
        self.doneAt = doneAt
        self.skipReason = skipReason
        self.note = note
    }

    /// The snapshot of `o`.
    public init(_ o: Occurrence) {
        self.init(id: o.id, state: o.state, progress: o.progress, doneAt: o.doneAt, skipReason: o.skipReason, note: o.note)
    }
}
