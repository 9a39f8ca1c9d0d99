/// The progress of one list (a pane, a section, the week's weekly items): done and skipped counted apart, over every item the list holds.
///
/// Done means done; a skipped item is neither done nor missed and stays in the total; focus never
/// adds to or takes from a list's total. The percentage is done over total.
public struct PaneSummary: Sendable, Equatable {
    /// Items done.
    public var done: Int
    /// Items skipped on purpose.
    public var skipped: Int
    /// Items whose period ended open.
    public var missed: Int
    /// Items still open.
    public var open: Int

    /// Creates a summary from counts.
    public init(done: Int, skipped: Int, missed: Int, open: Int) {
        self.done = done
        self.skipped = skipped
        self.missed = missed
        self.open = open
    }

    /// Counts the states of `items`.
    public init(_ items: [Occurrence]) {
        self.init(done: items.filter { $0.state == .done }.count, skipped: items.filter { $0.state == .skipped }.count,
                  missed: items.filter { $0.state == .missed }.count, open: items.filter { $0.state == .open }.count)
    }

    /// Every item of the list, skipped and missed ones included.
    public var total: Int { done + skipped + missed + open }

    /// Done over total, rounded; nil for an empty list.
    public var percent: Int? { WeekReview.percent(done, of: total) }

    /// How many of `width` progress-bar cells are filled (done only).
    public func filled(_ width: Int) -> Int { total == 0 ? 0 : max(0, width) * done / total }

    /// The short form the screen draws: `3✓ /27`, or `3✓ 1– /27` with skips; `tight` leaves the spaces out (`3✓1–/27`) for narrow tabs.
    public func compact(_ marks: Marks, tight: Bool = false) -> String {
        let gap = tight ? "" : " "
        return "\(done)\(marks.done)" + gap + (skipped > 0 ? "\(skipped)\(marks.skipped)" + gap : "") + "/\(total)"
    }

    /// The sentence form the console prints: `3/27 done` / `完成 3/27`, with `, 1 skipped` / `,跳过 1` when any were skipped.
    public func words(_ language: Language) -> String {
        var text = language.text(.summaryDoneOf, ["done": String(done), "total": String(total)])
        if skipped > 0 { text += language.text(.summarySkipped, ["skipped": String(skipped)]) }
        return text
    }
}
