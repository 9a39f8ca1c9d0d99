import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

@Suite struct PeriodTests {
    /// (date, kind, week start, fiscal start, key, start, end)
    static let table: [(String, PeriodKind, Weekday, Int, String, String, String)] = [
        ("2026-11-22", .day, .monday, 1, "2026-11-22", "2026-11-22", "2026-11-22"),
        ("2026-11-22", .week, .monday, 1, "2026-W47", "2026-11-16", "2026-11-22"),
        ("2026-11-23", .week, .monday, 1, "2026-W48", "2026-11-23", "2026-11-29"),
        ("2026-11-22", .week, .sunday, 1, "2026-W48-sun", "2026-11-22", "2026-11-28"),
        ("2026-11-22", .week, .saturday, 1, "2026-W48-sat", "2026-11-21", "2026-11-27"),
        ("2026-11-20", .week, .saturday, 1, "2026-W47-sat", "2026-11-14", "2026-11-20"),
        // ISO years with 53 weeks: 2020 and 2026.
        ("2020-12-31", .week, .monday, 1, "2020-W53", "2020-12-28", "2021-01-03"),
        ("2021-01-03", .week, .monday, 1, "2020-W53", "2020-12-28", "2021-01-03"),
        ("2021-01-04", .week, .monday, 1, "2021-W01", "2021-01-04", "2021-01-10"),
        ("2026-12-31", .week, .monday, 1, "2026-W53", "2026-12-28", "2027-01-03"),
        ("2027-01-03", .week, .monday, 1, "2026-W53", "2026-12-28", "2027-01-03"),
        ("2027-01-04", .week, .monday, 1, "2027-W01", "2027-01-04", "2027-01-10"),
        ("2024-12-30", .week, .monday, 1, "2025-W01", "2024-12-30", "2025-01-05"),
        ("2008-12-29", .week, .monday, 1, "2009-W01", "2008-12-29", "2009-01-04"),
        ("2010-01-03", .week, .monday, 1, "2009-W53", "2009-12-28", "2010-01-03"),
        // Sunday-start week across a year end: named by its Monday's ISO week.
        ("2027-01-02", .week, .sunday, 1, "2026-W53-sun", "2026-12-27", "2027-01-02"),
        ("2027-01-03", .week, .sunday, 1, "2027-W01-sun", "2027-01-03", "2027-01-09"),
        // Leap days and month ends.
        ("2024-02-29", .month, .monday, 1, "2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02-15", .month, .monday, 1, "2023-02", "2023-02-01", "2023-02-28"),
        ("2000-02-10", .month, .monday, 1, "2000-02", "2000-02-01", "2000-02-29"),
        ("2100-02-10", .month, .monday, 1, "2100-02", "2100-02-01", "2100-02-28"),
        ("2026-12-31", .month, .monday, 1, "2026-12", "2026-12-01", "2026-12-31"),
        // Calendar fiscal year.
        ("2026-11-22", .quarter, .monday, 1, "2026-Q4", "2026-10-01", "2026-12-31"),
        ("2026-01-01", .quarter, .monday, 1, "2026-Q1", "2026-01-01", "2026-03-31"),
        ("2026-06-30", .half, .monday, 1, "2026-H1", "2026-01-01", "2026-06-30"),
        ("2026-07-01", .half, .monday, 1, "2026-H2", "2026-07-01", "2026-12-31"),
        ("2026-11-22", .year, .monday, 1, "2026", "2026-01-01", "2026-12-31"),
        // Other fiscal starts: named by the calendar year the fiscal year starts in.
        ("2026-11-22", .quarter, .monday, 4, "FY2026-Q3@04", "2026-10-01", "2026-12-31"),
        ("2027-03-31", .quarter, .monday, 4, "FY2026-Q4@04", "2027-01-01", "2027-03-31"),
        ("2027-03-31", .half, .monday, 4, "FY2026-H2@04", "2026-10-01", "2027-03-31"),
        ("2026-04-01", .year, .monday, 4, "FY2026@04", "2026-04-01", "2027-03-31"),
        ("2026-03-31", .year, .monday, 4, "FY2025@04", "2025-04-01", "2026-03-31"),
        ("2026-11-22", .quarter, .monday, 10, "FY2026-Q1@10", "2026-10-01", "2026-12-31"),
        ("2026-09-30", .year, .monday, 10, "FY2025@10", "2025-10-01", "2026-09-30"),
        ("2026-11-22", .quarter, .monday, 12, "FY2025-Q4@12", "2026-09-01", "2026-11-30"),
        ("2026-12-01", .year, .monday, 12, "FY2026@12", "2026-12-01", "2027-11-30"),
        ("2024-02-29", .quarter, .monday, 2, "FY2024-Q1@02", "2024-02-01", "2024-04-30"),
        ("2026-11-22", .half, .monday, 7, "FY2026-H1@07", "2026-07-01", "2026-12-31"),
    ]

