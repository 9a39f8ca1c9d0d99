import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

@Suite struct DueRuleTests {
    @Test func parsesAndPrints() {
        for text in ["fri", "15", "last-day", "last-workday", "last-workday@3", "1@12", "last-day@6"] {
            #expect(DueRule(text: text)?.description == text)
        }
        for bad in ["0", "32", "someday", "fri@2", "last-day@13", ""] { #expect(DueRule(text: bad) == nil, "\(bad)") }
    }

    @Test func weekdayInWeeksOfEveryStart() {
        let rule = DueRule.weekday(.friday)
        for (ws, key, due) in [(Weekday.monday, "2026-W48", "2026-11-27"), (.sunday, "2026-W48-sun", "2026-11-27"), (.saturday, "2026-W48-sat", "2026-11-27")] {
            let p = Period(key: key)!
            #expect(rule.dueDate(in: p, settings: CalendarSettings(weekStart: ws)) == d(due))
        }
    }

    @Test func dayOfMonthClampsAndLastWorkdaySkipsWeekends() {
        let s = CalendarSettings.standard
        #expect(DueRule.dayOfMonth(31, month: nil).dueDate(in: Period(key: "2026-02")!, settings: s) == d("2026-02-28"))
        #expect(DueRule.lastDay(month: nil).dueDate(in: Period(key: "2024-02")!, settings: s) == d("2024-02-29"))
        // 2026-05-31 is a Sunday → last workday Friday 29th.
        #expect(DueRule.lastWorkday(month: nil).dueDate(in: Period(key: "2026-05")!, settings: s) == d("2026-05-29"))
        // Quarter: month 3 of Q4 is December; 2026-12-31 is a Thursday.
        #expect(DueRule.lastWorkday(month: 3).dueDate(in: Period(key: "2026-Q4")!, settings: s) == d("2026-12-31"))
        #expect(DueRule.dayOfMonth(15, month: 1).dueDate(in: Period(key: "2026-Q4")!, settings: s) == d("2026-10-15"))
        // Default month for a half is its last month.
        #expect(DueRule.dayOfMonth(10, month: nil).dueDate(in: Period(key: "2026-H1")!, settings: s) == d("2026-06-10"))
    }

    @Test func lastWorkdayFollowsHolidaysAndSwappedWorkdays() {
        // 2026-10-31 is a Saturday; make it a swapped workday, and make Friday 30th a holiday.
        var s = CalendarSettings.standard
        #expect(DueRule.lastWorkday(month: nil).dueDate(in: Period(key: "2026-10")!, settings: s) == d("2026-10-30"))
        s.extraWorkdays = [d("2026-10-31")]
        #expect(DueRule.lastWorkday(month: nil).dueDate(in: Period(key: "2026-10")!, settings: s) == d("2026-10-31"))
        s.extraWorkdays = []
        s.holidays = [d("2026-10-30"), d("2026-10-29")]
        #expect(DueRule.lastWorkday(month: nil).dueDate(in: Period(key: "2026-10")!, settings: s) == d("2026-10-28"))
    }

    @Test func rulesThatDoNotFitTheirPeriodAreNamed() {
        #expect(DueRule.weekday(.friday).problem(for: .month) != nil)
        #expect(DueRule.dayOfMonth(3, month: nil).problem(for: .week) != nil)
        #expect(DueRule.lastDay(month: 4).problem(for: .quarter) != nil)
        #expect(DueRule.lastDay(month: 3).problem(for: .quarter) == nil)
        #expect(DueRule.lastDay(month: nil).problem(for: .day) != nil)
    }
}
