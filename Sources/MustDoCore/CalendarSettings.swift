/// The user's calendar: week start, fiscal year start, day-start hour, workdays and holidays.
public struct CalendarSettings: Hashable, Sendable {
    /// The first day of a week (Monday, Sunday or Saturday).
    public var weekStart: Weekday
    /// The month (1–12) in which a fiscal year starts; quarters and halves follow it.
    public var fiscalStartMonth: Int
    /// The hour (0–23) at which a new day begins; earlier hours still belong to the previous day.
    public var dayStartHour: Int
    /// The weekdays that are workdays.
    public var workdays: Set<Weekday>
    /// Dates that are days off although their weekday is a workday.
    public var holidays: Set<LocalDate>
    /// Dates that are workdays although their weekday is not (swapped workdays, 调休).
    public var extraWorkdays: Set<LocalDate>

    /// ISO weeks, calendar fiscal year, midnight day start, Monday–Friday workdays, no holidays.
    public static let standard = CalendarSettings()

    /// Creates settings; the defaults are the standard ones.
    public init(weekStart: Weekday = .monday, fiscalStartMonth: Int = 1, dayStartHour: Int = 0,
                workdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday],
                holidays: Set<LocalDate> = [], extraWorkdays: Set<LocalDate> = []) {
        self.weekStart = weekStart
        self.fiscalStartMonth = fiscalStartMonth
        self.dayStartHour = dayStartHour
        self.workdays = workdays
        self.holidays = holidays
        self.extraWorkdays = extraWorkdays
    }

    /// Whether `date` is a workday under these settings (holidays and swapped workdays applied).
    public func isWorkday(_ date: LocalDate) -> Bool {
        if extraWorkdays.contains(date) { return true }
        if holidays.contains(date) { return false }
        return workdays.contains(date.weekday)
    }

    /// The last workday on or before `date` and not before `floor`; `date` itself when none is found.
    public func lastWorkday(onOrBefore date: LocalDate, notBefore floor: LocalDate) -> LocalDate {
        var d = date
        while d >= floor {
            if isWorkday(d) { return d }
            d = d.adding(days: -1)
        }
        return date
    }
}
