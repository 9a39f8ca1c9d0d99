import GRDB
import MustDoCore

extension AppDatabase {
    /// Adds a one-off task for `day` in its own transaction: it shows in the Daily list from that day on and carries over until done or dropped. Returns its occurrence id.
    @discardableResult
    public func addTask(title: String, day: LocalDate, now: String) throws -> Int64 {
        let trimmed = try UserInput.taskTitle(title)
        return try write { db in
            let n = (try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'next_task'").flatMap { $0 } ?? 1)
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('next_task', ?)", arguments: [String(n + 1)])
            let id = Occurrence.taskPrefix + String(n)
            let titleID = try AppDatabase.titleID(db, routine: id, text: trimmed)
            try db.execute(sql: """
                INSERT INTO occurrence (routine_id, period_kind, period_key, start, end, title_id, position, updated_at)
                VALUES (?, 'task', ?, ?, ?, ?, ?, ?)
                """, arguments: [id, id, day.dayNumber, Occurrence.openEnded.dayNumber, titleID, 1_000_000 + n, now])
            return db.lastInsertedRowID
        }
    }

    /// Copies a left-over occurrence (e.g. yesterday's missed item) as a one-off task for `day`; returns the task's id.
    @discardableResult
    public func carryOver(_ occurrenceID: Int64, to day: LocalDate, now: String) throws -> Int64 {
        guard let o = try occurrence(id: occurrenceID, today: day) else { throw MustDoError.unknownRef(String(occurrenceID)) }
        return try addTask(title: o.title, day: day, now: now)
    }
}
