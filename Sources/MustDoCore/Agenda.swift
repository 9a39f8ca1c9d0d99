/// What is due on one day: the current period of every kind with its items, as `mustdo today` and the home screen show it.
public struct Agenda: Sendable, Equatable {
    /// The day the agenda is for.
    public var date: LocalDate
    /// One section per period kind, in display order.
    public var sections: [Section]

    /// Creates an agenda.
    public init(date: LocalDate, sections: [Section]) {
        self.date = date
        self.sections = sections
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

        /// Items done or skipped.
        public var settledCount: Int { items.filter { $0.occurrence.state.isSettled }.count }
        /// Items done.
        public var doneCount: Int { items.filter { $0.occurrence.state == .done }.count }
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
