#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the wall clock in the local time zone.
public struct Clock: Sendable {
    /// A fixed "today" (from `--today` / `MUSTDO_TODAY`), or nil for the real date.
    public var fixedToday: LocalDate?

    /// Creates a clock; pass a date to pin "today".
    public init(fixedToday: LocalDate? = nil) { self.fixedToday = fixedToday }

    /// Local wall-clock date and time now.
    public static func wallNow() -> (date: LocalDate, hour: Int, minute: Int, second: Int) {
        var t = time(nil)
        var tmValue = tm()
        localtime_r(&t, &tmValue)
        let date = LocalDate(year: Int(tmValue.tm_year) + 1900, month: Int(tmValue.tm_mon) + 1, clampedDay: Int(tmValue.tm_mday))
        return (date, Int(tmValue.tm_hour), Int(tmValue.tm_min), Int(tmValue.tm_sec))
    }

    /// Today's date, where a day begins at `dayStartHour` (e.g. 4 means 02:30 still counts as yesterday).
    public func today(dayStartHour: Int) -> LocalDate {
        if let fixedToday { return fixedToday }
        let now = Clock.wallNow()
        return now.hour < dayStartHour ? now.date.adding(days: -1) : now.date
    }

    /// A local timestamp `YYYY-MM-DDTHH:MM:SS` for now; with a fixed today, that date at the current time, or, when the
    /// fixed day is already over by the calendar (a day before the wall clock's date), at its last second: the whole
    /// day is then in the past, so a visit at 10:00 on it is not "later than now" whatever the hour of the real day.
    public func timestamp() -> String {
        let now = Clock.wallNow()
        let date = fixedToday ?? now.date
        if date < now.date { return "\(date)T23:59:59" }
        return "\(date)T\(LocalDate.pad(now.hour, 2)):\(LocalDate.pad(now.minute, 2)):\(LocalDate.pad(now.second, 2))"
    }
}
