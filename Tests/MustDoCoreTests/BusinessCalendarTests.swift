import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// Workdays, holidays and swapped workdays (调休) across 2025–2027, and the due dates and schedules that follow them.
///
/// 2025 is China's official schedule (2024-11-12 notice), 2026 the example file shipped in docs/ (2025-11-04
/// notice), 2027 a made-up calendar (no official one yet) chosen for its edge cases: a holiday on the last
/// day of the year and a swapped workday on a month's last Saturday.
@Suite struct BusinessCalendarTests {
    static let china2025 = """
    holidays = ["2025-01-01",
      "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
      "2025-04-04", "2025-04-05", "2025-04-06",
      "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
      "2025-05-31", "2025-06-01", "2025-06-02",
      "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08"]
    workdays = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
    """
    static let madeUp2027 = """
    # Not a real schedule: test data.
    holidays = ["2027-04-30", "2027-12-30", "2027-12-31", "2027-06-30"]
    workdays = ["2027-07-31", "2027-01-02"]
    """

    static func example2026() throws -> HolidayCalendar {
        let here = #filePath
        let root = here.components(separatedBy: "/Tests/")[0]
        return try HolidayCalendar.load(path: root + "/docs/holidays-2026-cn.example.toml")
    }

    static func settings() throws -> CalendarSettings {
        var s = CalendarSettings.standard
        try HolidayCalendar(text: china2025, file: "2025.toml").apply(to: &s)
        try example2026().apply(to: &s)
        try HolidayCalendar(text: madeUp2027, file: "2027.toml").apply(to: &s)
        return s
    }

    @Test func theExampleFileHoldsTheWhole2026Notice() throws {
        let c = try BusinessCalendarTests.example2026()
        #expect(c.holidays.count == 33)
        #expect(c.workdays.sorted() == ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"].map(d))
        #expect(c.workdays.allSatisfy { $0.weekday == .saturday || $0.weekday == .sunday })
        #expect(c.names[d("2026-10-01")] == "国庆节")
    }

