import Testing
@testable import MustDoCore

/// The lunar calendar: conversions both ways, leap months, and lunar birthdays in years that lack their day.
@Suite struct LunarDateTests {
    private func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    @Test func knownDays() {
        // 春节 2026 is 2026-02-17; 中秋 2025 is 2025-10-06; 闰六月 2025 starts 2025-07-25.
        #expect(LunarDate(solar: day("2026-02-17")) == LunarDate(year: 2026, month: 1, day: 1))
        #expect(LunarDate(solar: day("2025-10-06")) == LunarDate(year: 2025, month: 8, day: 15))
        #expect(LunarDate(solar: day("2025-07-25")) == LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true))
        #expect(LunarDate(solar: day("2025-07-24")) == LunarDate(year: 2025, month: 6, day: 30))
        #expect(LunarDate(year: 2025, month: 6, day: 15, isLeapMonth: true)?.solar == day("2025-08-08"))
    }

    @Test func everyDayRoundTrips() {
        var d = LunarDate.firstSolarDay
        var count = 0
        while d <= LunarDate.lastSolarDay {
            let lunar = LunarDate(solar: d)!
            #expect(lunar.solar == d)
            count += 1
            d = d.adding(days: 1)
        }
        #expect(count > 73_000)
        #expect(LunarDate(solar: LunarDate.firstSolarDay.adding(days: -1)) == nil)
        #expect(LunarDate(solar: LunarDate.lastSolarDay.adding(days: 1)) == nil)
    }

    @Test func impossibleDatesAreRefused() {
        #expect(LunarDate(year: 2026, month: 2, day: 1, isLeapMonth: true) == nil)   // 2026 has no leap second month
        #expect(LunarDate(year: 2025, month: 1, day: 31) == nil)
        #expect(LunarDate(year: 1899, month: 12, day: 1) == nil)
        #expect(LunarDate(parsing: "2025-L06-15") == LunarDate(year: 2025, month: 6, day: 15, isLeapMonth: true))
        #expect(LunarDate(parsing: "2025-13-01") == nil)
        #expect(LunarDate(parsing: "２０２５-06-01") == nil)
        #expect(LunarDate(parsing: "2025-06") == nil)
    }

    @Test func birthdaysInYearsWithoutTheirDay() {
        // Born on a 30th: in a year whose month has 29 days the birthday is the 29th.
        let born = LunarDate(year: 1990, month: 12, day: 30)!
        for year in 2000...2040 {
            let d = born.anniversary(inLunarYear: year)!
            let l = LunarDate(solar: d)!
            #expect(l.month == 12 && !l.isLeapMonth && (l.day == 30 || l.day == 29))
        }
        // Born in a leap month: celebrated in the regular month of that number.
        let leapBorn = LunarDate(year: 2025, month: 6, day: 10, isLeapMonth: true)!
        #expect(leapBorn.anniversary(inLunarYear: 2026) == LunarDate(year: 2026, month: 6, day: 10)!.solar)
        // The next one on or after a day.
        let midAutumn = LunarDate(year: 2000, month: 8, day: 15)!
        #expect(midAutumn.nextAnniversary(onOrAfter: day("2025-10-06")) == day("2025-10-06"))
        #expect(midAutumn.nextAnniversary(onOrAfter: day("2025-10-07")) == day("2026-09-25"))
    }

    @Test func chineseNames() {
        #expect(LunarDate(year: 2026, month: 1, day: 1)!.chineseName == "正月初一")
        #expect(LunarDate(year: 2026, month: 10, day: 19)!.chineseName == "十月十九")
        #expect(LunarDate(year: 2025, month: 6, day: 15, isLeapMonth: true)!.chineseName == "闰六月十五")
        #expect(LunarDate(year: 2025, month: 12, day: 20)!.chineseName == "腊月二十")
        #expect(LunarDate(year: 2025, month: 11, day: 21)!.chineseName == "冬月廿一")
    }
}
