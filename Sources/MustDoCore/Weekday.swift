/// A day of the week, numbered as in ISO 8601 (Monday 1 … Sunday 7).
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The three-letter lowercase English name used in files and on the command line (`mon`).
    public var shortName: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
    }

    /// Parses `mon`, `monday`, `Mon`, or an ISO number `1`…`7`.
    public init?(name: String) {
        let n = name.lowercased()
        if let v = Int(n), let w = Weekday(rawValue: v) { self = w; return }
        guard n.count >= 3, let w = Weekday.allCases.first(where: { n.hasPrefix($0.shortName) && $0.fullName.hasPrefix(n) }) else { return nil }
        self = w
    }

    /// The full lowercase English name (`monday`).
    public var fullName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue - 1]
    }

    /// Orders by ISO number.
    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
