/// A day of the week, numbered as in ISO 8601 (Monday 1 … Sunday 7).
public enum Weekday: Int, CaseIterable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The three-letter lowercase English name used in files and on the command line (`mon`).
    public var shortName: String {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1]
    }

    /// Parses `mon`, `monday`, `Mon`, an ISO number `1`…`7`, or a Chinese name: `周五`, `星期五`, `礼拜五`
    /// (Sunday also as `周日`, `周天`, `星期天`, `礼拜天`; `周七` is not a name and is refused).
    public init?(name: String) {
        let n = name.lowercased()
        if let v = Int(n), let w = Weekday(rawValue: v) { self = w; return }
        if let w = Weekday.chinese(n) { self = w; return }
        guard n.count >= 3, let w = Weekday.allCases.first(where: { n.hasPrefix($0.shortName) && $0.fullName.hasPrefix(n) }) else { return nil }
        self = w
    }

    /// The full lowercase English name (`monday`).
    public var fullName: String {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"][rawValue - 1]
    }

    /// The weekday of a Chinese name: a prefix 周, 星期 or 礼拜 and one of 一二三四五六日天.
    private static func chinese(_ text: String) -> Weekday? {
        for prefix in ["星期", "礼拜", "周"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            guard rest.count == 1, let i = Array("一二三四五六日天").firstIndex(of: rest.first!) else { return nil }
            return Weekday(rawValue: min(i + 1, 7))
        }
        return nil
    }

    /// Orders by ISO number.
    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
