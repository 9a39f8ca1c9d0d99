import GRDB
import MustDoCore

extension AppDatabase {
    /// Whether any routine has been stored yet (a database is seeded once).
    public func isSeeded() throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM routine)") ?? false }
    }

    /// Stores the routines of `pack`, active from `activeFrom`, unless routines exist already; returns how many were added.
    @discardableResult
    public func seed(pack: RoutinePack, activeFrom: LocalDate, now: String) throws -> Int {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM routine)") ?? false { return 0 }
            for r in pack.routines {
                var routine = r
                if routine.activeFrom.dayNumber == 0 { routine.activeFrom = activeFrom }
                try AppDatabase.insert(routine, db: db, now: now)
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('pack', ?), ('pack_language', ?)",
                           arguments: [pack.id, pack.language.rawValue])
            return pack.routines.count
        }
    }

    static func insert(_ r: Routine, db: Database, now: String) throws {
        try db.execute(sql: """
            INSERT INTO routine (id, title, period, position, due_rule, target, workdays_only, tags, note, active_from, retired_on, created_at, link)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.id, r.title, r.period.rawValue, r.position, r.due?.description, r.target, r.workdaysOnly,
                             r.tags.joined(separator: ","), r.note, r.activeFrom.description, r.retiredOn?.description, now, r.link?.rawValue])
    }

    /// The routines, optionally of one period, in display order (retired ones included).
    public func routines(period: PeriodKind? = nil) throws -> [Routine] {
        try read { db in try AppDatabase.fetchRoutines(db, period: period).map(\.routine) }
    }

    static func fetchRoutines(_ db: Database, period: PeriodKind? = nil, where extra: String = "", arguments: StatementArguments = []) throws -> [(routine: Routine, filledThrough: LocalDate?)] {
        var sql = "SELECT id, title, period, position, due_rule, target, workdays_only, tags, note, active_from, retired_on, filled_through, link FROM routine"
        var args = StatementArguments()
        var conditions: [String] = []
        if let period { conditions.append("period = ?"); args += [period.rawValue] }
        if !extra.isEmpty { conditions.append(extra); args += arguments }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY CASE period WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'quarter' THEN 3 WHEN 'half' THEN 4 ELSE 5 END, position, id"
        return try Row.fetchAll(db, sql: sql, arguments: args).map { row in
            let tags: String = row[7]
            let routine = Routine(
                id: row[0], title: row[1], period: PeriodKind(rawValue: row[2]) ?? .day, position: row[3],
                due: (row[4] as String?).flatMap { DueRule(text: $0) }, target: row[5], workdaysOnly: row[6],
                tags: tags.isEmpty ? [] : tags.split(separator: ",").map(String.init), note: row[8],
                activeFrom: LocalDate(parsing: row[9] as String) ?? LocalDate(dayNumber: 0),
                retiredOn: (row[10] as String?).flatMap { LocalDate(parsing: $0) },
                link: (row[12] as String?).flatMap { ActivityKind(rawValue: $0) })
            return (routine, (row[11] as String?).flatMap { LocalDate(parsing: $0) })
        }
    }

    /// The id of `text` as a title of `routine`, adding it when new.
    static func titleID(_ db: Database, routine: String, text: String) throws -> Int64 {
        try db.execute(sql: "INSERT OR IGNORE INTO title (routine_id, text) VALUES (?, ?)", arguments: [routine, text])
        return try Int64.fetchOne(db, sql: "SELECT id FROM title WHERE routine_id = ? AND text = ?", arguments: [routine, text])!
    }

    /// A stored setting or marker (`meta` table), or nil.
    public func meta(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Stores a setting or marker in its own transaction.
    public func setMeta(_ key: String, _ value: String) throws {
        try write { db in try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value]) }
    }
}

extension AppDatabase {
    /// Saves an edited routine; its current and future occurrences take the new title, target and position, history keeps the old ones.
    public func updateRoutine(_ r: Routine, today: LocalDate, now: String) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM routine WHERE id = ?)", arguments: [r.id]) ?? false else {
                throw MustDoError.unknownRef(r.id)
            }
            try db.execute(sql: """
                UPDATE routine SET title = ?, position = ?, due_rule = ?, target = ?, workdays_only = ?, tags = ?, note = ?, link = ? WHERE id = ?
                """, arguments: [r.title, r.position, r.due?.description, r.target, r.workdaysOnly, r.tags.joined(separator: ","), r.note, r.link?.rawValue, r.id])
            try db.execute(sql: """
                UPDATE occurrence SET title_id = ?, position = ?, target = ?, updated_at = ? WHERE routine_id = ? AND end >= ?
                """, arguments: [try AppDatabase.titleID(db, routine: r.id, text: r.title), r.position, r.target, now, r.id, today.dayNumber])
        }
    }

    /// Retires a routine on `today`: no new occurrences; its current occurrence leaves the lists unless already done or skipped; history stays.
    public func retireRoutine(id: String, today: LocalDate, now: String) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM routine WHERE id = ?)", arguments: [id]) ?? false else {
                throw MustDoError.unknownRef(id)
            }
            try db.execute(sql: "UPDATE routine SET retired_on = ? WHERE id = ?", arguments: [today.description, id])
            try db.execute(sql: "DELETE FROM occurrence WHERE routine_id = ? AND end >= ? AND state = 'open'", arguments: [id, today.dayNumber])
        }
    }

    /// Adds a new routine, active from `today`; it appears in the current period at the next `prepare`.
    public func addRoutine(_ r: Routine, now: String) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM routine WHERE id = ?)", arguments: [r.id]) ?? false {
                throw MustDoError.invalidArgument("A routine with the id '\(r.id)' exists already: choose another id.")
            }
            try AppDatabase.insert(r, db: db, now: now)
        }
    }
}

extension AppDatabase {
    /// After the week start or fiscal start changed: the current occurrence of each routine of `kinds` moves to the
    /// period of the new shape that contains `today`, keeping its state, count, note, refs and focus mark (this week's
    /// checked items stay checked, a focused item stays focused). Where both shapes already have an occurrence of
    /// today (a change made, undone and made again), the one with work on it is kept in the new period and the
    /// untouched one is removed, its refs and focus passed on; two with work on them both stay, the old one as history.
    /// Earlier periods keep their own keys and dates.
    static func reshapeCurrentPeriods(_ db: Database, kinds: [PeriodKind], settings: CalendarSettings, today: LocalDate) throws {
        for kind in kinds {
            let period = Period.containing(today, kind: kind, settings: settings)
            let routines = Dictionary(try fetchRoutines(db, period: kind).map { ($0.routine.id, $0.routine) }, uniquingKeysWith: { a, _ in a })
            let current = try Row.fetchAll(db, sql: """
                SELECT id, routine_id, state <> 'open' OR progress > 0 OR note IS NOT NULL FROM occurrence
                WHERE period_kind = ? AND start <= ? AND end >= ? AND period_key <> ?
                """, arguments: [kind.rawValue, today.dayNumber, today.dayNumber, period.key])
            for row in current {
                let id: Int64 = row[0], routineID: String = row[1], worked: Bool = row[2]
                if let other = try Row.fetchOne(db, sql: """
                    SELECT id, state <> 'open' OR progress > 0 OR note IS NOT NULL FROM occurrence WHERE period_key = ? AND routine_id = ?
                    """, arguments: [period.key, routineID]) {
                    let otherID: Int64 = other[0], otherWorked: Bool = other[1]
                    if worked && otherWorked { continue }
                    let (keep, drop) = worked ? (id, otherID) : (otherID, id)
                    try db.execute(sql: "UPDATE OR IGNORE focus SET occurrence_id = ? WHERE occurrence_id = ?", arguments: [keep, drop])
                    try db.execute(sql: "UPDATE OR IGNORE day_ref SET occurrence_id = ? WHERE occurrence_id = ?", arguments: [keep, drop])
                    try db.execute(sql: "DELETE FROM occurrence WHERE id = ?", arguments: [drop])
                    if keep == otherID { continue }
                }
                let due = routines[routineID].flatMap { $0.dueDate(in: period, settings: settings) }
                try db.execute(sql: "UPDATE occurrence SET period_key = ?, start = ?, end = ?, due = ? WHERE id = ?",
                               arguments: [period.key, period.start.dayNumber, period.end.dayNumber, due?.dayNumber, id])
            }
        }
    }
}
