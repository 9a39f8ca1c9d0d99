/// China's official holidays and swapped workdays (`OfficialHolidayTable`, generated from `chinese-calendar`) as a holiday file.
extension HolidayCalendar {
    /// The countries whose official calendars MustDo carries (`mustdo holidays generate --country`).
    public static let officialCountries = ["cn"]

    /// The years the official table covers.
    public static var officialYears: ClosedRange<Int> { OfficialHolidayTable.firstYear...OfficialHolidayTable.lastYear }

    /// The official days off (weekends inside a holiday included, so each has its name) and swapped workdays of
    /// `years` (clamped to `officialYears`), named in `language`.
    public static func official(years: ClosedRange<Int>, language: Language) -> HolidayCalendar {
        var result = HolidayCalendar()
        for value in OfficialHolidayTable.days {
            let ymd = Int(value / 100)
            let year = ymd / 10_000
            guard years.contains(year),
                  let day = LocalDate(year: year, month: ymd / 100 % 100, day: ymd % 100),
                  let holiday = OfficialHoliday(rawValue: Int(value % 10)) else { continue }
            if value / 10 % 10 == 1 { result.workdays.insert(day) } else { result.holidays.insert(day) }
            result.names[day] = holiday.name(language)
        }
        return result
    }

    /// This calendar with `other` laid over it: every day `other` lists takes `other`'s kind and name; every
    /// other day of this calendar (the user's own entries) is kept as it was.
    public func overlaid(with other: HolidayCalendar) -> HolidayCalendar {
        var result = self
        for day in other.holidays { result.workdays.remove(day); result.holidays.insert(day) }
        for day in other.workdays { result.holidays.remove(day); result.workdays.insert(day) }
        for (day, name) in other.names { result.names[day] = name }
        return result
    }
}
