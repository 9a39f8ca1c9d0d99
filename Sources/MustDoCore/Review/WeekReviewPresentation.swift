/// What `mustdo week` (text, Markdown, JSON) and the week screen both show of a week review: percentages, changes, streaks, grid marks and the weekly items' progress.
public struct WeekReviewPresentation: Sendable, Equatable {
    /// The review shown.
    public let review: WeekReview
    /// The marks drawn.
    public let marks: Marks

    /// Presents `review` with `marks`.
    public init(_ review: WeekReview, marks: Marks = .unicode) {
        self.review = review
        self.marks = marks
    }

    /// `62%`, or `–` when nothing was scheduled.
    public func percent(_ p: Int?) -> String { p.map { "\($0)%" } ?? marks.noPercent }

    /// This week's done percentage as text.
    public var weekPercentText: String { percent(review.weekPercent) }
    /// Last week's done percentage as text.
    public var previousWeekPercentText: String { percent(review.previousWeekPercent) }

    /// Points gained (positive) or lost since last week; nil when either week had nothing scheduled.
    public var changePoints: Int? {
        guard let now = review.weekPercent, let before = review.previousWeekPercent else { return nil }
        return now - before
    }

    /// The change in words: `+4 pts` / `+4 个百分点`, `−1 pt`, `no change` / `持平`; nil when there is nothing to compare.
    public func change(_ language: Language) -> String? {
        guard let d = changePoints else { return nil }
        if d == 0 { return language.text(.weekNoChange) }
        return language.text(abs(d) == 1 ? .weekChangePoint : .weekChangePoints, ["sign": d > 0 ? "+" : "−", "points": String(abs(d))])
    }

    /// The grid cells of a row.
    public func cells(_ row: WeekReview.Row) -> [String] { row.marks.map(marks.cell) }

    /// `18/18`: a row's current streak and its longest, as the screen's now/best column shows them.
    public func streak(_ row: WeekReview.Row) -> String { "\(row.currentStreak)/\(row.longestStreak)" }

    /// The routine with the longest current streak (ties: the first title alphabetically), if any streak is running.
    public var topStreak: WeekReview.Row? {
        review.rows.filter { $0.currentStreak > 0 }.max { ($0.currentStreak, $1.title) < ($1.currentStreak, $0.title) }
    }

    /// `Title: 1 day now, best 2 days` — the top streak with the same two figures as the grid's streak and best columns.
    public func topStreakWords(_ language: Language) -> String? {
        guard let row = topStreak else { return nil }
        return language.text(.weekTopStreak, ["title": row.title, "current": days(row.currentStreak, language), "longest": days(row.longestStreak, language)])
    }

    private func days(_ n: Int, _ language: Language) -> String {
        language.text(n == 1 ? .weekOneDay : .weekDays, ["count": String(n)])
    }

    /// The progress of the week's weekly items.
    public var weekly: PaneSummary { PaneSummary(review.weeklyItems) }
    /// The progress of the week's one-off tasks.
    public var tasks: PaneSummary { PaneSummary(review.tasks) }
}
