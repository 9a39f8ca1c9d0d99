/// A must-do that repeats every period of its kind.
public struct Routine: Hashable, Sendable, Identifiable {
    /// Stable slug, e.g. `week-expenses`.
    public var id: String
    /// The title shown in lists.
    public var title: String
    /// How often it repeats.
    public var period: PeriodKind
    /// Sort position within its period (lower first).
    public var position: Int
    /// When it falls due inside the period; nil means the period's last day.
    public var due: DueRule?
    /// A count to reach (e.g. 5 calls), or nil for a plain check item.
    public var target: Int?
    /// For daily routines: only on workdays.
    public var workdaysOnly: Bool
    /// Free-form tags.
    public var tags: [String]
    /// A longer explanation, optional.
    public var note: String?
    /// The first day it is scheduled.
    public var activeFrom: LocalDate
    /// The day it was retired on: periods ending on or after it get no occurrence; nil while active.
    public var retiredOn: LocalDate?
    /// The kind of activity that counts toward it (logging one adds 1 to its count in that period), or nil.
    /// A linked routine always has a target (1 when none is given).
    public var link: ActivityKind?

    /// Creates a routine.
    public init(id: String, title: String, period: PeriodKind, position: Int = 0, due: DueRule? = nil,
                target: Int? = nil, workdaysOnly: Bool = false, tags: [String] = [], note: String? = nil,
                activeFrom: LocalDate, retiredOn: LocalDate? = nil, link: ActivityKind? = nil) {
        self.id = id
        self.title = title
        self.period = period
        self.position = position
        self.due = due
        self.target = target
        self.workdaysOnly = workdaysOnly
        self.tags = tags
        self.note = note
        self.activeFrom = activeFrom
        self.retiredOn = retiredOn
        self.link = link
        if link != nil, target == nil { self.target = 1 }
    }

    /// Whether an id is a valid slug: a lowercase letter, then 1–47 of `a-z 0-9 -`; `task-` is reserved for one-off tasks.
    public static func isValidID(_ id: String) -> Bool {
        if id.hasPrefix(Occurrence.taskPrefix) { return false }
        let u = Array(id.utf8)
        guard u.count >= 2, u.count <= 48, (97...122).contains(u[0]) else { return false }
        return u.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }

    /// Whether this routine has an occurrence in `period` (active then, and a workday for workdays-only daily routines).
    public func isScheduled(in period: Period, settings: CalendarSettings) -> Bool {
        guard period.kind == self.period, period.end >= activeFrom else { return false }
        if let r = retiredOn, period.end >= r { return false }
        if self.period == .day, workdaysOnly, !settings.isWorkday(period.start) { return false }
        return true
    }

    /// The due date in `period`: nil for daily routines, else the rule's date or the period's last day.
    public func dueDate(in period: Period, settings: CalendarSettings) -> LocalDate? {
        guard self.period != .day else { return nil }
        return due?.dueDate(in: period, settings: settings) ?? period.end
    }
}
