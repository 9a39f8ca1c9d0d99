import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private let now = "2026-11-23T09:00:00"

@Suite struct AppDatabaseTests {
    let engine = ScheduleEngine(settings: .standard)

    func seeded(_ path: String = ":memory:", from: String = "2026-11-23", language: Language = .en) throws -> AppDatabase {
        let db = path == ":memory:" ? try AppDatabase.inMemory() : try AppDatabase.open(path: path)
        try db.seed(pack: try RoutinePack.builtIn(language), activeFrom: d(from), now: now)
        return db
    }

    func count(_ db: AppDatabase, _ sql: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func materialisesEveryPeriodOfTheDay() throws {
        let db = try seeded()
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        let agenda = try db.agenda(today: d("2026-11-23"), engine: engine)
        #expect(agenda.sections.map(\.items.count) == [27, 19, 17, 12, 12, 12])
        #expect(agenda.sections.map(\.period.key) == ["2026-11-23", "2026-W48", "2026-11", "2026-Q4", "2026-H2", "2026"])
        #expect(agenda.sections.flatMap(\.items).map(\.ref) == Array(1...99))
        #expect(agenda.sections.flatMap(\.items).allSatisfy { $0.occurrence.state == .open })
    }

    @Test func workdaysOnlyDailyItemsAreAbsentOnSunday() throws {
        let db = try seeded(from: "2026-11-22")
        try db.prepare(today: d("2026-11-22"), engine: engine, now: now)
        let daily = try db.agenda(today: d("2026-11-22"), engine: engine).section(.day)!
        #expect(daily.items.count == 6)
        #expect(daily.items.map(\.occurrence.routineID).contains("day-motivate"))
    }

    @Test func prepareIsIdempotentAndWritesNothingTheSecondTime() throws {
        let db = try seeded()
        for _ in 0..<3 { try db.prepare(today: d("2026-11-23"), engine: engine, now: now) }
        #expect(try count(db, "SELECT COUNT(*) FROM occurrence") == 99)
        #expect(try count(db, "SELECT COUNT(*) FROM day_ref") == 99)
        let before = try count(db, "SELECT total_changes()")
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        #expect(try count(db, "SELECT total_changes()") == before)
    }

    @Test func twoProcessesAtOnceNeverDuplicate() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("m.sqlite")
        _ = try seeded(path, from: "2026-01-01")
        let group = DispatchGroup()
        let errors = ErrorBox()
        for _ in 0..<4 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let db = try AppDatabase.open(path: path)
                    try db.prepare(today: d("2026-11-23"), engine: ScheduleEngine(settings: .standard), now: now)
                } catch { errors.add(error) }
            }.start()
        }
        group.wait()
        #expect(errors.errors.isEmpty)
        let db = try AppDatabase.open(path: path)
        #expect(try count(db, "SELECT COUNT(*) FROM (SELECT routine_id, period_key FROM occurrence GROUP BY 1, 2 HAVING COUNT(*) > 1)") == 0)
        #expect(try count(db, "SELECT COUNT(*) FROM day_ref WHERE day = '2026-11-23'") == 99)
    }

    @Test func backFillClosesPastPeriodsAsMissedWithoutPileUp() throws {
        let db = try seeded(from: "2026-11-02")
        try db.prepare(today: d("2026-11-02"), engine: engine, now: now)
        let firstRef = try db.resolve(ref: "day-motivate", today: d("2026-11-02"), engine: engine)
        try db.apply(.check, to: firstRef, now: now)
        // Not run for three weeks.
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        // 22 days of the every-day routine, one per day: no duplicates, no open pile-up.
        #expect(try count(db, "SELECT COUNT(*) FROM occurrence WHERE routine_id = 'day-motivate'") == 22)
        let past = try db.occurrences(periodKey: "2026-11-10", today: d("2026-11-23"))
        #expect(!past.isEmpty)
        #expect(past.allSatisfy { $0.state == .missed })
        let first = try db.occurrences(periodKey: "2026-11-02", today: d("2026-11-23"))
        #expect(first.first { $0.routineID == "day-motivate" }?.state == .done)
        // Today's lists only hold today's instances.
        let agenda = try db.agenda(today: d("2026-11-23"), engine: engine)
        #expect(agenda.section(.day)!.items.count == 27)
        #expect(agenda.section(.week)!.items.count == 19)
        // Weekly back-fill: weeks 45, 46, 47 and the current 48.
        #expect(try count(db, "SELECT COUNT(DISTINCT period_key) FROM occurrence WHERE period_kind = 'week'") == 4)
    }

    @Test func checkUncheckSkipAndCountsPersist() throws {
        let db = try seeded()
        let t = d("2026-11-23")
        try db.prepare(today: t, engine: engine, now: now)
        let id = try db.resolve(ref: "3", today: t, engine: engine)
        let r = try db.apply(.check, to: id, now: now)
        #expect(r.before.state == .open && r.after.state == .done && r.after.doneAt == now)
        #expect(try db.occurrence(id: id, today: t)?.state == .done)
        try db.apply(.uncheck, to: id, now: now)
        #expect(try db.occurrence(id: id, today: t)?.state == .open)
        try db.apply(.skip(reason: "rain"), to: id, now: now)
        let skipped = try db.occurrence(id: id, today: t)!
        #expect(skipped.state == .skipped && skipped.skipReason == "rain")
        let counted = try db.resolve(ref: "day-greet-customers", today: t, engine: engine)
        #expect(try db.occurrence(id: counted, today: t)?.target == 5)
        try db.apply(.addCount(4), to: counted, now: now)
        #expect(try db.occurrence(id: counted, today: t)?.state == .open)
        try db.apply(.addCount(1), to: counted, now: now)
        let done = try db.occurrence(id: counted, today: t)!
        #expect(done.state == .done && done.progress == 5)
        try db.apply(.addCount(-1), to: counted, now: now)
        #expect(try db.occurrence(id: counted, today: t)?.state == .open)
        // Undo restores exactly.
        let before = try db.apply(.setNote("call Mr. Wang"), to: counted, now: now).before
        try db.apply(.restore(before), to: counted, now: now)
        #expect(try db.occurrence(id: counted, today: t)?.note == nil)
    }

    @Test func unknownRefsAreRejected() throws {
        let db = try seeded()
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        #expect(throws: MustDoError.unknownRef("500")) { try db.resolve(ref: "500", today: d("2026-11-23"), engine: engine) }
        #expect(throws: MustDoError.unknownRef("no-such")) { try db.resolve(ref: "no-such", today: d("2026-11-23"), engine: engine) }
    }

    @Test func renameKeepsHistoryAndRetireKeepsThePast() throws {
        let db = try seeded(from: "2026-11-16")
        try db.prepare(today: d("2026-11-16"), engine: engine, now: now)
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        var r = try db.routines(period: .week).first!
        let oldTitle = r.title
        r.title = "Renamed"
        try db.updateRoutine(r, today: d("2026-11-23"), now: now)
        #expect(try db.occurrences(periodKey: "2026-W47", today: d("2026-11-23")).first { $0.routineID == r.id }?.title == oldTitle)
        #expect(try db.occurrences(periodKey: "2026-W48", today: d("2026-11-23")).first { $0.routineID == r.id }?.title == "Renamed")
        try db.retireRoutine(id: r.id, today: d("2026-11-23"), now: now)
        try db.prepare(today: d("2026-11-30"), engine: engine, now: now)
        #expect(try db.occurrences(periodKey: "2026-W48", today: d("2026-11-30")).contains { $0.routineID == r.id } == false)
        #expect(try db.occurrences(periodKey: "2026-W49", today: d("2026-11-30")).contains { $0.routineID == r.id } == false)
        #expect(try db.occurrences(periodKey: "2026-W47", today: d("2026-11-30")).contains { $0.routineID == r.id })
        #expect(try db.routines().first { $0.id == r.id }?.retiredOn == d("2026-11-23"))
    }

    @Test func newRoutineAppearsInTheCurrentPeriodWithTheNextRef() throws {
        let db = try seeded()
        let t = d("2026-11-23")
        try db.prepare(today: t, engine: engine, now: now)
        try db.addRoutine(Routine(id: "week-call-wang", title: "Call Mr. Wang", period: .week, position: 0, activeFrom: t), now: now)
        try db.prepare(today: t, engine: engine, now: now)
        let weekly = try db.agenda(today: t, engine: engine).section(.week)!
        let added = weekly.items.first { $0.occurrence.routineID == "week-call-wang" }
        #expect(added?.ref == 100)
        #expect(try db.resolve(ref: "28", today: t, engine: engine) == weekly.items.first { $0.ref == 28 }!.occurrence.id)
    }
}

