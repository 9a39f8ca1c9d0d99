/// A birthday as people keep it: a solar (Gregorian) or a Chinese lunar date, the year optional.
///
/// In a vCard a solar birthday is BDAY; a lunar one is `X-MUSTDO-LUNAR-BDAY` in MustDo's lunar text form
/// (`1990-L05-12`, `--05-12` without a year) with, when the year is known, BDAY holding the solar day of
/// birth so that every other program shows the right day (see decisions-vcard.md).
public struct ContactBirthday: Hashable, Sendable {
    /// Which calendar the month and day are in.
    public enum CalendarKind: String, Hashable, Sendable {
        /// The Gregorian calendar.
        case solar
        /// The Chinese lunar calendar (农历).
        case lunar
    }

    /// The calendar of `month` and `day`.
    public var calendar: CalendarKind
    /// The year (lunar year for a lunar birthday), or nil when unknown.
    public var year: Int?
    /// The month, 1...12.
    public var month: Int
    /// The day, 1...31 (1...30 for a lunar month).
    public var day: Int
    /// Whether the lunar month is a leap month (闰月); always false for a solar birthday.
    public var isLeapMonth: Bool

    /// Creates a birthday when it can exist (a lunar one with a year must exist in that lunar year).
    public init?(calendar: CalendarKind, year: Int?, month: Int, day: Int, isLeapMonth: Bool = false) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        switch calendar {
        case .solar:
            guard !isLeapMonth else { return nil }
            if let y = year { guard LocalDate(year: y, month: month, day: day) != nil else { return nil } }
            else { guard day <= LocalDate.daysIn(year: 2000, month: month) else { return nil } }
        case .lunar:
            if let y = year { guard LunarDate(year: y, month: month, day: day, isLeapMonth: isLeapMonth) != nil else { return nil } }
            else { guard day <= 30 else { return nil } }
        }
        self.calendar = calendar
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// The solar day of birth: the date itself, or the lunar date converted; nil without a year.
    public var solarDate: LocalDate? {
        guard let y = year else { return nil }
        switch calendar {
        case .solar: return LocalDate(year: y, month: month, day: day)
        case .lunar: return LunarDate(year: y, month: month, day: day, isLeapMonth: isLeapMonth)?.solar
        }
    }

    /// Reads a vCard date: `19900612`, `1990-06-12`, `--0612`, `--06-12`, a date-time (its date part), or
    /// with `lunar` MustDo's lunar form `1990-L05-12` / `--L05-12`. Nil when it is not a date.
    public init?(vCardText text: String, calendar: CalendarKind = .solar) {
        var t = Substring(text).trimmingSpaces[...]
        if let tIndex = t.firstIndex(where: { $0 == "T" || $0 == "t" }) { t = t[..<tIndex] }
        var year: Int? = nil
        if t.hasPrefix("--") {
            t = t.dropFirst(2)
        } else {
            let digits = t.prefix(4)
            guard digits.count == 4, let y = Int(digits), digits.allSatisfy(\.isASCII) else { return nil }
            year = y
            t = t.dropFirst(4)
            if t.hasPrefix("-") { t = t.dropFirst() }
        }
        var leap = false
        if calendar == .lunar, t.hasPrefix("L") { leap = true; t = t.dropFirst() }
        let parts: [Substring]
        if t.contains("-") { parts = t.split(separator: "-", omittingEmptySubsequences: false) }
        else if t.count == 4 { parts = [t.prefix(2), t.suffix(2)] }
        else { return nil }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        self.init(calendar: calendar, year: year, month: m, day: d, isLeapMonth: leap)
    }

    /// The value for `version`: solar `19900612`/`--0612` in 4.0, `1990-06-12`/`--06-12` in 3.0; lunar in
    /// MustDo's form `1990-L05-12` (the same in both).
    public func vCardText(_ version: VCardVersion) -> String {
        let m = ContactBirthday.two(month), d = ContactBirthday.two(day)
        switch calendar {
        case .lunar:
            let monthText = (isLeapMonth ? "L" : "") + m
            return (year.map { ContactBirthday.four($0) } ?? "-") + "-" + monthText + "-" + d
        case .solar:
            if version == .v4 { return (year.map { ContactBirthday.four($0) } ?? "--") + m + d }
            return (year.map { ContactBirthday.four($0) + "-" } ?? "--") + m + "-" + d
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}
