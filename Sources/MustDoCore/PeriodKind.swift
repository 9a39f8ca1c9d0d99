/// The six lengths of period that routines repeat over, in display order.
public enum PeriodKind: String, CaseIterable, Sendable, Codable, Comparable {
    case day, week, month, quarter, half, year

    /// Position in display order (day first).
    public var order: Int { PeriodKind.allCases.firstIndex(of: self)! }

    /// Parses `day`, `daily`, `week`, `weekly`, `month`, `monthly`, `quarter`, `quarterly`, `half`, `half-year`, `halfyear`, `year`, `yearly`.
    public init?(name: String) {
        switch name.lowercased() {
        case "day", "daily", "d": self = .day
        case "week", "weekly", "w": self = .week
        case "month", "monthly", "m": self = .month
        case "quarter", "quarterly", "q": self = .quarter
        case "half", "half-year", "halfyear", "half-yearly", "h": self = .half
        case "year", "yearly", "annual", "y": self = .year
        default: return nil
        }
    }

    /// Months in one period for month-based kinds (nil for day and week).
    public var months: Int? {
        switch self {
        case .day, .week: return nil
        case .month: return 1
        case .quarter: return 3
        case .half: return 6
        case .year: return 12
        }
    }

    /// Orders by display order.
    public static func < (a: PeriodKind, b: PeriodKind) -> Bool { a.order < b.order }
}
