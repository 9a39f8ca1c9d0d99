import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private let now = "2026-11-23T09:00:00"

@Suite struct ExportBackupStoreTests {
    let engine = ScheduleEngine(settings: .standard)

    func seeded(_ path: String) throws -> AppDatabase {
        let db = try AppDatabase.open(path: path)
        try db.seed(pack: try RoutinePack.builtIn(.zh), activeFrom: d("2026-11-16"), now: now)
        try db.prepare(today: d("2026-11-16"), engine: engine, now: now)
        try db.prepare(today: d("2026-11-23"), engine: engine, now: now)
        return db
    }

    @Test func exportReadsARangeInOrderWithMissedDerived() throws {
        let dir = TemporaryDirectory()
        let db = try seeded(dir.file("m.sqlite"))
        try db.apply(.check, to: try db.resolve(ref: "1", today: d("2026-11-23"), engine: engine), now: now)
        let all = try db.exportData(from: nil, to: nil, today: d("2026-11-23"), engine: engine)
        #expect(all.routines.count == 99)
        #expect(all.occurrences.count == (try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM occurrence") }))
        #expect(all.occurrences.map(\.period.start) == all.occurrences.map(\.period.start).sorted())
        #expect(all.occurrences.contains { $0.state == .missed })
        #expect(all.current.count == 99)
        #expect(all.current["day-motivate"]?.state == .done)
        let done = try db.exportData(from: nil, to: nil, doneOnly: true, today: d("2026-11-23"), engine: engine)
        #expect(done.occurrences.map(\.routineID) == ["day-motivate"] && done.occurrences[0].state == .done)
        let week47 = try db.exportData(from: d("2026-11-16"), to: d("2026-11-22"), today: d("2026-11-23"), engine: engine)
        #expect(week47.occurrences.allSatisfy { $0.period.end >= d("2026-11-16") && $0.period.start <= d("2026-11-22") })
        #expect(!week47.occurrences.contains { $0.period.key == "2026-W48" || $0.period.key == "2026-11-23" })
        #expect(week47.occurrences.contains { $0.period.key == "2026" })
    }

    @Test func backupIsAConsistentCopyWhileAnotherConnectionWrites() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("m.sqlite")
        let db = try seeded(path)
        // A second connection keeps checking and unchecking while backups are taken.
        let stop = Flag()
        let writer = Thread {
            guard let other = try? AppDatabase.open(path: path),
                  let id = try? other.resolve(ref: "2", today: d("2026-11-23"), engine: ScheduleEngine(settings: .standard)) else { return }
            var on = true
            while !stop.isSet {
                _ = try? other.apply(on ? .check : .uncheck, to: id, now: now)
                on.toggle()
            }
        }
        writer.start()
        for i in 0..<5 {
            let copy = dir.file("backups/copy-\(i).sqlite")
            try db.backup(to: copy, createFolders: true)
            let q = try DatabaseQueue(path: copy)
            #expect(try q.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
            #expect(try q.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
            #expect(try q.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM routine") } == 99)
            try q.close()
            let reopened = try AppDatabase.open(path: copy)
            #expect(try reopened.routines().count == 99)
        }
        stop.set()
        // An existing file is refused and left alone; overwrite replaces it.
        let target = dir.file("backups/copy-0.sqlite")
        let size = try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int
        #expect(throws: MustDoError.self) { try db.backup(to: target) }
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int == size)
        try db.backup(to: target, overwrite: true)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: dir.file("backups")).contains { $0.contains(".part-") }))
    }

    @Test func dailyBackupsKeepTheNewestSeven() throws {
        let dir = TemporaryDirectory()
        let db = try seeded(dir.file("m.sqlite"))
        let folder = dir.file("backups")
        var day = d("2026-11-01")
        for _ in 0..<10 {
            #expect(try db.rotateDailyBackups(directory: folder, today: day, keep: 7) == folder + "/mustdo-\(day).sqlite")
            day = day.adding(days: 1)
        }
        #expect(try db.rotateDailyBackups(directory: folder, today: d("2026-11-10"), keep: 7) == nil, "today's exists already")
        _ = FileManager.default.createFile(atPath: folder + "/notes.txt", contents: Data("keep me".utf8))
        _ = FileManager.default.createFile(atPath: folder + "/mustdo-manual.sqlite", contents: Data())
        try db.rotateDailyBackups(directory: folder, today: d("2026-11-11"), keep: 7)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["mustdo-2026-11-05.sqlite", "mustdo-2026-11-06.sqlite", "mustdo-2026-11-07.sqlite", "mustdo-2026-11-08.sqlite",
                          "mustdo-2026-11-09.sqlite", "mustdo-2026-11-10.sqlite", "mustdo-2026-11-11.sqlite", "mustdo-manual.sqlite", "notes.txt"])
        #expect(AppDatabase.dailyBackups(in: folder).count == 7)
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}
