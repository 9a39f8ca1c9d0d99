import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// Far dates: how far `--today` may look ahead, and how far back a fill reaches.
@Suite struct LookAheadTests {
    let engine = ScheduleEngine(settings: .standard)

    @Test func aYearAheadIsAllowedAndFurtherIsRefusedWithTheLimit() throws {
        let real = d("2026-11-27")
        try ScheduleEngine.checkLookAhead(d("2027-11-28"), realToday: real, source: "--today")
        try ScheduleEngine.checkLookAhead(d("1990-01-01"), realToday: real, source: "--today")
        for far in ["2027-11-29", "2100-01-01", "9999-12-31"] {
            do {
                try ScheduleEngine.checkLookAhead(d(far), realToday: real, source: "--today")
                Issue.record("\(far) was accepted")
            } catch let error as MustDoError {
                #expect(error.exitCode == 64)
                #expect(error.message(.en).contains("give a date up to 2027-11-28"))
                #expect(error.message(.zh).contains("2027-11-28"))
            }
        }
    }

    @Test func backFillStopsTenYearsBack() {
        let r = Routine(id: "day-x", title: "x", period: .day, activeFrom: d("0001-01-01"))
        let plan = engine.periodsToFill(for: r, filledThrough: nil, today: d("2026-11-23"))
        #expect(plan.periods.count == ScheduleEngine.backFillDays + 1)
        #expect(plan.periods.first?.start == d("2026-11-23").adding(days: -ScheduleEngine.backFillDays))
        #expect(plan.filledThrough == d("2026-11-23"))
        // A yearly routine back-dated by centuries: eleven years at most.
        let y = Routine(id: "year-x", title: "x", period: .year, activeFrom: d("1500-01-01"))
        #expect(engine.periodsToFill(for: y, filledThrough: nil, today: d("2026-11-23")).periods.count <= 11)
    }

    @Test func tenYearsOfHistoryAreStillFilledWhole() {
        let r = Routine(id: "week-x", title: "x", period: .week, activeFrom: d("2016-11-23"))
        let plan = engine.periodsToFill(for: r, filledThrough: nil, today: d("2026-11-23"))
        #expect(plan.periods.first?.start == Period.containing(d("2016-11-23"), kind: .week, settings: .standard).start)
    }
}
