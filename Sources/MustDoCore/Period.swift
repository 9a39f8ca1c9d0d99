/// One instance of a period kind: a run of whole days with a stable, self-describing text key.
///
/// Keys: `2026-11-22`, `2026-W47` (ISO week, Monday start), `2026-W48-sun` / `2026-W48-sat`
/// (weeks starting Sunday or Saturday, numbered by the ISO week of the Monday they contain),
/// `2026-11`, `2026-Q4`, `2026-H2`, `2026` (fiscal year = calendar year) and `FY2026-Q1@04`,
/// `FY2026-H1@04`, `FY2026@04` for a fiscal year starting in another month (named by the calendar
/// year it starts in, with the start month after `@`). A key never means two different ranges.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The kind of period.
    public let kind: PeriodKind
    /// The first day.
    public let start: LocalDate
    /// The last day (inclusive).
    public let end: LocalDate
    /// The stable text key.
    public let key: String

    /// Creates a period from its parts; prefer `containing(_:kind:settings:)` or `init?(key:)`.
    public init(kind: PeriodKind, start: LocalDate, end: LocalDate, key: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
    }

    /// The period of `kind` that contains `date` under `settings`.
    public static func containing(_ date: LocalDate, kind: PeriodKind, settings: CalendarSettings) -> Period {
        switch kind {
        case .day:
            return Period(kind: .day, start: date, end: date, key: date.description)
        case .week:
            return week(containing: date, weekStart: settings.weekStart)
        case .month:
            let s = date.startOfMonth
            return Period(kind: .month, start: s, end: date.endOfMonth, key: String(date.description.prefix(7)))
        case .quarter, .half, .year:
            return fiscal(containing: date, kind: kind, fiscalStart: settings.fiscalStartMonth)
        }
    }

    /// The week starting on `weekStart` that contains `date`.
    static func week(containing date: LocalDate, weekStart: Weekday) -> Period {
        let offset = (date.weekday.rawValue - weekStart.rawValue + 7) % 7
        let start = date.adding(days: -offset)
        let monday = start.adding(days: (Weekday.monday.rawValue - weekStart.rawValue + 7) % 7)
        let (isoYear, isoWeek) = Period.isoWeek(ofMonday: monday)
        var key = LocalDate.pad(isoYear, 4) + "-W" + LocalDate.pad(isoWeek, 2)
        if weekStart != .monday { key += "-" + weekStart.shortName }
        return Period(kind: .week, start: start, end: start.adding(days: 6), key: key)
    }

    /// The ISO week-year and week number of a Monday.
    static func isoWeek(ofMonday monday: LocalDate) -> (year: Int, week: Int) {
        let year = monday.adding(days: 3).year
        return (year, (monday.dayNumber - isoWeekOneMonday(year).dayNumber) / 7 + 1)
    }

    /// The Monday that starts ISO week 1 of `year`.
    static func isoWeekOneMonday(_ year: Int) -> LocalDate {
        let jan4 = LocalDate(year: year, month: 1, day: 4)!
        return jan4.adding(days: -(jan4.weekday.rawValue - 1))
    }

    /// The number of ISO weeks (52 or 53) in an ISO week-year.
    public static func isoWeeksIn(year: Int) -> Int {
        (isoWeekOneMonday(year + 1).dayNumber - isoWeekOneMonday(year).dayNumber) / 7
    }

    static func fiscal(containing date: LocalDate, kind: PeriodKind, fiscalStart: Int) -> Period {
        let length = kind.months!
        let c = date.components
        let m = c.year * 12 + (c.month - 1) - (fiscalStart - 1)
        let fy = m >= 0 ? m / 12 : (m - 11) / 12
        let index = (m - fy * 12) / length
        return fiscal(year: fy, kind: kind, index: index, fiscalStart: fiscalStart)
    }

    /// The fiscal period `index` (0-based) of fiscal year `fy`.
    static func fiscal(year fy: Int, kind: PeriodKind, index: Int, fiscalStart: Int) -> Period {
        let length = kind.months!
        let startTotal = fy * 12 + (fiscalStart - 1) + index * length
        let sy = startTotal >= 0 ? startTotal / 12 : (startTotal - 11) / 12
        let start = LocalDate(year: sy, month: startTotal - sy * 12 + 1, day: 1)!
        let end = start.adding(months: length).adding(days: -1)
        let yearText = LocalDate.pad(fy, 4)
        var key: String
        switch kind {
        case .quarter: key = yearText + "-Q" + String(index + 1)
        case .half: key = yearText + "-H" + String(index + 1)
        default: key = yearText
        }
        if fiscalStart != 1 { key = "FY" + key + "@" + LocalDate.pad(fiscalStart, 2) }
        return Period(kind: kind, start: start, end: end, key: key)
    }

    /// Parses any key this type produces; returns nil for anything else.
    public init?(key: String) {
        guard let p = Period.parse(key) else { return nil }
        self = p
    }

    private static func parse(_ key: String) -> Period? {
        if let d = LocalDate(parsing: key) { return Period(kind: .day, start: d, end: d, key: key) }
        var body = Substring(key)
        // Week keys.
        if let wIndex = body.firstIndex(of: "W"), body.distance(from: body.startIndex, to: wIndex) == 5 {
            guard let year = Int(body.prefix(4)), body[body.index(body.startIndex, offsetBy: 4)] == "-" else { return nil }
            var rest = body[body.index(after: wIndex)...]
            var weekStart = Weekday.monday
            if let dash = rest.firstIndex(of: "-") {
                let suffix = String(rest[rest.index(after: dash)...])
                guard suffix == "sun" || suffix == "sat" else { return nil }
                weekStart = suffix == "sun" ? .sunday : .saturday
                rest = rest[..<dash]
            }
            guard rest.count == 2, rest.allSatisfy(\.isASCII), let week = Int(rest), week >= 1,
                  year >= 1, week <= isoWeeksIn(year: year) else { return nil }
            let monday = isoWeekOneMonday(year).adding(days: (week - 1) * 7)
            let start = monday.adding(days: -((Weekday.monday.rawValue - weekStart.rawValue + 7) % 7))
            let p = Period.week(containing: start, weekStart: weekStart)
            return p.key == key ? p : nil
        }
        // Fiscal keys.
        var fiscalStart = 1
        if body.hasPrefix("FY") {
            guard let at = body.firstIndex(of: "@") else { return nil }
            let monthText = body[body.index(after: at)...]
            guard monthText.count == 2, let m = Int(monthText), m >= 2, m <= 12 else { return nil }
            fiscalStart = m
            body = body[body.index(body.startIndex, offsetBy: 2)..<at]
        }
        guard body.count >= 4, let year = Int(body.prefix(4)), body.prefix(4).allSatisfy(\.isNumber), year >= 1 else { return nil }
        let tail = body.dropFirst(4)
        let result: Period
        if tail.isEmpty {
            result = fiscal(year: year, kind: .year, index: 0, fiscalStart: fiscalStart)
        } else if tail.count == 3, tail.first == "-", let n = Int(tail.dropFirst(2)) {
            switch tail.dropFirst().first {
            case "Q" where (1...4).contains(n): result = fiscal(year: year, kind: .quarter, index: n - 1, fiscalStart: fiscalStart)
            case "H" where (1...2).contains(n): result = fiscal(year: year, kind: .half, index: n - 1, fiscalStart: fiscalStart)
            default:
                guard fiscalStart == 1, let month = Int(tail.dropFirst()), (1...12).contains(month) else { return nil }
                let s = LocalDate(year: year, month: month, day: 1)!
                result = Period(kind: .month, start: s, end: s.endOfMonth, key: String(s.description.prefix(7)))
            }
        } else {
            return nil
        }
        return result.key == key ? result : nil
    }

    /// The period of the same kind (and the same settings) that follows this one.
    public func next(settings: CalendarSettings) -> Period {
        Period.containing(end.adding(days: 1), kind: kind, settings: settings)
    }

    /// The period of the same kind that comes before this one.
    public func previous(settings: CalendarSettings) -> Period {
        Period.containing(start.adding(days: -1), kind: kind, settings: settings)
    }

    /// Whether `date` falls in this period.
    public func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }

    /// The number of days in this period.
    public var dayCount: Int { end.dayNumber - start.dayNumber + 1 }

    /// Days left from `today` to the end, counting today (0 once the period is over).
    public func daysLeft(from today: LocalDate) -> Int { max(0, end.dayNumber - today.dayNumber + 1) }

    /// The key and date range, e.g. `2026-W47 (2026-11-16 – 2026-11-22)`.
    public var description: String { "\(key) (\(start) – \(end))" }
}