    @Test(arguments: 0..<table.count)
    func knownDates(_ i: Int) {
        let (date, kind, ws, fs, key, start, end) = PeriodTests.table[i]
        let p = Period.containing(d(date), kind: kind, settings: CalendarSettings(weekStart: ws, fiscalStartMonth: fs))
        #expect(p.key == key)
        #expect(p.start == d(start))
        #expect(p.end == d(end))
        #expect(Period(key: key) == p, "key \(key) parses back to the same range")
    }

    @Test func isoWeekCounts() {
        #expect(Period.isoWeeksIn(year: 2020) == 53)
        #expect(Period.isoWeeksIn(year: 2026) == 53)
        #expect(Period.isoWeeksIn(year: 2025) == 52)
        #expect(Period.isoWeeksIn(year: 2015) == 53)
    }

    @Test func invalidKeysAreRejected() {
        for key in ["2026-W54", "2025-W53", "2026-W00", "2026-W47-mon", "2026-Q5", "2026-H3", "2026-13", "FY2026-Q1", "FY2026-Q1@13",
                    "FY2026-Q1@01", "2026-02-30", "26-11-22", "", "W47", "2026-W4", "2026-q4"] {
            #expect(Period(key: key) == nil, "\(key) must not parse")
        }
    }

    @Test func nextAndPreviousStepAcrossYearEnds() {
        let s = CalendarSettings.standard
        let w = Period(key: "2026-W53")!
        #expect(w.next(settings: s).key == "2027-W01")
        #expect(Period(key: "2027-W01")!.previous(settings: s).key == "2026-W53")
        #expect(Period(key: "2026-Q4")!.next(settings: s).key == "2027-Q1")
        #expect(Period(key: "2026-12")!.next(settings: s).key == "2027-01")
    }

    @Test func daysLeftCountsToday() {
        let w = Period(key: "2026-W47")!
        #expect(w.daysLeft(from: d("2026-11-22")) == 1)
        #expect(w.daysLeft(from: d("2026-11-16")) == 7)
        #expect(w.daysLeft(from: d("2026-11-23")) == 0)
    }

    /// Every day of 1990–2100 falls in exactly one period of each kind, and periods tile time with no gap or overlap.
    @Test(arguments: [
        CalendarSettings(weekStart: .monday), CalendarSettings(weekStart: .sunday), CalendarSettings(weekStart: .saturday),
    ] + (2...12).map { CalendarSettings(fiscalStartMonth: $0) })
    func periodsTileTime(settings: CalendarSettings) {
        let first = d("1990-01-01"), last = d("2100-12-31")
        let kinds: [PeriodKind] = settings.fiscalStartMonth == 1 ? PeriodKind.allCases : [.quarter, .half, .year]
        for kind in kinds {
            var p = Period.containing(first, kind: kind, settings: settings)
            var seen = Set<String>()
            var day = first
            var failures = 0
            while p.start <= last {
                if !seen.insert(p.key).inserted { failures += 1 }
                if Period(key: p.key) != p { failures += 1 }
                while day <= p.end && day <= last {
                    if Period.containing(day, kind: kind, settings: settings) != p { failures += 1 }
                    day = day.adding(days: 1)
                }
                let next = p.next(settings: settings)
                if next.start != p.end.adding(days: 1) { failures += 1 }
                if next.previous(settings: settings) != p { failures += 1 }
                p = next
            }
            #expect(failures == 0, "\(kind) under \(settings.weekStart)/\(settings.fiscalStartMonth)")
            #expect(day > last)
        }
    }
}
