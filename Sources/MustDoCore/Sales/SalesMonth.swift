/// A calendar month of sales figures, written `YYYY-MM` (the month period's key).
public struct SalesMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int

    /// A month when `year` is 1...9999 and `month` 1...12.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month containing `date`.
    public init(containing date: LocalDate) {
        year = date.year
        month = date.month
    }

    /// Parses `YYYY-MM` (ASCII digits, a two-digit month); nil for anything else.
    public init?(parsing text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 7, u[4] == UInt8(ascii: "-"),
              u.enumerated().allSatisfy({ $0.offset == 4 || (48...57).contains($0.element) }) else { return nil }
        let y = u[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        let m = u[5..<7].reduce(0) { $0 * 10 + Int($1 - 48) }
        self.init(year: y, month: m)
    }

    /// `2026-11`.
    public var description: String { (year < 1000 ? String(repeating: "0", count: 4 - String(year).count) : "") + "\(year)-" + (month < 10 ? "0" : "") + "\(month)" }

    /// The month before (nil before year 1).
    public var previous: SalesMonth? { month == 1 ? SalesMonth(year: year - 1, month: 12) : SalesMonth(year: year, month: month - 1) }

    /// The same month a year earlier (nil before year 1).
    public var yearBefore: SalesMonth? { SalesMonth(year: year - 1, month: month) }

    /// Orders by time.
    public static func < (a: SalesMonth, b: SalesMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

extension SalesMonth {
    /// The month `n` months later (earlier for a negative `n`); nil outside years 1...9999.
    public func adding(months n: Int) -> SalesMonth? {
        let index = year * 12 + (month - 1) + n
        return SalesMonth(year: index / 12, month: index % 12 + 1)
    }
}
