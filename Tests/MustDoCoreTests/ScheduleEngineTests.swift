import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

@Suite struct ScheduleEngineTests {
    let engine = ScheduleEngine(settings: .standard)

    @Test func firstFillIsTheCurrentPeriodOnly() {
        let r = Routine(id: "week-x", title: "x", period: .week, activeFrom: d("2026-11-22"))
        let plan = engine.periodsToFill(for: r, filledThrough: nil, today: d("2026-11-22"))
        #expect(plan.periods.map(\.key) == ["2026-W47"])
        #expect(plan.filledThrough == d("2026-11-22"))
        #expect(!engine.needsFilling(r, filledThrough: plan.filledThrough, today: d("2026-11-22")))
        #expect(engine.needsFilling(r, filledThrough: plan.filledThrough, today: d("2026-11-23")))
    }

    @Test func backFillsEveryMissedPeriodOnceAndNeverAgain() {
        let r = Routine(id: "day-x", title: "x", period: .day, activeFrom: d("2026-11-01"))
        let first = engine.periodsToFill(for: r, filledThrough: nil, today: d("2026-11-03"))
        #expect(first.periods.map(\.key) == ["2026-11-01", "2026-11-02", "2026-11-03"])
        let later = engine.periodsToFill(for: r, filledThrough: first.filledThrough, today: d("2026-11-10"))
        #expect(later.periods.count == 7)
        #expect(later.periods.first?.key == "2026-11-04")
        let again = engine.periodsToFill(for: r, filledThrough: later.filledThrough, today: d("2026-11-10"))
        #expect(again.periods.isEmpty)
        #expect(engine.initialState(of: first.periods[0], today: d("2026-11-10")) == .missed)
        #expect(engine.initialState(of: later.periods.last!, today: d("2026-11-10")) == .open)
    }

    @Test func workdaysOnlyRoutinesSkipWeekendsAndHolidays() {
        var s = CalendarSettings.standard
        s.holidays = [d("2026-10-01"), d("2026-10-02")]
        s.extraWorkdays = [d("2026-10-10")]   // a Saturday worked in exchange (调休)
        let e = ScheduleEngine(settings: s)
        let r = Routine(id: "day-w", title: "w", period: .day, workdaysOnly: true, activeFrom: d("2026-09-28"))
        let keys = e.periodsToFill(for: r, filledThrough: nil, today: d("2026-10-11")).periods.map(\.key)
        #expect(keys == ["2026-09-28", "2026-09-29", "2026-09-30", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10"])
    }

    @Test func retiredRoutinesStopAndKeepTheirPast() {
        var r = Routine(id: "week-r", title: "r", period: .week, activeFrom: d("2026-11-02"))
        r.retiredOn = d("2026-11-18")
        let plan = engine.periodsToFill(for: r, filledThrough: nil, today: d("2026-11-30"))
        #expect(plan.periods.map(\.key) == ["2026-W45", "2026-W46"])
        #expect(!engine.needsFilling(r, filledThrough: plan.filledThrough, today: d("2027-01-01")))
    }

    @Test func dueDatesDefaultToThePeriodEnd() {
        let r = Routine(id: "month-x", title: "x", period: .month, activeFrom: d("2026-01-01"))
        #expect(r.dueDate(in: Period(key: "2026-11")!, settings: .standard) == d("2026-11-30"))
        let daily = Routine(id: "day-x", title: "x", period: .day, activeFrom: d("2026-01-01"))
        #expect(daily.dueDate(in: Period(key: "2026-11-22")!, settings: .standard) == nil)
    }
}
