import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private let now = "2026-11-23T09:00:00"

/// Editing, restoring, moving and importing routines: one transaction each, history never rewritten.
@Suite struct RoutineEditingStoreTests {
    let engine = ScheduleEngine(settings: .standard)

    /// The English pack from Monday 2026-11-16, prepared on the 16th and on `today` (default Monday the 23rd).
    func seeded(today: String = "2026-11-23") throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.seed(pack: try RoutinePack.builtIn(.en), activeFrom: d("2026-11-16"), now: now)
        try db.prepare(today: d("2026-11-16"), engine: engine, now: now)
        try db.prepare(today: d(today), engine: engine, now: now)
        return db
    }

    func current(_ db: AppDatabase, _ id: String, _ key: String, today: String = "2026-11-23") throws -> Occurrence? {
        try db.occurrences(periodKey: key, today: d(today)).first { $0.routineID == id }
    }

    func count(_ db: AppDatabase, _ sql: String) throws -> Int { try db.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    @Test func editRenamesFromNowOnAndMovesTheOpenDueDate() throws {
        let db = try seeded()
        var r = try db.routines().first { $0.id == "week-expenses" }!
        #expect(r.due == .weekday(.friday))
        let before = try current(db, "week-expenses", "2026-W47")!
        r.title = "Settle expenses (new)"
        r.due = .weekday(.wednesday)
        r.target = 2
        try db.editRoutine(r, today: d("2026-11-23"), settings: .standard, now: now)
        let past = try current(db, "week-expenses", "2026-W47")!
        #expect(past.title == before.title && past.due == before.due && past.target == nil, "history keeps its title, due date and target")
        let now48 = try current(db, "week-expenses", "2026-W48")!
        #expect(now48.title == "Settle expenses (new)" && now48.due == d("2026-11-25") && now48.target == 2)
        // The next week is made with the new rule.
        try db.prepare(today: d("2026-11-30"), engine: engine, now: now)
        #expect(try current(db, "week-expenses", "2026-W49", today: "2026-11-30")?.due == d("2026-12-02"))
    }

    @Test func aDoneCurrentItemKeepsItsDueDate() throws {
        let db = try seeded()
        let id = try db.resolve(ref: "week-expenses", today: d("2026-11-23"), engine: engine)
        try db.apply(.check, to: id, now: now)
        var r = try db.routines().first { $0.id == "week-expenses" }!
        r.due = .weekday(.monday)
        try db.editRoutine(r, today: d("2026-11-23"), settings: .standard, now: now)
        #expect(try current(db, "week-expenses", "2026-W48")?.due == d("2026-11-27"))
    }

    @Test func workdaysOnlyFlipsTodaysItemOnADayOff() throws {
        let db = try seeded(today: "2026-11-22")   // a Sunday
        #expect(try current(db, "day-detail-tasks", "2026-11-22", today: "2026-11-22") == nil)
        var r = try db.routines().first { $0.id == "day-detail-tasks" }!
        r.workdaysOnly = false
        try db.editRoutine(r, today: d("2026-11-22"), settings: .standard, now: now)
        try db.prepare(today: d("2026-11-22"), engine: engine, now: now)
        #expect(try current(db, "day-detail-tasks", "2026-11-22", today: "2026-11-22")?.state == .open)
        r.workdaysOnly = true
        try db.editRoutine(r, today: d("2026-11-22"), settings: .standard, now: now)
        #expect(try current(db, "day-detail-tasks", "2026-11-22", today: "2026-11-22") == nil)
        #expect(try current(db, "day-detail-tasks", "2026-11-20", today: "2026-11-22") != nil, "Friday's item is history and stays")
    }

    @Test func restoreComesBackInTheCurrentPeriodOnly() throws {
        let db = try seeded()
        try db.retireRoutine(id: "week-expenses", today: d("2026-11-23"), now: now)
        #expect(try current(db, "week-expenses", "2026-W48") == nil)
        // Three idle weeks later: restored now, the retired weeks stay empty.
        try db.prepare(today: d("2026-12-14"), engine: engine, now: now)
        #expect(try db.restoreRoutine(id: "week-expenses", today: d("2026-12-14"), settings: .standard))
        #expect(try db.restoreRoutine(id: "week-expenses", today: d("2026-12-14"), settings: .standard) == false)
        try db.prepare(today: d("2026-12-14"), engine: engine, now: now)
        #expect(try current(db, "week-expenses", "2026-W51", today: "2026-12-14")?.state == .open)
        for key in ["2026-W48", "2026-W49", "2026-W50"] { #expect(try current(db, "week-expenses", key, today: "2026-12-14") == nil) }
        #expect(try current(db, "week-expenses", "2026-W47", today: "2026-12-14")?.state == .missed)
        // Retired and restored within one week: the item is back.
        try db.retireRoutine(id: "week-expenses", today: d("2026-12-14"), now: now)
        try db.restoreRoutine(id: "week-expenses", today: d("2026-12-15"), settings: .standard)
        try db.prepare(today: d("2026-12-15"), engine: engine, now: now)
        #expect(try current(db, "week-expenses", "2026-W51", today: "2026-12-15")?.state == .open)
        #expect(try db.agenda(today: d("2026-12-15"), engine: engine).section(.week)!.items.contains { $0.occurrence.routineID == "week-expenses" })
    }

    @Test func retiringKeepsADoneCurrentItem() throws {
        let db = try seeded()
        try db.apply(.check, to: try db.resolve(ref: "week-expenses", today: d("2026-11-23"), engine: engine), now: now)
        try db.retireRoutine(id: "week-expenses", today: d("2026-11-23"), now: now)
        #expect(try current(db, "week-expenses", "2026-W48")?.state == .done)
    }

    @Test func moveRenumbersThePeriodAndTheCurrentItemsFollow() throws {
        let db = try seeded()
        let order = try db.moveRoutine(id: "week-expenses", .before("week-learning-meeting"), today: d("2026-11-23"), now: now)
        #expect(order.first?.id == "week-expenses")
        #expect(order.map(\.position) == Array(0..<order.count))
        #expect(try db.routines(period: .week).map(\.id) == order.map(\.id))
        let weekly = try db.agenda(today: d("2026-11-23"), engine: engine).section(.week)!
        #expect(weekly.items.first?.occurrence.routineID == "week-expenses")
        #expect(weekly.items.map(\.occurrence.routineID) == order.map(\.id))
        // History keeps its order.
        #expect(try db.occurrences(periodKey: "2026-W47", today: d("2026-11-23")).first?.routineID == "week-learning-meeting")
        let after = try db.moveRoutine(id: "week-expenses", .after("week-key-home-visit"), today: d("2026-11-23"), now: now)
        #expect(Array(after.map(\.id).prefix(3)) == ["week-learning-meeting", "week-key-home-visit", "week-expenses"])
        #expect(throws: MustDoError.self) { try db.moveRoutine(id: "week-expenses", .before("month-tally-sales"), today: d("2026-11-23"), now: now) }
        #expect(throws: MustDoError.self) { try db.moveRoutine(id: "week-expenses", .before("week-expenses"), today: d("2026-11-23"), now: now) }
        #expect(throws: MustDoError.unknownRef("nope")) { try db.moveRoutine(id: "week-expenses", .before("nope"), today: d("2026-11-23"), now: now) }
    }

    @Test func importMergesReplacesAndAConflictChangesNothing() throws {
        let db = try seeded()
        let total = try count(db, "SELECT COUNT(*) FROM occurrence")
        let bad = try RoutinePack(text: """
        [[routine]]
        id = "week-new"
        period = "week"
        title = "New"
        [[routine]]
        id = "week-expenses"
        period = "month"
        title = "Expenses"
        """, file: "bad.toml")
        #expect(throws: RoutineImportPlan.Conflict.self) {
            try db.importRoutines(bad, mode: .merge, today: d("2026-11-23"), settings: .standard, now: now)
        }
        #expect(try db.routines().count == 99 && !(try db.routines().contains { $0.id == "week-new" }))
        #expect(try count(db, "SELECT COUNT(*) FROM occurrence") == total)

        let good = try RoutinePack(text: """
        [[routine]]
        id = "week-new"
        period = "week"
        title = "New"
        due = "tue"
        [[routine]]
        id = "week-expenses"
        period = "week"
        title = "Expenses, renamed"
        """, file: "good.toml")
        let merged = try db.importRoutines(good, mode: .merge, today: d("2026-11-23"), settings: .standard, now: now)
        #expect(merged.added.map(\.id) == ["week-new"] && merged.updated.map(\.id) == ["week-expenses"])
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        #expect(try current(db, "week-new", "2026-W48")?.due == d("2026-11-24"))
        #expect(try current(db, "week-expenses", "2026-W48")?.title == "Expenses, renamed")
        #expect(try current(db, "week-expenses", "2026-W47")?.title != "Expenses, renamed")
        #expect(try db.routines().filter { $0.retiredOn == nil }.count == 100)

        let replaced = try db.importRoutines(good, mode: .replace, today: d("2026-11-23"), settings: .standard, now: now)
        #expect(replaced.retired.count == 98)
        #expect(try db.routines().filter { $0.retiredOn == nil }.map(\.id) == ["week-new", "week-expenses"])
        #expect(try count(db, "SELECT COUNT(*) FROM occurrence WHERE end < \(d("2026-11-23").dayNumber)") > 0, "history stays")
        #expect(try db.agenda(today: d("2026-11-23"), engine: engine).sections.flatMap(\.items).map(\.occurrence.routineID).sorted() == ["week-expenses", "week-new"])
        // Merging the built-in pack back restores everything.
        let back = try db.importRoutines(try RoutinePack.builtIn(.en), mode: .merge, today: d("2026-11-23"), settings: .standard, now: now)
        #expect(back.restored.count == 98)
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        #expect(try db.agenda(today: d("2026-11-23"), engine: engine).sections.flatMap(\.items).count == 100)
    }
}
