import GRDB
import MustDoCore

extension AppDatabase {
    /// Makes sure every due occurrence up to `today` exists and today's items have their refs; writes only when something is missing.
    ///
    /// Idempotent and safe with other processes: occurrences are unique on (routine, period key)
    /// and inserted with `INSERT OR IGNORE` inside one immediate transaction.
    public func prepare(today: LocalDate, engine: ScheduleEngine, now: String) throws {
        let keys = engine.currentPeriods(on: today).map(\.key)
        let day = today.description
        let needed = try read { db in try AppDatabase.needsPreparing(db, day: day, keys: keys) }
        guard needed else { return }
        try write { db in
            guard try AppDatabase.needsPreparing(db, day: day, keys: keys) else { return }
            try AppDatabase.fill(db, today: today, engine: engine, now: now)
            try AppDatabase.assignRefs(db, day: day, keys: keys)
        }
    }

    private static let needsFillSQL = """
        SELECT EXISTS (SELECT 1 FROM routine WHERE
          (filled_through IS NULL AND active_from <= ?1 AND (retired_on IS NULL OR retired_on > active_from)) OR
          (filled_through < ?1 AND (retired_on IS NULL OR retired_on > date(filled_through, '+1 day'))))
        """

    static func needsPreparing(_ db: Database, day: String, keys: [String]) throws -> Bool {
        if try Bool.fetchOne(db, sql: needsFillSQL, arguments: [day]) ?? false { return true }
        let missingRef = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM occurrence o WHERE o.period_key IN (?,?,?,?,?,?)
              AND NOT EXISTS (SELECT 1 FROM day_ref r WHERE r.day = ? AND r.occurrence_id = o.id))
            """, arguments: StatementArguments(keys + [day]))
        return missingRef ?? false
    }

    /// Inserts the missing occurrences of every routine that needs filling.
    static func fill(_ db: Database, today: LocalDate, engine: ScheduleEngine, now: String) throws {
        let routines = try fetchRoutines(db, where: """
            ((filled_through IS NULL AND active_from <= ?1 AND (retired_on IS NULL OR retired_on > active_from)) OR (filled_through < ?1 AND (retired_on IS NULL OR retired_on > date(filled_through, '+1 day'))))
            """, arguments: [today.description])
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO occurrence (routine_id, period_kind, period_key, start, end, due, title, position, target, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let mark = try db.cachedStatement(sql: "UPDATE routine SET filled_through = ? WHERE id = ?")
        for (routine, filledThrough) in routines {
            let plan = engine.periodsToFill(for: routine, filledThrough: filledThrough, today: today)
            for p in plan.periods {
                try insert.execute(arguments: [routine.id, p.kind.rawValue, p.key, p.start.description, p.end.description,
                                               routine.dueDate(in: p, settings: engine.settings)?.description,
                                               routine.title, routine.position, routine.target, now])
            }
            if let f = plan.filledThrough, f != filledThrough { try mark.execute(arguments: [f.description, routine.id]) }
        }
    }

    /// Gives today's current-period occurrences that have no ref yet the next free numbers, in display order.
    static func assignRefs(_ db: Database, day: String, keys: [String]) throws {
        let missing = try Int64.fetchAll(db, sql: """
            SELECT o.id FROM occurrence o WHERE o.period_key IN (?,?,?,?,?,?)
              AND NOT EXISTS (SELECT 1 FROM day_ref r WHERE r.day = ? AND r.occurrence_id = o.id)
            ORDER BY CASE o.period_kind WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'quarter' THEN 3 WHEN 'half' THEN 4 ELSE 5 END,
                     o.position, o.id
            """, arguments: StatementArguments(keys + [day]))
        guard !missing.isEmpty else { return }
        var next = (try Int.fetchOne(db, sql: "SELECT MAX(ref) FROM day_ref WHERE day = ?", arguments: [day]) ?? 0) + 1
        let insert = try db.cachedStatement(sql: "INSERT INTO day_ref (day, ref, occurrence_id) VALUES (?, ?, ?)")
        for id in missing {
            try insert.execute(arguments: [day, next, id])
            next += 1
        }
    }

    static let occurrenceColumns = "o.id, o.routine_id, o.period_kind, o.period_key, o.start, o.end, o.due, o.title, o.state, o.target, o.progress, o.done_at, o.skip_reason, o.note, o.position"

    /// Decodes a row selected with `occurrenceColumns`, deriving "missed" for open items whose period ended before `today`.
    static func occurrence(_ row: Row, today: LocalDate, offset: Int = 0) -> Occurrence {
        let kind = PeriodKind(rawValue: row[offset + 2]) ?? .day
        let start = LocalDate(parsing: row[offset + 4] as String) ?? today
        let end = LocalDate(parsing: row[offset + 5] as String) ?? today
        var state = OccurrenceState(rawValue: row[offset + 8]) ?? .open
        if state == .open && end < today { state = .missed }
        return Occurrence(
            id: row[offset], routineID: row[offset + 1],
            period: Period(kind: kind, start: start, end: end, key: row[offset + 3]),
            title: row[offset + 7], state: state, due: (row[offset + 6] as String?).flatMap { LocalDate(parsing: $0) },
            target: row[offset + 9], progress: row[offset + 10], doneAt: row[offset + 11], skipReason: row[offset + 12],
            note: row[offset + 13], position: row[offset + 14])
    }

    /// Today's agenda: the current period of every kind with its occurrences and refs. Call `prepare` first.
    public func agenda(today: LocalDate, engine: ScheduleEngine) throws -> Agenda {
        let periods = engine.currentPeriods(on: today)
        let keys = periods.map(\.key)
        let day = today.description
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(AppDatabase.occurrenceColumns), r.ref FROM occurrence o
                LEFT JOIN day_ref r ON r.occurrence_id = o.id AND r.day = ?
                WHERE o.period_key IN (?,?,?,?,?,?)
                ORDER BY o.position, o.id
                """, arguments: StatementArguments([day] + keys))
        }
        var byKey: [String: [Agenda.Item]] = [:]
        for row in rows {
            let o = AppDatabase.occurrence(row, today: today)
            byKey[o.period.key, default: []].append(Agenda.Item(ref: row[15] ?? 0, occurrence: o))
        }
        return Agenda(date: today, sections: periods.map { Agenda.Section(period: $0, items: byKey[$0.key] ?? []) })
    }

    /// The occurrences of `periodKey` (any period, past or future), in display order; missed derived for `today`.
    public func occurrences(periodKey: String, today: LocalDate) throws -> [Occurrence] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(AppDatabase.occurrenceColumns) FROM occurrence o WHERE o.period_key = ? ORDER BY o.position, o.id",
                             arguments: [periodKey]).map { AppDatabase.occurrence($0, today: today) }
        }
    }

    /// One occurrence by id, or nil.
    public func occurrence(id: Int64, today: LocalDate) throws -> Occurrence? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(AppDatabase.occurrenceColumns) FROM occurrence o WHERE o.id = ?", arguments: [id])
                .map { AppDatabase.occurrence($0, today: today) }
        }
    }

    /// Resolves a REF typed by the user: a number shown for `today`, or a routine id (its occurrence in the current period).
    public func resolve(ref text: String, today: LocalDate, engine: ScheduleEngine) throws -> Int64 {
        let day = today.description
        if let n = Int(text) {
            if let id = try read({ db in try Int64.fetchOne(db, sql: "SELECT occurrence_id FROM day_ref WHERE day = ? AND ref = ?", arguments: [day, n]) }) {
                return id
            }
            throw MustDoError.unknownRef(text)
        }
        let id = try read { db -> Int64? in
            guard let kindText = try String.fetchOne(db, sql: "SELECT period FROM routine WHERE id = ?", arguments: [text]),
                  let kind = PeriodKind(rawValue: kindText) else { return nil }
            let key = Period.containing(today, kind: kind, settings: engine.settings).key
            return try Int64.fetchOne(db, sql: "SELECT id FROM occurrence WHERE routine_id = ? AND period_key = ?", arguments: [text, key])
        }
        guard let id else { throw MustDoError.unknownRef(text) }
        return id
    }
}
