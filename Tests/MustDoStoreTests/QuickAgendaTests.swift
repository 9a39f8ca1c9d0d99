import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private func m(_ s: String) -> LocalDateTime { LocalDateTime(parsing: s)! }
private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

/// `mustdo today`'s read straight through SQLite (issue 14, start-up): the same agenda as the full path, and nothing
/// for any file or day the full path would refuse, migrate or prepare (the caller then takes the full path).
@Suite(.serialized) struct QuickAgendaTests {
    let engine = ScheduleEngine(settings: .standard)
    let today = d("2026-11-25")
    let now = "2026-11-25T18:00:00"

    /// A file with the English pack from 2026-11-16, prepared for the 25th, with what an agenda shows besides routines:
    /// done, skipped and counted items, a note, a task, a task done today, focus, and visits that count toward items.
    func seededFile(_ dir: TemporaryDirectory) throws -> String {
        let path = dir.file("db.sqlite")
        let db = try AppDatabase.open(path: path)
        try db.seed(pack: try RoutinePack.builtIn(.en), activeFrom: d("2026-11-16"), now: "2026-11-16T08:00:00")
        try db.prepare(today: d("2026-11-16"), engine: engine, now: "2026-11-16T08:00:00")
        let a = try db.addCustomer(Customer(name: "张三"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        let b = try db.addCustomer(Customer(name: "李四"), prefix: "KH-2026-", now: "2026-11-20T09:05:00")
        try db.prepare(today: today, engine: engine, now: "2026-11-25T08:00:00")
        for (c, at) in [(a, "2026-11-25 08:30"), (b, "2026-11-25 08:40")] {
            var v = Visit(kind: .message, at: m(at), customerID: c.id, goal: VisitGoal("catch up"), result: "done")
            v.alsoCounts = [.greeting]
            try db.logVisit(v, now: now)
        }
        let task = try db.addTask(title: "Send the quote to Mr. Wang", day: today, now: now)
        let done = try db.addTask(title: "Call the bank", day: today, now: now)
        try db.prepare(today: today, engine: engine, now: now)
        try db.apply(.check, to: try db.resolve(ref: "1", today: today, engine: engine), now: now)
        try db.apply(.skip(reason: "rain"), to: try db.resolve(ref: "2", today: today, engine: engine), now: now)
        try db.apply(.setNote("first line\nsecond line"), to: try db.resolve(ref: "3", today: today, engine: engine), now: now)
        try db.apply(.check, to: done, now: now)
        _ = try db.toggleFocus(task, day: today)
        _ = try db.toggleFocus(try db.resolve(ref: "4", today: today, engine: engine), day: today)
        db.closeBeforeExit()
        return path
    }

    @Test func theQuickReadIsTheFullPathsAgendaAndLeavesNoFileBehind() throws {
        let dir = TemporaryDirectory()
        let path = try seededFile(dir)
        let quick = try #require(AppDatabase.quickAgenda(path: path, today: today, engine: engine))
        for file in [path + "-wal", path + "-shm"] { #expect(!FileManager.default.fileExists(atPath: file), "\(file) left behind") }
        let db = try AppDatabase.open(path: path)
        defer { db.closeBeforeExit() }
        let full = try db.agenda(today: today, engine: engine)
        #expect(quick == full)
        let items = quick.sections.flatMap(\.items)
        #expect(items.count > 30 && Set(items.map(\.ref)).count == items.count)
        #expect(quick.focus.count == 2 && items.contains { !$0.occurrence.countedBy.isEmpty } && items.contains { $0.occurrence.isTask })
        #expect(items.contains { $0.occurrence.note == "first line\nsecond line" } && items.contains { $0.occurrence.state == .skipped })
        // The next week: earlier items are missed, the week's items new and not yet numbered, so the full path prepares.
        #expect(AppDatabase.quickAgenda(path: path, today: d("2026-11-30"), engine: engine) == nil)
    }

    /// A change to the seeded file after which the full path refuses, migrates or prepares: the quick read must leave it.
    static let changes: [(String, String)] = [
        ("a damaged routine table", "damage routine"),
        ("a damaged index of the migrations table", "damage sqlite_autoindex_grdb_migrations_1"),
        ("a routine breaking its CHECK", "UPDATE routine SET period = 'fortnight' WHERE rowid = (SELECT MIN(rowid) FROM routine)"),
        ("a target of 0", "UPDATE routine SET target = 0 WHERE rowid = (SELECT MAX(rowid) FROM routine)"),
        ("a dropped table", "DROP TABLE journal"),
        ("a migration of a newer MustDo", "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')"),
        ("a migration not applied yet", "DELETE FROM grdb_migrations WHERE identifier = (SELECT MAX(identifier) FROM grdb_migrations)"),
        ("a rollback journal instead of WAL", "PRAGMA journal_mode = DELETE"),
        ("another week start", "UPDATE meta SET value = 'week=sunday;fiscal=1' WHERE key = 'calendar'"),
        ("a routine not filled yet", "UPDATE routine SET filled_through = '2026-11-20' WHERE rowid = (SELECT MIN(rowid) FROM routine)"),
        ("an item without its number", "DELETE FROM day_ref WHERE day = '2026-11-25' AND ref = (SELECT MAX(ref) FROM day_ref WHERE day = '2026-11-25')"),
        ("no calendar settings recorded", "DELETE FROM meta WHERE key = 'calendar'"),
        ("not a database", "overwrite"),
    ]

    @Test(arguments: 0..<QuickAgendaTests.changes.count)
    func whatTheFullPathRefusesMigratesOrPreparesIsLeftToIt(_ index: Int) throws {
        let (what, change) = QuickAgendaTests.changes[index]
        let dir = TemporaryDirectory()
        let path = try seededFile(dir)
        #expect(AppDatabase.quickAgenda(path: path, today: today, engine: engine) != nil, "the seeded file reads quickly")
        switch change {
        case "overwrite":
            let h = FileHandle(forWritingAtPath: path)!
            h.write(Data(repeating: 0xA5, count: 4096))
            h.closeFile()
        case let c where c.hasPrefix("damage "):
            let name = String(c.dropFirst("damage ".count))
            let (root, pageSize) = try DatabaseQueue(path: path).read { db in
                (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [name])!,
                 try Int.fetchOne(db, sql: "PRAGMA page_size")!)
            }
            let h = FileHandle(forWritingAtPath: path)!
            h.seek(toFileOffset: UInt64((root - 1) * pageSize))
            h.write(Data(repeating: 0xA5, count: 40))
            h.closeFile()
        default:
            try DatabaseQueue(path: path).writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                try db.execute(sql: change)
            }
        }
        let before = bytes(path)
        #expect(AppDatabase.quickAgenda(path: path, today: today, engine: engine) == nil, "\(what)")
        #expect(bytes(path) == before, "\(what): the file was changed")
    }

    @Test func aMissingFileIsLeftToTheFullPathAndNotCreated() {
        let dir = TemporaryDirectory()
        #expect(AppDatabase.quickAgenda(path: dir.file("none.sqlite"), today: today, engine: engine) == nil)
        #expect(!FileManager.default.fileExists(atPath: dir.file("none.sqlite")))
        #expect(AppDatabase.quickAgenda(path: dir.path, today: today, engine: engine) == nil)
    }
}
