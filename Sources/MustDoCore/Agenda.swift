/// What is due on one day: the current period of every kind with its items, as `mustdo today` and the home screen show it.
public struct Agenda: Sendable, Equatable {
    /// The day the agenda is for.
    public var date: LocalDate
    /// One section per period kind, in display order; the Daily section also holds the one-off tasks shown today.
    public var sections: [Section]
    /// Today's focus: occurrence ids of any period, in order (at most 5).
    public var focus: [Int64]

    /// The most focus items a day can have.
    public static let maxFocus = 5

    /// Creates an agenda.
    public init(date: LocalDate, sections: [Section], focus: [Int64] = []) {
        self.date = date
        self.sections = sections
        self.focus = focus
    }

    /// The focus items, in focus order.
    public var focusItems: [Item] {
        let all = sections.flatMap(\.items)
        return focus.compactMap { id in all.first { $0.occurrence.id == id } }
    }

    /// One period instance and its items.
    public struct Section: Sendable, Equatable {
        /// The period instance.
        public var period: Period
        /// Its items in display order.
        public var items: [Item]

        /// Creates a section.
        public init(period: Period, items: [Item]) {
            self.period = period
            self.items = items
        }

        /// The section's progress, counted the one way every face shows it (see `PaneSummary`).
        public var summary: PaneSummary { PaneSummary(items.map(\.occurrence)) }
    }

    /// One occurrence with the short number (ref) it has for the day.
    public struct Item: Sendable, Equatable {
        /// The number shown for the day (stable for that day).
        public var ref: Int
        /// The occurrence.
        public var occurrence: Occurrence

        /// Creates an item.
        public init(ref: Int, occurrence: Occurrence) {
            self.ref = ref
            self.occurrence = occurrence
        }
    }

    /// The section of `kind`.
    public func section(_ kind: PeriodKind) -> Section? { sections.first { $0.period.kind == kind } }

    /// The item with `ref`.
    public func item(ref: Int) -> Item? {
        for s in sections { if let i = s.items.first(where: { $0.ref == ref }) { return i } }
        return nil
    }
}
