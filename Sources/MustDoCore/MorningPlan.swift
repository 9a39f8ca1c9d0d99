/// What morning planning shows: yesterday's leftovers, today's list, what is due soon, the focus, today's plan text, the
/// appointments and promises, the customers losing touch or without a next step, and who to greet.
public struct MorningPlan: Sendable, Equatable {
    /// The day planned.
    public var today: LocalDate
    /// Yesterday's daily items (and one-offs) left open, now missed.
    public var leftovers: [Occurrence]
    /// Yesterday's evening review, if written.
    public var yesterdayReview: String?
    /// Today's daily items with focus first (refs as `mustdo today` shows them).
    public var todayItems: [Agenda.Item]
    /// Items of longer periods due within the look-ahead, still open.
    public var dueSoon: [Agenda.Item]
    /// Periods ending within the look-ahead that still have open items: period, open count, total.
    public var endingSoon: [(period: Period, open: Int, total: Int)]
    /// Today's focus, in order.
    public var focus: [Agenda.Item]
    /// Today's plan text (the journal's plan part).
    public var planText: String
    /// Today's appointments, promises due both ways, customer commitments to follow up, progress checks, appointments to tell about.
    public var commitments = CommitmentAgenda()
    /// Customers losing touch and customers with no next step (issue 12's contact cadence).
    public var cadence = ContactCadence()
    /// Who to greet from today through `greetDays` days ahead (birthdays, card dates, festivals).
    public var greetings: [Greeting] = []
    /// Days after today the greet list covers (`[greetings] days_ahead`).
    public var greetDays = 7
    /// How many entries each customer section has in all, by section id (`promises_due`, `losing_touch` …), when the
    /// store read only each section's first lines (`morningPlan(limit:)`, what the console text shows); empty when
    /// every list is whole (the JSON and the screen).
    public var totals: [String: Int] = [:]

    /// The number of entries the section `id` has in all: its counted total when the list was cut, else `shown`.
    public func total(_ id: String, shown: Int) -> Int { max(totals[id] ?? shown, shown) }

    /// Creates a plan.
    public init(today: LocalDate, leftovers: [Occurrence], yesterdayReview: String?, todayItems: [Agenda.Item], dueSoon: [Agenda.Item],
                endingSoon: [(period: Period, open: Int, total: Int)], focus: [Agenda.Item], planText: String) {
        self.today = today
        self.leftovers = leftovers
        self.yesterdayReview = yesterdayReview
        self.todayItems = todayItems
        self.dueSoon = dueSoon
        self.endingSoon = endingSoon
        self.focus = focus
        self.planText = planText
    }

    /// Compares plans by value.
    public static func == (a: MorningPlan, b: MorningPlan) -> Bool {
        a.today == b.today && a.leftovers == b.leftovers && a.yesterdayReview == b.yesterdayReview && a.todayItems == b.todayItems
            && a.dueSoon == b.dueSoon && a.focus == b.focus && a.planText == b.planText && a.commitments == b.commitments
            && a.cadence == b.cadence && a.greetings == b.greetings && a.greetDays == b.greetDays && a.totals == b.totals
            && a.endingSoon.map(\.period) == b.endingSoon.map(\.period) && a.endingSoon.map(\.open) == b.endingSoon.map(\.open)
            && a.endingSoon.map(\.total) == b.endingSoon.map(\.total)
    }
}
