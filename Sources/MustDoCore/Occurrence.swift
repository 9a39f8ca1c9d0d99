/// One routine in one period instance: the unit a user checks off.
public struct Occurrence: Hashable, Sendable, Identifiable {
    /// Database row id.
    public var id: Int64
    /// The routine's id (for one-off tasks, `oneoff`).
    public var routineID: String
    /// The period instance it belongs to.
    public var period: Period
    /// The title as it was when the occurrence was made (renames do not rewrite history).
    public var title: String
    /// Where it stands.
    public var state: OccurrenceState
    /// The due date, or nil for daily items.
    public var due: LocalDate?
    /// The count target, or nil for plain items.
    public var target: Int?
    /// The count reached so far.
    public var progress: Int
    /// When it was marked done, as `YYYY-MM-DDTHH:MM:SS` local time.
    public var doneAt: String?
    /// Why it was skipped.
    public var skipReason: String?
    /// The user's note on this item.
    public var note: String?
    /// Sort position (copied from the routine's position; one-offs sort after routines).
    public var position: Int
    /// The customers whose logged activities counted toward it, in the order they were logged (a customer once per
    /// activity); empty for items no activity counted toward. Filled by the readers that show it (the checklist).
    public var countedBy: [String] = []

    /// Creates an occurrence.
    public init(id: Int64, routineID: String, period: Period, title: String, state: OccurrenceState = .open,
                due: LocalDate? = nil, target: Int? = nil, progress: Int = 0, doneAt: String? = nil,
                skipReason: String? = nil, note: String? = nil, position: Int = 0) {
        self.id = id
        self.routineID = routineID
        self.period = period
        self.title = title
        self.state = state
        self.due = due
        self.target = target
        self.progress = progress
        self.doneAt = doneAt
        self.skipReason = skipReason
        self.note = note
        self.position = position
    }

    /// Whether this is a one-off task (added for a day, carried over until done or dropped) rather than a routine.
    public var isTask: Bool { routineID.hasPrefix(Occurrence.taskPrefix) }

    /// The routine-id prefix of one-off tasks.
    public static let taskPrefix = "task-"

    /// The end day stored for open-ended one-off tasks (9999-12-31), so they are never missed.
    public static let openEnded = LocalDate(year: 9999, month: 12, day: 31)!

    /// Whether it is past its due date while its period is still open on `today`.
    public func isOverdue(on today: LocalDate) -> Bool {
        guard state == .open, let due else { return false }
        return due < today && period.end >= today
    }

    /// The state an unchecked item returns to on `today`: open while its period runs, missed after.
    public static func reopenedState(period: Period, today: LocalDate) -> OccurrenceState {
        period.end < today ? .missed : .open
    }
}