    @Test func workdaysFollowHolidaysAndSwappedDays() throws {
        let s = try BusinessCalendarTests.settings()
        // Ordinary days.
        #expect(s.isWorkday(d("2025-03-03")) && !s.isWorkday(d("2025-03-08")))
        // Holidays on weekdays, swapped workdays on weekends, in each year.
        for day in ["2025-01-01", "2025-01-31", "2025-10-08", "2026-02-16", "2026-02-23", "2026-10-07", "2027-12-31", "2027-04-30"] {
            #expect(!s.isWorkday(d(day)), "\(day) is a day off")
        }
        for day in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28",
                    "2026-05-09", "2026-09-20", "2026-10-10", "2027-07-31", "2027-01-02"] {
            #expect(s.isWorkday(d(day)), "\(day) is a swapped workday")
        }
        // A plain calendar knows none of it.
        #expect(CalendarSettings.standard.isWorkday(d("2026-10-01")) && !CalendarSettings.standard.isWorkday(d("2026-02-28")))
    }

    @Test func workdayCountsPerMonth() throws {
        let s = try BusinessCalendarTests.settings()
        func count(_ month: String) -> Int {
            var day = d(month + "-01"), n = 0
            while day <= day.endOfMonth && day.month == d(month + "-01").month {
                if s.isWorkday(day) { n += 1 }
                day = day.adding(days: 1)
            }
            return n
        }
        // Jan 2025: 23 weekdays − 5 holidays (1, 28–31) + 1 swapped Sunday (26).
        #expect(count("2025-01") == 19)
        // Feb 2026: 20 weekdays − 6 holidays (16–20, 23) + 2 swapped Saturdays (14, 28).
        #expect(count("2026-02") == 16)
        // Oct 2026: 22 weekdays − 5 holidays (1, 2, 5–7) + 1 swapped Saturday (10).
        #expect(count("2026-10") == 18)
        // Jul 2027: 22 weekdays + 1 swapped Saturday (31).
        #expect(count("2027-07") == 23)
    }

    @Test(arguments: [
        // (kind, rule, a day in the period, expected due)
        (PeriodKind.month, "last-workday", "2025-01-10", "2025-01-27"),   // 28–31 Jan 2025 off for the Spring Festival
        (.month, "last-workday", "2025-04-10", "2025-04-30"),
        (.month, "last-workday", "2025-09-10", "2025-09-30"),
        (.month, "last-workday", "2025-12-10", "2025-12-31"),
        (.month, "last-workday", "2026-02-10", "2026-02-28"),             // a swapped Saturday is the last workday
        (.month, "last-workday", "2026-05-10", "2026-05-29"),             // 31 May is a Sunday
        (.month, "last-workday", "2026-10-10", "2026-10-30"),
        (.month, "last-workday", "2027-04-10", "2027-04-29"),             // 30 Apr 2027 off (made up)
        (.month, "last-workday", "2027-07-10", "2027-07-31"),             // swapped Saturday (made up)
        (.month, "last-day", "2026-02-10", "2026-02-28"),
        (.quarter, "last-workday", "2025-02-10", "2025-03-31"),
        (.quarter, "last-workday@1", "2025-02-10", "2025-01-27"),
        (.quarter, "last-workday", "2027-05-10", "2027-06-29"),           // 30 Jun 2027 off (made up)
        (.half, "last-workday", "2026-03-10", "2026-06-30"),
        (.half, "last-workday@2", "2026-08-10", "2026-08-31"),
        (.year, "last-workday", "2025-06-10", "2025-12-31"),
        (.year, "last-workday", "2026-06-10", "2026-12-31"),
        (.year, "last-workday", "2027-06-10", "2027-12-29"),              // 30 and 31 Dec 2027 off (made up)
        (.year, "last-workday@2", "2026-06-10", "2026-02-28"),
    ])
    func lastWorkdayDueDates(kind: PeriodKind, rule: String, day: String, due: String) throws {
        let s = try BusinessCalendarTests.settings()
        let p = Period.containing(d(day), kind: kind, settings: s)
        #expect(DueRule(text: rule)!.dueDate(in: p, settings: s) == d(due))
        let r = Routine(id: "x-r", title: "x", period: kind, due: DueRule(text: rule), activeFrom: d("2020-01-01"))
        #expect(r.dueDate(in: p, settings: s) == d(due))
    }

    @Test func workdaysOnlyDailyRoutinesFollowTheCalendar() throws {
        let s = try BusinessCalendarTests.settings()
        let engine = ScheduleEngine(settings: s)
        let visit = Routine(id: "day-visit", title: "Visit", period: .day, workdaysOnly: true, activeFrom: d("2025-01-01"))
        let motivate = Routine(id: "day-motivate", title: "Motivate", period: .day, workdaysOnly: false, activeFrom: d("2025-01-01"))
        for (from, to, expected) in [("2025-01-01", "2025-01-31", 19), ("2026-02-01", "2026-02-28", 16), ("2026-10-01", "2026-10-31", 18),
                                     ("2027-07-01", "2027-07-31", 23)] {
            let visitRoutine = Routine(id: visit.id, title: visit.title, period: .day, workdaysOnly: true, activeFrom: d(from))
            let plan = engine.periodsToFill(for: visitRoutine, filledThrough: nil, today: d(to))
            #expect(plan.periods.count == expected, "\(from)…\(to)")
            #expect(plan.periods.allSatisfy { s.isWorkday($0.start) })
        }
        #expect(visit.isScheduled(in: Period.containing(d("2026-02-28"), kind: .day, settings: s), settings: s))
        #expect(!visit.isScheduled(in: Period.containing(d("2026-02-16"), kind: .day, settings: s), settings: s))
        #expect(motivate.isScheduled(in: Period.containing(d("2026-02-16"), kind: .day, settings: s), settings: s))
        // The whole of 2025–2027: one occurrence per workday, none on days off.
        let all = engine.periodsToFill(for: visit, filledThrough: nil, today: d("2027-12-31")).periods
        var workdays = 0
        var day = d("2025-01-01")
        while day <= d("2027-12-31") { if s.isWorkday(day) { workdays += 1 }; day = day.adding(days: 1) }
        #expect(all.count == workdays)
    }

    @Test func settingsFileAndConfigListsAddUp() throws {
        var s = try Settings(text: "holidays = [\"2026-03-02\"]\nextra_workdays = [\"2026-03-07\"]\n", file: "c.toml").calendar
        try BusinessCalendarTests.example2026().apply(to: &s)
        #expect(!s.isWorkday(d("2026-03-02")) && s.isWorkday(d("2026-03-07")))
        #expect(!s.isWorkday(d("2026-10-01")) && s.isWorkday(d("2026-10-10")))
    }
}
