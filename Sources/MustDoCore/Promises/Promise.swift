/// A promise, either way (seed 000 慎诺重行, seed 004 dependability): ours to a customer, or a customer's to us.
public struct Promise: Equatable, Sendable {
    /// The row id (0 before it is stored).
    public var id: Int64
    /// Ours or theirs.
    public var direction: PromiseDirection
    /// General, rebate, payment or action.
    public var kind: PromiseKind
    /// The customer's card id.
    public var customerID: Int64
    /// The visit it came from (an action commitment), or nil.
    public var visitID: Int64?
    /// Who promised (a person at the customer, or on our side), or empty.
    public var who: String
    /// What was promised.
    public var what: String
    /// By when (the current date; a renegotiation moves it and keeps the old one in the history).
    public var due: LocalDate
    /// Its conditions (e.g. a tiered annual rebate's thresholds), or empty.
    public var conditions: String
    /// Whether it was put in writing.
    public var inWriting: Bool
    /// How credible the customer's promise is (theirs only), or nil.
    public var credibility: Credibility?
    /// Why that credibility, or empty.
    public var credibilityNote: String
    /// Days before the due date to be reminded, or nil for the default of its kind.
    public var remindDays: Int?
    /// Open, kept, broken, renegotiated or cancelled.
    public var state: PromiseState
    /// The day it was made.
    public var madeOn: LocalDate
    /// The day the buyer's progress was last checked, or nil.
    public var checkedOn: LocalDate?
    /// The history, oldest first (filled in when read with history).
    public var history: [PromiseEvent]
    /// The customer's serial number, for display.
    public var customerNumber: String
    /// The customer's name, for display.
    public var customerName: String

    /// A new open promise.
    public init(id: Int64 = 0, direction: PromiseDirection, kind: PromiseKind = .general, customerID: Int64, visitID: Int64? = nil, who: String = "",
                what: String, due: LocalDate, conditions: String = "", inWriting: Bool = false, credibility: Credibility? = nil,
                credibilityNote: String = "", remindDays: Int? = nil, state: PromiseState = .open, madeOn: LocalDate, checkedOn: LocalDate? = nil,
                history: [PromiseEvent] = [], customerNumber: String = "", customerName: String = "") {
        self.id = id
        self.direction = direction
        self.kind = kind
        self.customerID = customerID
        self.visitID = visitID
        self.who = who
        self.what = what
        self.due = due
        self.conditions = conditions
        self.inWriting = inWriting
        self.credibility = credibility
        self.credibilityNote = credibilityNote
        self.remindDays = remindDays
        self.state = state
        self.madeOn = madeOn
        self.checkedOn = checkedOn
        self.history = history
        self.customerNumber = customerNumber
        self.customerName = customerName
    }

    /// The stable iCalendar UID of this promise.
    public var uid: String { "promise-\(id)@mustdo" }

    /// Days before the due date the reminder starts, under `settings`.
    public func reminderDays(_ settings: PromiseSettings) -> Int { remindDays ?? settings.remindDays(kind) }

    /// Whether it is still pending and past its due date on `today`.
    public func isOverdue(on today: LocalDate) -> Bool { state.isPending && due < today }

    /// Whether it is pending and within its reminder window (or overdue) on `today`.
    public func isDueSoon(on today: LocalDate, settings: PromiseSettings) -> Bool {
        state.isPending && today.days(to: due) <= reminderDays(settings)
    }

    /// Whether this is a long promise with conditions whose buyer's progress should be checked now (seed 000: follow
    /// the buyer's progress and remind them of the conditions): pending, with conditions, running longer than
    /// `settings.longPromiseDays`, and not checked (or made) for `settings.checkEveryDays` days; not once it is in its reminder window.
    public func needsProgressCheck(on today: LocalDate, settings: PromiseSettings) -> Bool {
        guard state.isPending, !conditions.isEmpty, madeOn.days(to: due) > settings.longPromiseDays else { return false }
        guard !isDueSoon(on: today, settings: settings) else { return false }
        return (checkedOn ?? madeOn).days(to: today) >= settings.checkEveryDays
    }
}
