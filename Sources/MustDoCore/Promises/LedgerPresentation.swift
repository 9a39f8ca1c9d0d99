/// The ledger of promises and commitments (`o`) in words: pending promises both ways in three sections — overdue,
/// due this week (today and the next six days), later — optionally one direction only and grouped by customer, then
/// the appointments that cannot be kept and whose customer must still be told.
public struct LedgerPresentation: Sendable {
    /// One selectable line: a promise or an appointment to tell about.
    public enum Item: Sendable, Equatable {
        /// A pending promise.
        case promise(Promise)
        /// An appointment whose customer must be told it cannot be kept.
        case appointment(Appointment)
    }

    /// A heading and its lines.
    public struct Section: Sendable, Equatable {
        /// The heading with its count.
        public var heading: String
        /// The items, each with its line of words.
        public var items: [(item: Item, text: String)]

        /// Equal when headings and items are.
        public static func == (a: Section, b: Section) -> Bool {
            a.heading == b.heading && a.items.map(\.item) == b.items.map(\.item) && a.items.map(\.text) == b.items.map(\.text)
        }
    }

    /// The non-empty sections, in order.
    public let sections: [Section]

    /// Every selectable item, in the order drawn.
    public var items: [Item] { sections.flatMap { $0.items.map(\.item) } }

    /// The ledger of `promises` (pending ones are kept) and `toTell` on `today`, only `direction` when given, grouped
    /// by customer when `byCustomer`.
    public init(promises: [Promise], toTell: [Appointment], today: LocalDate, direction: PromiseDirection?, byCustomer: Bool, language: Language) {
        let words = CommitmentText(language: language, today: today)
        let weekEnd = today.adding(days: 6)
        var pending = promises.filter { $0.state.isPending && (direction == nil || $0.direction == direction) }
        pending.sort { a, b in
            if byCustomer, a.customerNumber != b.customerNumber { return a.customerNumber < b.customerNumber }
            return (a.due, a.id) < (b.due, b.id)
        }
        var out: [Section] = []
        func add(_ key: MessageKey, _ list: [Promise]) {
            guard !list.isEmpty else { return }
            out.append(Section(heading: language.text(key, ["count": String(list.count)]), items: list.map { (.promise($0), words.line($0)) }))
        }
        add(.vscrLedgerOverdue, pending.filter { $0.due < today })
        add(.vscrLedgerThisWeek, pending.filter { $0.due >= today && $0.due <= weekEnd })
        add(.vscrLedgerLater, pending.filter { $0.due > weekEnd })
        let tell = toTell.filter(\.needsTelling)
        if !tell.isEmpty {
            out.append(Section(heading: language.text(.vscrLedgerToTell, ["count": String(tell.count)]), items: tell.map { (.appointment($0), words.line($0)) }))
        }
        sections = out
    }
}
