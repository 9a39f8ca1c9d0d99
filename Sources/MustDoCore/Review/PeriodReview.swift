/// Everything the period review (`mustdo review`, the review screen) reports of a month, quarter, half or year: the
/// routines' completion per period kind, sales against the previous period, the same period a year earlier and the
/// plan, the 80/20 ranking of the period, the work with customers, the period's own items and the weekly notes.
public struct PeriodReview: Sendable {
    /// The completion of one kind of routine inside the period (and inside the previous one).
    public struct Completion: Sendable, Equatable {
        /// The kind of routine (day, week, month …).
        public var kind: PeriodKind
        /// Its occurrences that lie inside the period.
        public var summary: PaneSummary
        /// The same inside the previous period.
        public var previous: PaneSummary

        /// Creates a line.
        public init(kind: PeriodKind, summary: PaneSummary, previous: PaneSummary) {
            self.kind = kind
            self.summary = summary
            self.previous = previous
        }
    }

    /// The period's sales totals.
    public struct Sales: Sendable, Equatable {
        /// The months of the period.
        public var months: ClosedRange<SalesMonth>
        /// The amount sold in the period.
        public var amount: SalesQuantity
        /// The volume sold.
        public var volume: SalesQuantity
        /// The previous period's amount.
        public var previousAmount: SalesQuantity
        /// The same period's amount a year earlier.
        public var yearBeforeAmount: SalesQuantity
        /// The plan: the sum of the monthly plans set for the period's months, nil when none is set.
        public var plan: SalesQuantity?
        /// How many of the period's months have a plan.
        public var plannedMonths: Int

        /// Creates the totals.
        public init(months: ClosedRange<SalesMonth>, amount: SalesQuantity, volume: SalesQuantity, previousAmount: SalesQuantity,
                    yearBeforeAmount: SalesQuantity, plan: SalesQuantity?, plannedMonths: Int) {
            self.months = months
            self.amount = amount
            self.volume = volume
            self.previousAmount = previousAmount
            self.yearBeforeAmount = yearBeforeAmount
            self.plan = plan
            self.plannedMonths = plannedMonths
        }

        /// How many months the period spans.
        public var monthCount: Int {
            (months.upperBound.year - months.lowerBound.year) * 12 + months.upperBound.month - months.lowerBound.month + 1
        }
        /// The change against the previous period as a fraction; nil when that sold nothing.
        public var vsPrevious: Double? { SalesRanking.change(amount, against: previousAmount) }
        /// The change against the same period a year earlier; nil when that sold nothing.
        public var vsYearBefore: Double? { SalesRanking.change(amount, against: yearBeforeAmount) }
        /// The share of the plan reached, as a fraction; nil without a plan above zero.
        public var ofPlan: Double? {
            guard let plan, plan > .zero else { return nil }
            return Double(amount.hundredths) / Double(plan.hundredths)
        }
    }

    /// A customer named in the review (won or lost).
    public typealias Customer = SalesRanking.Customer

    /// The period reviewed (month, quarter, half or year).
    public var period: Period
    /// The period before it.
    public var previous: Period
    /// The day the review was made on.
    public var today: LocalDate
    /// Completion per routine kind, day first, up to the period's own kind.
    public var completion: [Completion]
    /// The period's own routine items (the monthly items of a month …), in position order.
    public var items: [Occurrence]
    /// Sales totals.
    public var sales: Sales
    /// The ranking of the period's sales per customer, against the previous period and a year earlier.
    public var ranking: SalesRanking
    /// The work with customers in the period.
    public var activity: CustomerActivity
    /// Promises made in the period: ours.
    public var promisesMadeOurs: Int
    /// Promises made in the period: the customers'.
    public var promisesMadeTheirs: Int
    /// Promises still pending (open or renegotiated) at the end of the period, both ways.
    public var promisesPending: Int
    /// Customers whose status became "customer" in the period.
    public var wonCustomers: [Customer]
    /// Customers whose status became "lost" in the period.
    public var lostCustomers: [Customer]
    /// The journal's weekly notes (week keys) of the weeks in the period, in order.
    public var weeklyNotes: [JournalEntry]

    /// Creates a review.
    public init(period: Period, previous: Period, today: LocalDate, completion: [Completion], items: [Occurrence], sales: Sales,
                ranking: SalesRanking, activity: CustomerActivity, promisesMadeOurs: Int, promisesMadeTheirs: Int, promisesPending: Int,
                wonCustomers: [Customer], lostCustomers: [Customer], weeklyNotes: [JournalEntry]) {
        self.period = period
        self.previous = previous
        self.today = today
        self.completion = completion
        self.items = items
        self.sales = sales
        self.ranking = ranking
        self.activity = activity
        self.promisesMadeOurs = promisesMadeOurs
        self.promisesMadeTheirs = promisesMadeTheirs
        self.promisesPending = promisesPending
        self.wonCustomers = wonCustomers
        self.lostCustomers = lostCustomers
        self.weeklyNotes = weeklyNotes
    }

    /// The months a period spans (every kind from month up starts on a month's first day).
    public static func months(of period: Period) -> ClosedRange<SalesMonth> {
        SalesMonth(containing: period.start)...SalesMonth(containing: period.end)
    }

    /// The weeks whose middle day (the fourth) falls inside `period`, so each week belongs to exactly one period.
    public static func weeks(of period: Period, settings: CalendarSettings) -> [Period] {
        var out: [Period] = []
        var week = Period.containing(period.start, kind: .week, settings: settings)
        while week.start <= period.end {
            if period.contains(week.start.adding(days: 3)) { out.append(week) }
            week = week.next(settings: settings)
        }
        return out
    }
}
