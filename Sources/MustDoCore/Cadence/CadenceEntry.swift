/// One customer in "losing touch" or "no next step": the card, its interval, and how long since the last contact.
public struct CadenceEntry: Equatable, Sendable {
    /// How far past the interval, for colouring: within one more interval, up to two more, or beyond.
    public enum Severity: Int, Comparable, Sendable {
        /// Overdue by less than one more interval.
        case slight
        /// Overdue by one to two more intervals.
        case overdue
        /// Overdue by two intervals or more.
        case long

        /// Orders by how bad it is.
        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    }

    /// The card.
    public var card: CadenceCard
    /// The interval that applies (the card's own, else its tier's).
    public var interval: Int
    /// Days since the last contact (or since the card was created, when nobody has been in touch).
    public var daysSince: Int
    /// Days past the interval (negative while still within it).
    public var daysOverdue: Int { daysSince - interval }

    /// An entry.
    public init(card: CadenceCard, interval: Int, daysSince: Int) {
        self.card = card
        self.interval = interval
        self.daysSince = daysSince
    }

    /// How overdue, for colouring.
    public var severity: Severity {
        let over = daysOverdue
        return over < interval ? .slight : (over < 2 * interval ? .overdue : .long)
    }
}
