import GRDB
import MustDoCore

extension AppDatabase {
    /// Adds a one-off task for `day` in its own transaction: it shows in the Daily list from that day on and carries over until done or dropped. Returns its occurrence id.
    @discardableResult
    public func addTask(title: String, day: LocalDate, now: String) throws -> Int64 {
        let trimmed = try UserInput.taskTitle(title)
        return try write { db in try AppDatabase.insertTask(db, title: trimmed, day: day, now: now) }
    }

    private static func insertTask(_ db: Database, title: String, day: LocalDate, now: String) throws -> Int64 {
        let n = (try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'next_task'").flatMap { $0 } ?? 1)
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('next_task', ?)", arguments: [String(n + 1)])
        let id = Occurrence.taskPrefix + String(n)
        let titleID = try AppDatabase.titleID(db, routine: id, text: title)
        try db.execute(sql: """
            INSERT INTO occurrence (routine_id, period_kind, period_key, start, end, title_id, position, updated_at)
            VALUES (?, 'task', ?, ?, ?, ?, ?, ?)
            """, arguments: [id, id, day.dayNumber, Occurrence.openEnded.dayNumber, titleID, 1_000_000 + n, now])
        return db.lastInsertedRowID
    }

    /// What carrying a leftover over did: the leftover before and after (settled as skipped, "carried over to DAY"), its title, and the new task.
    public struct CarriedOver: Sendable {
        /// The leftover before.
        public var before: OccurrenceSnapshot
        /// The leftover after.
        public var after: OccurrenceSnapshot
        /// Its title (the task's too).
        public var title: String
        /// The new task's occurrence id.
        public var task: Int64
    }

    /// Carries a leftover over: a one-off task with its title for `day`, then the leftover settled as skipped with `reason`
    /// (e.g. "carried over to DAY"), so that it leaves the leftovers and cannot be carried twice; when settling fails the task is
    /// removed again. Undone by `undoCarryOver`.
    public func carryOverSettling(_ occurrenceID: Int64, to day: LocalDate, reason: String, now: String) throws -> CarriedOver {
        guard let o = try occurrence(id: occurrenceID, today: day) else { throw MustDoError.unknownRef(String(occurrenceID)) }
        let task = try write { db in try AppDatabase.insertTask(db, title: o.title, day: day, now: now) }
        do {
            let r = try apply(.skip(reason: reason), to: occurrenceID, now: now)
            return CarriedOver(before: r.before, after: r.after, title: o.title, task: task)
        } catch {
            _ = try? write { db in try db.execute(sql: "DELETE FROM occurrence WHERE id = ? AND period_kind = 'task'", arguments: [task]) }
            throw error
        }
    }

    /// Undoes a carry-over: the task goes (unless it was changed since) and the leftover goes back to `to`; refused with `ChangedSince` when either was changed by someone else.
    public func undoCarryOver(task: Int64, from: OccurrenceSnapshot, to: OccurrenceSnapshot, now: String) throws -> (before: OccurrenceSnapshot, after: OccurrenceSnapshot) {
        let untouched = try read { db in
            try Int64.fetchOne(db, sql: "SELECT version FROM occurrence WHERE id = ? AND period_kind = 'task'", arguments: [task])
        }
        guard untouched == 0 else { throw ChangedSince.changedSince }
        let r = try apply(.revert(from: from, to: to), to: from.id, now: now)
        _ = try write { db in try db.execute(sql: "DELETE FROM occurrence WHERE id = ? AND period_kind = 'task' AND version = 0", arguments: [task]) }
        return r
    }

    /// Copies a left-over occurrence (e.g. yesterday's missed item) as a one-off task for `day`; returns the task's id.
    @discardableResult
    public func carryOver(_ occurrenceID: Int64, to day: LocalDate, now: String) throws -> Int64 {
        guard let o = try occurrence(id: occurrenceID, today: day) else { throw MustDoError.unknownRef(String(occurrenceID)) }
        return try addTask(title: o.title, day: day, now: now)
    }
}
