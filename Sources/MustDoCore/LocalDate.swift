/// A calendar day with no time and no time zone, counted in days since 1970-01-01 (proleptic Gregorian).
///
/// A day is a calendar day, never 24 hours of seconds: all period arithmetic is integer
/// arithmetic on this day number, so daylight-saving transitions cannot shift anything.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// Creates a date from its day number.
    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Creates a date from year, month (1–12) and day (1–31); returns nil when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= LocalDate.daysIn(year: year, month: month) else { return nil }
        self.dayNumber = LocalDate.days(year: year, month: month, day: day)
    }

    /// Creates a date from year, month and a day clamped into that month (31 → 30, 29 Feb → 28 Feb).
    public init(year: Int, month: Int, clampedDay day: Int) {
        let last = LocalDate.daysIn(year: year, month: month)
        self.dayNumber = LocalDate.days(year: year, month: month, day: min(max(day, 1), last))
    }

    /// Parses a strict `YYYY-MM-DD` date; returns nil for anything else.
    public init?(parsing text: some StringProtocol) {
        guard let date = Array(text.utf8).withUnsafeBufferPointer({ LocalDate(isoBytes: $0) }) else { return nil }
        self = date
    }

    /// Parses a strict `YYYY-MM-DD` date from exactly these bytes, read in place (a column SQLite hands over); nil for
    /// anything else.
    public init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                let c = u[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), y >= 1 else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var day: Int { components.day }

    /// The weekday of this date.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let iso = ((dayNumber + 3) % 7 + 7) % 7 + 1
        return Weekday(rawValue: iso)!
    }

    /// The date `n` days later (earlier for negative `n`).
    public func adding(days n: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + n) }

    /// The same day `n` months later, clamped to the end of the target month.
    public func adding(months n: Int) -> LocalDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        return LocalDate(year: y, month: total - y * 12 + 1, clampedDay: c.day)
    }

    /// The first day of this date's month.
    public var startOfMonth: LocalDate { LocalDate(dayNumber: dayNumber - day + 1) }

    /// The last day of this date's month.
    public var endOfMonth: LocalDate {
        let c = components
        return LocalDate(dayNumber: dayNumber - c.day + LocalDate.daysIn(year: c.year, month: c.month))
    }

    /// Days from this date to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        let c = components
        guard c.year >= 0, c.year <= 9999 else { return LocalDate.pad(c.year, 4) + "-" + LocalDate.pad(c.month, 2) + "-" + LocalDate.pad(c.day, 2) }
        return String(unsafeUninitializedCapacity: 10) { buf in
            let y = c.year
            buf[0] = UInt8(48 + y / 1000); buf[1] = UInt8(48 + y / 100 % 10); buf[2] = UInt8(48 + y / 10 % 10); buf[3] = UInt8(48 + y % 10)
            buf[4] = 45
            buf[5] = UInt8(48 + c.month / 10); buf[6] = UInt8(48 + c.month % 10)
            buf[7] = 45
            buf[8] = UInt8(48 + c.day / 10); buf[9] = UInt8(48 + c.day % 10)
            return 10
        }
    }

    /// Orders dates chronologically.
    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func days(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
