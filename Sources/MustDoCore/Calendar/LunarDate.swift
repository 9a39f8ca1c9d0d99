/// A day of the Chinese lunar calendar (农历), for the lunar years 1900...2100.
///
/// Conversions use `LunarTable` (generated; checked day by day against Python's borax). Text form:
/// `YYYY-MM-DD`, with `L` before the month for a leap month (`2025-L06-15` is 闰六月十五).
public struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    /// The lunar year (the solar year in which its new year falls).
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day, 1...30.
    public let day: Int
    /// Whether the month is the year's leap month (闰月), which follows the month of the same number.
    public let isLeapMonth: Bool

    /// The first solar day the table covers (lunar 1900-01-01).
    public static let firstSolarDay = LocalDate(year: 1900, month: 1, day: 31)!
    /// The last solar day the table covers (the last day of lunar 2100).
    public static var lastSolarDay: LocalDate {
        let y = LunarTable.years.count - 1
        return LocalDate(dayNumber: newYear(index: y).dayNumber + yearLength(index: y) - 1)
    }

    /// Creates a lunar date when it exists: the year in range, the month a leap month only in its
    /// year, the day within the month's 29 or 30 days.
    public init?(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        guard let index = LunarDate.index(of: year), (1...12).contains(month), day >= 1 else { return nil }
        guard let length = LunarDate.monthLength(index: index, month: month, leap: isLeapMonth), day <= length else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    /// The lunar date of a solar day; nil outside `firstSolarDay...lastSolarDay`.
    public init?(solar date: LocalDate) {
        guard date >= LunarDate.firstSolarDay, date <= LunarDate.lastSolarDay else { return nil }
        // The lunar year whose new year is the last one on or before `date`.
        var index = min(date.year - LunarTable.firstYear, LunarTable.years.count - 1)
        while index > 0, LunarDate.newYear(index: index) > date { index -= 1 }
        var offset = date.dayNumber - LunarDate.newYear(index: index).dayNumber
        let value = LunarTable.years[index]
        let leap = Int((value >> 13) & 0xF)
        for position in 0..<LunarDate.monthCount(value) {
            let length = (value >> UInt32(position)) & 1 == 1 ? 30 : 29
            if offset < length {
                let isLeap = leap > 0 && position == leap
                let number = leap > 0 && position >= leap ? position : position + 1
                self.year = LunarTable.firstYear + index
                self.month = number
                self.day = offset + 1
                self.isLeapMonth = isLeap
                return
            }
            offset -= length
        }
        return nil
    }

    /// Parses `YYYY-MM-DD` or `YYYY-LMM-DD` (leap month); nil when the text or the date is not valid.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4 else { return nil }
        var monthText = parts[1]
        let leap = monthText.first == "L" || monthText.first == "l"
        if leap { monthText = monthText.dropFirst() }
        guard (1...2).contains(monthText.count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII } }),
              let y = Int(parts[0]), let m = Int(monthText), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d, isLeapMonth: leap)
    }

    /// The solar day of this lunar date.
    public var solar: LocalDate {
        let index = LunarDate.index(of: year)!
        let value = LunarTable.years[index]
        let leap = Int((value >> 13) & 0xF)
        let position = isLeapMonth ? month : (leap > 0 && month > leap ? month : month - 1)
        var days = 0
        for p in 0..<position { days += (value >> UInt32(p)) & 1 == 1 ? 30 : 29 }
        return LunarDate.newYear(index: index).adding(days: days + day - 1)
    }

    /// `2026-10-19`, or `2025-L06-15` for a leap month.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(isLeapMonth ? "L" : "")\(two(month))-\(two(day))"
    }

    /// The date written the Chinese way: 农历十月十九, 闰六月十五, 正月初一, 腊月三十.
    public var chineseName: String {
        let months = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        let dayName: String
        switch day {
        case 10: dayName = "初十"
        case 20: dayName = "二十"
        case 30: dayName = "三十"
        case 1..<10: dayName = "初" + digits[day]
        case 11..<20: dayName = "十" + digits[day - 10]
        default: dayName = "廿" + digits[day - 20]
        }
        return (isLeapMonth ? "闰" : "") + months[month - 1] + "月" + dayName
    }

    /// The solar day on which this lunar month and day fall in lunar year `year` (a lunar birthday
    /// or festival): a leap-month date is kept in the regular month of that number, and day 30 of a
    /// month that has 29 days that year falls on its 29th. Nil outside the table.
    public func anniversary(inLunarYear year: Int) -> LocalDate? {
        guard let index = LunarDate.index(of: year),
              let length = LunarDate.monthLength(index: index, month: month, leap: false) else { return nil }
        return LunarDate(year: year, month: month, day: min(day, length))?.solar
    }

    /// The first solar day on or after `date` on which this lunar month and day recur (see `anniversary`).
    public func nextAnniversary(onOrAfter date: LocalDate) -> LocalDate? {
        guard let current = LunarDate(solar: date) else { return nil }
        for year in [current.year - 1, current.year, current.year + 1] {
            if let d = anniversary(inLunarYear: year), d >= date { return d }
        }
        return nil
    }

    // MARK: the table

    private static func index(of year: Int) -> Int? {
        let i = year - LunarTable.firstYear
        return (0..<LunarTable.years.count).contains(i) ? i : nil
    }

    private static func monthCount(_ value: UInt32) -> Int { (value >> 13) & 0xF == 0 ? 12 : 13 }

    private static func newYear(index: Int) -> LocalDate {
        let offset = Int((LunarTable.years[index] >> 17) & 0x3F)
        return LocalDate(dayNumber: LocalDate(year: LunarTable.firstYear + index, month: 1, day: 1)!.dayNumber + offset)
    }

    private static func yearLength(index: Int) -> Int {
        let value = LunarTable.years[index]
        return (0..<monthCount(value)).reduce(0) { $0 + ((value >> UInt32($1)) & 1 == 1 ? 30 : 29) }
    }

    /// The length of month `month` (the leap one when `leap`) in the year at `index`; nil when that year has no such month.
    private static func monthLength(index: Int, month: Int, leap: Bool) -> Int? {
        let value = LunarTable.years[index]
        let leapMonth = Int((value >> 13) & 0xF)
        if leap && leapMonth != month { return nil }
        let position = leap ? month : (leapMonth > 0 && month > leapMonth ? month : month - 1)
        return (value >> UInt32(position)) & 1 == 1 ? 30 : 29
    }
}