extension AppDatabaseTests {
    @Test func changingTheWeekStartKeepsHistoryAndStartsTheNewShapeToday() throws {
        let db = try seeded(from: "2026-11-16")
        let monday = ScheduleEngine(settings: .standard)
        try db.prepare(today: d("2026-11-16"), engine: monday, now: now)
        try db.prepare(today: d("2026-11-26"), engine: monday, now: now)
        let touched = try db.resolve(ref: "week-expenses", today: d("2026-11-26"), engine: monday)
        try db.apply(.check, to: touched, now: now)
        let sunday = ScheduleEngine(settings: CalendarSettings(weekStart: .sunday))
        try db.prepare(today: d("2026-11-26"), engine: sunday, now: now)
        let agenda = try db.agenda(today: d("2026-11-26"), engine: sunday)
        #expect(agenda.section(.week)!.period.key == "2026-W48-sun")
        #expect(agenda.section(.week)!.items.count == 19)
        // This week's items move to the new week with their state (issue 9, item 13); last week is untouched history.
        #expect(try db.occurrences(periodKey: "2026-W48", today: d("2026-11-26")).isEmpty)
        #expect(agenda.section(.week)!.items.contains { $0.occurrence.id == touched && $0.occurrence.state == .done })
        #expect(try db.occurrences(periodKey: "2026-W47", today: d("2026-11-26")).count == 19)
        // Going on, weeks follow the new shape with no gap.
        try db.prepare(today: d("2026-11-29"), engine: sunday, now: now)
        #expect(try db.occurrences(periodKey: "2026-W49-sun", today: d("2026-11-29")).count == 19)
        #expect(try count(db, "SELECT COUNT(*) FROM (SELECT routine_id, period_key FROM occurrence GROUP BY 1, 2 HAVING COUNT(*) > 1)") == 0)
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var errors: [Error] = []
    func add(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
}
