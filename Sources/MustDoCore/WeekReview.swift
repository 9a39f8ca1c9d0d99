/// Everything the week review shows: the daily grid, completion by day, streaks, the weekly items, what got done in longer periods, and the journal.
public struct WeekReview: Sendable, Equatable {
    /// One cell of the grid.
    public enum Mark: String, Sendable, Equatable {
        /// Done.
        case done
        /// The day ended with it open.
        case missed
        /// Skipped on purpose.
        case skipped
        /// Today or later, not done yet.
        case open
        /// Not scheduled that day (a non-workday, before the routine existed, after it was retired).
        case none
    }

    /// One daily routine across the week.
    public struct Row: Sendable, Equatable {
        /// The routine's id.
        public var routineID: String
        /// Its title (as recorded in the week).
        public var title: String
        /// One mark per day of the week.
        public var marks: [Mark]
        /// The occurrence behind each cell (nil when not scheduled).
        public var occurrenceIDs: [Int64?]
        /// Done days in a row up to the end of the week (or today), skips not breaking it.
        public var currentStreak: Int
        /// The longest such run in all history.
        public var longestStreak: Int
        /// Days missed this week.
        public var missedCount: Int { marks.filter { $0 == .missed }.count }

        /// Creates a row.
        public init(routineID: String, title: String, marks: [Mark], occurrenceIDs: [Int64?], currentStreak: Int, longestStreak: Int) {
            self.routineID = routineID
            self.title = title
            self.marks = marks
            self.occurrenceIDs = occurrenceIDs
            self.currentStreak = currentStreak
            self.longestStreak = longestStreak
        }
    }

    /// The week shown.
    public var week: Period
    /// The week before it.
    public var previousWeek: Period
    /// The day the review was made on (cells after it are "open").
    public var today: LocalDate
    /// The days of the week, in order.
    public var days: [LocalDate]
    /// The daily routines.
    public var rows: [Row]
    /// Done % per day (done over scheduled, skips staying in the total); nil when nothing was scheduled or the day is still ahead.
    public var dayPercent: [Int?]
    /// Done % of the week, counted the same way.
    public var weekPercent: Int?
    /// The same for the previous week.
    public var previousDayPercent: [Int?]
    /// The previous week's total.
    public var previousWeekPercent: Int?
    /// The weekly routines' occurrences of this week.
    public var weeklyItems: [Occurrence]
    /// Items of the longer periods done during this week.
    public var longerDone: [Occurrence]
    /// Count items (any period) current in this week, with progress.
    public var counts: [Occurrence]
    /// Journal entries of the week's days, in day order (empty ones left out).
    public var journal: [JournalEntry]
    /// The plan written for the next week, if any.
    public var nextWeekPlan: String?
    /// One-off tasks that belong to this week's days.
    public var tasks: [Occurrence]
    /// The week's work with customers (nil when it was not read).
    public var activity: CustomerActivity?

    /// Creates a review.
    public init(week: Period, previousWeek: Period, today: LocalDate, days: [LocalDate], rows: [Row], dayPercent: [Int?], weekPercent: Int?,
                previousDayPercent: [Int?], previousWeekPercent: Int?, weeklyItems: [Occurrence], longerDone: [Occurrence],
                counts: [Occurrence], journal: [JournalEntry], nextWeekPlan: String?, tasks: [Occurrence], activity: CustomerActivity? = nil) {
        self.week = week
        self.previousWeek = previousWeek
        self.today = today
        self.days = days
        self.rows = rows
        self.dayPercent = dayPercent
        self.weekPercent = weekPercent
        self.previousDayPercent = previousDayPercent
        self.previousWeekPercent = previousWeekPercent
        self.weeklyItems = weeklyItems
        self.longerDone = longerDone
        self.counts = counts
        self.journal = journal
        self.nextWeekPlan = nextWeekPlan
        self.tasks = tasks
        self.activity = activity
    }

    /// The routines missed three or more times this week.
    public var struggling: [Row] { rows.filter { $0.missedCount >= 3 } }

    /// Per-day and whole-week done percentages of a grid: done over scheduled for the days marked `counted` (today and before), nil for the others.
    ///
    /// A skipped cell is scheduled but not done, the same rule as a pane's `3✓ 1– /27` (see `PaneSummary`).
    public static func percentages(_ grid: [[Mark]], counted: [Bool]) -> (days: [Int?], week: Int?) {
        let days = counted.count
        var done = [Int](repeating: 0, count: days), scheduled = [Int](repeating: 0, count: days)
        for marks in grid {
            for (i, m) in marks.enumerated() where i < days && m != .none && counted[i] {
                scheduled[i] += 1
                if m == .done { done[i] += 1 }
            }
        }
        let per = (0..<days).map { percent(done[$0], of: scheduled[$0]) }
        return (per, percent(done.reduce(0, +), of: scheduled.reduce(0, +)))
    }

    /// Percent of `part` in `whole`, rounded; nil for an empty whole.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        whole == 0 ? nil : (part * 100 + whole / 2) / whole
    }
}
