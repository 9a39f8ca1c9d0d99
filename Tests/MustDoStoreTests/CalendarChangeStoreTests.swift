import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private let now = "2026-11-26T09:00:00"

/// Changing the week start or fiscal start: the current items keep their work, their refs and their focus marks.
@Suite struct CalendarChangeStoreTests {
    func seeded(from: String = "2026-11-16") throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.seed(pack: try RoutinePack.builtIn(.en), activeFrom: d(from), now: now)
        return db
    }

    @Test func checkedItemsOfThisWeekStayCheckedInTheNewWeek() throws {
        let db = try seeded()
        let today = d("2026-11-26")
        let monday = ScheduleEngine(settings: .standard)
        try db.prepare(today: today, engine: monday, now: now)
        let done = try db.resolve(ref: "week-expenses", today: today, engine: monday)
        try db.apply(.check, to: done, now: now)
        let sunday = ScheduleEngine(settings: CalendarSettings(weekStart: .sunday))
        try db.prepare(today: today, engine: sunday, now: now)
        let week = try #require(try db.agenda(today: today, engine: sunday).section(.week))
        #expect(week.period.key == "2026-W48-sun")
        let item = try #require(week.items.first { $0.occurrence.routineID == "week-expenses" })
        #expect(item.occurrence.state == .done, "this week's checked item is still checked after the change")
        #expect(item.occurrence.id == done)
        #expect(week.items.count == 19)
        #expect(week.items.filter { $0.occurrence.state == .done }.count == 1)
        // Changing back is lossless too.
        try db.prepare(today: today, engine: monday, now: now)
        let back = try #require(try db.agenda(today: today, engine: monday).section(.week))
        #expect(back.items.first { $0.occurrence.routineID == "week-expenses" }?.occurrence.state == .done)
        #expect(back.items.count == 19)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM occurrence WHERE period_key = '2026-W48-sun'") } == 0)
    }

    @Test func aFocusMarkSurvivesAFiscalStartChange() throws {
        let db = try seeded()
        let today = d("2026-11-26")
        let january = ScheduleEngine(settings: .standard)
        try db.prepare(today: today, engine: january, now: now)
        let quarterly = try #require(try db.agenda(today: today, engine: january).section(.quarter)?.items.first)
        try db.toggleFocus(quarterly.occurrence.id, day: today)
        let april = ScheduleEngine(settings: CalendarSettings(fiscalStartMonth: 4))
        try db.prepare(today: today, engine: april, now: now)
        let agenda = try db.agenda(today: today, engine: april)
        #expect(agenda.focus == [quarterly.occurrence.id], "the focus mark is kept")
        let moved = try #require(agenda.section(.quarter)?.items.first { $0.occurrence.id == quarterly.occurrence.id })
        #expect(moved.occurrence.period.key == agenda.section(.quarter)!.period.key)
        #expect(moved.ref == quarterly.ref, "its ref for today is kept")
    }
}
