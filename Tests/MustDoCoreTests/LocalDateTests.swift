import Testing
@testable import MustDoCore

@Suite struct LocalDateTests {
    @Test func parsesStrictDates() {
        #expect(LocalDate(parsing: "2026-11-22")?.description == "2026-11-22")
        #expect(LocalDate(parsing: "2024-02-29") != nil)
        for bad in ["2023-02-29", "2026-13-01", "2026-00-10", "2026-11-31", "2026-1-22", "20261122", "2026/11/22", "abcd-ef-gh", " 2026-11-22", "0000-01-01"] {
            #expect(LocalDate(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func roundTripsEveryDayFrom1900To2200() {
        var d = LocalDate(year: 1900, month: 1, day: 1)!
        let end = LocalDate(year: 2200, month: 12, day: 31)!
        var weekday = d.weekday.rawValue
        #expect(weekday == 1, "1900-01-01 was a Monday")
        var bad = 0
        while d <= end {
            let c = d.components
            if LocalDate(year: c.year, month: c.month, day: c.day) != d { bad += 1 }
            if LocalDate(parsing: d.description) != d { bad += 1 }
            if d.weekday.rawValue != weekday { bad += 1 }
            weekday = weekday % 7 + 1
            d = d.adding(days: 1)
        }
        #expect(bad == 0)
    }

    @Test func knownWeekdaysAndMonthArithmetic() {
        #expect(LocalDate(parsing: "2026-11-22")!.weekday == .sunday)
        #expect(LocalDate(parsing: "1970-01-01")!.weekday == .thursday)
        #expect(LocalDate(parsing: "2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(LocalDate(parsing: "2026-12-15")!.adding(months: 2).description == "2027-02-15")
        #expect(LocalDate(parsing: "2026-03-31")!.adding(months: -1).description == "2026-02-28")
    }
}
