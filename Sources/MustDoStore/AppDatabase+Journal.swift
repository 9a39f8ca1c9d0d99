import GRDB
import MustDoCore

extension AppDatabase {
    /// The journal entry for a day or week key (empty when nothing was written).
    public func journal(_ key: String) throws -> JournalEntry {
        try read { db in try AppDatabase.journal(db, key) }
    }

    static func journal(_ db: Database, _ key: String) throws -> JournalEntry {
        guard let row = try Row.fetchOne(db, sql: "SELECT plan, review FROM journal WHERE key = ?", arguments: [key]) else {
            return JournalEntry(key: key)
        }
        return JournalEntry(key: key, plan: row[0], review: row[1])
    }

    /// The journal entries whose keys fall between two keys (inclusive), non-empty ones only, in key order.
    public func journal(from: String, through: String) throws -> [JournalEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT key, plan, review FROM journal WHERE key BETWEEN ? AND ? AND (plan != '' OR review != '') ORDER BY key",
                             arguments: [from, through]).map { JournalEntry(key: $0[0], plan: $0[1], review: $0[2]) }
        }
    }

    /// Writes one part (or both) of a journal entry in its own transaction; nil leaves a part as it is. Returns the entry before and after.
    @discardableResult
    public func setJournal(_ key: String, plan: String? = nil, review: String? = nil, now: String) throws -> (before: JournalEntry, after: JournalEntry) {
        try write { db in
            let before = try AppDatabase.journal(db, key)
            var after = before
            if let plan { after.plan = plan }
            if let review { after.review = review }
            try db.execute(sql: """
                INSERT INTO journal (key, plan, review, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET plan = excluded.plan, review = excluded.review, updated_at = excluded.updated_at
                """, arguments: [key, after.plan, after.review, now])
            return (before, after)
        }
    }

    /// Appends a line to one part (or both) of a journal entry, read and written in one transaction so concurrent appends are never lost. Returns the entry before and after.
    @discardableResult
    public func appendJournal(_ key: String, plan: String? = nil, review: String? = nil, now: String) throws -> (before: JournalEntry, after: JournalEntry) {
        try write { db in
            let before = try AppDatabase.journal(db, key)
            var after = before
            func joined(_ old: String, _ line: String) -> String { old.isEmpty ? line : (old.hasSuffix("\n") ? old + line : old + "\n" + line) }
            if let plan { after.plan = joined(after.plan, plan) }
            if let review { after.review = joined(after.review, review) }
            try db.execute(sql: """
                INSERT INTO journal (key, plan, review, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET plan = excluded.plan, review = excluded.review, updated_at = excluded.updated_at
                """, arguments: [key, after.plan, after.review, now])
            return (before, after)
        }
    }

    /// Journal entries containing `text` (plan or review), newest first.
    public func searchJournal(_ text: String, limit: Int = 50) throws -> [JournalEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT key, plan, review FROM journal WHERE instr(lower(plan), lower(?1)) > 0 OR instr(lower(review), lower(?1)) > 0 ORDER BY key DESC LIMIT ?2",
                             arguments: [text, limit]).map { JournalEntry(key: $0[0], plan: $0[1], review: $0[2]) }
        }
    }
}
