import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// The official holiday table as a holiday calendar, and merging it over the user's own days.
@Suite struct OfficialHolidayTests {
    @Test func the2026ArrangementAsPublished() {
        let c = HolidayCalendar.official(years: 2026...2026, language: .zh)
        #expect(c.workdays == Set(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"].map(d)))
        #expect((1...7).allSatisfy { c.holidays.contains(d("2026-10-0\($0)")) } && !c.holidays.contains(d("2026-10-08")))
        #expect(c.names[d("2026-10-01")] == "国庆节" && c.names[d("2026-09-20")] == "国庆节" && c.names[d("2026-09-25")] == "中秋节")
        #expect(HolidayCalendar.official(years: 2026...2026, language: .en).names[d("2026-02-17")] == "Spring Festival")
        // 2015-09-03 and 09-04 off, Sunday 09-06 worked.
        #expect(HolidayCalendar.official(years: 2015...2015, language: .zh).names.filter { $0.value == "抗战胜利70周年纪念日" }.keys.sorted() == [d("2015-09-03"), d("2015-09-04"), d("2015-09-06")])
        #expect(HolidayCalendar.officialYears == 2004...2026)
    }

    @Test func yearsOutsideTheRangeAreLeftOut() {
        let c = HolidayCalendar.official(years: 2025...2025, language: .en)
        #expect(!c.holidays.isEmpty && c.holidays.union(c.workdays).allSatisfy { $0.year == 2025 })
    }

    @Test func theOfficialDaysAreLaidOverTheUsersOwn() {
        let mine = HolidayCalendar(holidays: [d("2026-06-18"), d("2030-01-02")], workdays: [d("2026-10-01")],
                                   names: [d("2026-06-18"): "公司周年", d("2026-10-01"): "加班"])
        let merged = mine.overlaid(with: HolidayCalendar.official(years: 2026...2026, language: .zh))
        #expect(merged.holidays.contains(d("2026-06-18")) && merged.holidays.contains(d("2030-01-02")) && merged.names[d("2026-06-18")] == "公司周年")
        #expect(merged.holidays.contains(d("2026-10-01")) && !merged.workdays.contains(d("2026-10-01")) && merged.names[d("2026-10-01")] == "国庆节")
        // The written file reads back the same.
        let back = try? HolidayCalendar(text: merged.tomlText(header: ["test"]), file: "h.toml")
        #expect(back == merged)
    }
}
