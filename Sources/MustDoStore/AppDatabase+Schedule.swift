import GRDB
import GRDBSQLite
import MustDoCore

extension AppDatabase {
    /// Makes sure every due occurrence up to `today` exists and today's items have their refs; writes only when something is missing.
    ///
    /// Idempotent and safe with other processes: occurrences are unique on (routine, period key)
    /// and inserted with `INSERT OR IGNORE` inside one immediate transaction.
    public func prepare(today: LocalDate, engine: ScheduleEngine, now: String) throws {
        let keys = engine.currentPeriods(on: today).map(\.key)
        let day = today.description
        let signature = AppDatabase.calendarSignature(engine.settings)
        let (needed, stored) = try read { db in
            (try AppDatabase.needsPreparing(db, day: day, keys: keys), try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'calendar'"))
        }
        guard needed || stored != signature else { return }
        try write { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'calendar'")
            if stored != signature {
                if let stored { try AppDatabase.switchCalendar(db, from: stored, to: engine.settings, today: today) }
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('calendar', ?)", arguments: [signature])
            }
            guard try AppDatabase.needsPreparing(db, day: day, keys: keys) else { return }
            try AppDatabase.fill(db, today: today, engine: engine, now: now)
            try AppDatabase.assignRefs(db, day: day, keys: keys)
        }
    }

    /// The settings that shape period keys: week start and fiscal start month.
    static func calendarSignature(_ s: CalendarSettings) -> String { "week=\(s.weekStart.rawValue);fiscal=\(s.fiscalStartMonth)" }

    /// After the week start or fiscal start changed: the affected kinds start over with the period that contains today.
    ///
    /// Past occurrences keep their own keys and dates; current ones move to the new period containing today
    /// (`reshapeCurrentPeriods`). The routines' watermarks go back to yesterday so missing ones are made now.
    static func switchCalendar(_ db: Database, from stored: String, to settings: CalendarSettings, today: LocalDate) throws {
        var kinds: [PeriodKind] = []
        if !stored.contains("week=\(settings.weekStart.rawValue);") { kinds.append(.week) }
        if !stored.hasSuffix("fiscal=\(settings.fiscalStartMonth)") { kinds += [.quarter, .half, .year] }
        guard !kinds.isEmpty else { return }
        let list = kinds.map { "'\($0.rawValue)'" }.joined(separator: ",")
        try reshapeCurrentPeriods(db, kinds: kinds, settings: settings, today: today)
        try db.execute(sql: "UPDATE routine SET filled_through = ? WHERE period IN (\(list)) AND filled_through >= ?",
                       arguments: [today.adding(days: -1).description, today.adding(days: -1).description])
    }

    /// Routines that may need occurrences up to day ?1: never filled (and not retired before starting), or filled before ?1 and not retired by then.
    static let fillCondition = """
        ((filled_through IS NULL AND active_from <= ?1 AND (retired_on IS NULL OR retired_on > active_from)) OR
         (filled_through < ?1 AND (retired_on IS NULL OR retired_on > date(filled_through, '+1 day'))))
        """

    private static let needsFillSQL = "SELECT EXISTS (SELECT 1 FROM routine WHERE \(fillCondition))"

    /// The occurrences listed on a day: those of the six current periods (?1–?6) and the one-off tasks shown that day (?7 day number, ?8 day text): open ones begun by then, and ones done or dropped that day.
    static let listedTodayCondition = """
        o.id IN (SELECT id FROM occurrence WHERE period_key IN (?1,?2,?3,?4,?5,?6)
                 UNION ALL
                 SELECT id FROM occurrence WHERE period_kind = 'task' AND ((state = 'open' AND start <= ?7)
                   OR substr(done_at, 1, 10) = ?8 OR (state = 'skipped' AND substr(updated_at, 1, 10) = ?8)))
        """

    /// Arguments for `listedTodayCondition`.
    static func listedTodayArguments(keys: [String], today: LocalDate) -> StatementArguments {
        StatementArguments(keys) + [today.dayNumber, today.description]
    }

    static func needsPreparing(_ db: Database, day: String, keys: [String]) throws -> Bool {
        if try Bool.fetchOne(db, sql: needsFillSQL, arguments: [day]) ?? false { return true }
        let today = LocalDate(parsing: day)!
        let missingRef = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM occurrence o WHERE \(listedTodayCondition)
              AND NOT EXISTS (SELECT 1 FROM day_ref r WHERE r.day = ?8 AND r.occurrence_id = o.id))
            """, arguments: listedTodayArguments(keys: keys, today: today))
        return missingRef ?? false
    }

    /// Inserts the missing occurrences of every routine that needs filling.
    ///
    /// Rows are sorted by (period key, routine) so the unique index grows at its end, and bound
    /// through SQLite's C API: ten years of the full pack is about 90,000 rows.
    static func fill(_ db: Database, today: LocalDate, engine: ScheduleEngine, now: String) throws {
        let routines = try fetchRoutines(db, where: fillCondition, arguments: [today.description])
        var rows: [(period: Period, routine: Int)] = []
        var marks: [(String, LocalDate)] = []
        for (index, (routine, filledThrough)) in routines.enumerated() {
            let plan = engine.periodsToFill(for: routine, filledThrough: filledThrough, today: today)
            for p in plan.periods { rows.append((p, index)) }
            if let f = plan.filledThrough, f != filledThrough { marks.append((routine.id, f)) }
        }
        let titles = try routines.map { try titleID(db, routine: $0.routine.id, text: $0.routine.title) }
        rows.sort { a, b in a.period.key != b.period.key ? a.period.key < b.period.key : routines[a.routine].routine.id < routines[b.routine].routine.id }
        let insert = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO occurrence (routine_id, period_kind, period_key, start, end, due, title_id, position, target)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        let stmt = insert.sqliteStatement
        for (p, index) in rows {
            let r = routines[index].routine
            sqlite3_reset(stmt)
            sqlite3_bind_int64(stmt, 4, Int64(p.start.dayNumber))
            sqlite3_bind_int64(stmt, 5, Int64(p.end.dayNumber))
            if let due = r.dueDate(in: p, settings: engine.settings) { sqlite3_bind_int64(stmt, 6, Int64(due.dayNumber)) } else { sqlite3_bind_null(stmt, 6) }
            sqlite3_bind_int64(stmt, 7, titles[index])
            sqlite3_bind_int64(stmt, 8, Int64(r.position))
            if let t = r.target { sqlite3_bind_int64(stmt, 9, Int64(t)) } else { sqlite3_bind_null(stmt, 9) }
            // Text is bound without a copy (SQLITE_STATIC), so the step runs while the buffers are pinned.
            let code = withText(r.id) { id in withText(p.kind.rawValue) { kind in withText(p.key) { key in
                sqlite3_bind_text(stmt, 1, id.0, id.1, nil)
                sqlite3_bind_text(stmt, 2, kind.0, kind.1, nil)
                sqlite3_bind_text(stmt, 3, key.0, key.1, nil)
                return sqlite3_step(stmt)
            } } }
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
        sqlite3_reset(stmt)
        // Activities logged before their period's item was made (a visit logged before the day's first `prepare`) count now.
        var firstNew: [String: LocalDate] = [:]
        for (p, index) in rows where routines[index].routine.link != nil {
            let id = routines[index].routine.id
            if firstNew[id].map({ p.start < $0 }) ?? true { firstNew[id] = p.start }
        }
        if !firstNew.isEmpty {
            try countEarlierActivities(db, routines: routines.map(\.routine).filter { firstNew[$0.id] != nil }, firstNew: firstNew,
                                       settings: engine.settings, today: today, now: now)
        }
        // Days added before a routine's cached streak day (a back-dated routine) invalidate its cache.
        var earliest: [Int: Int] = [:]
        for (p, index) in rows where routines[index].routine.period == .day { earliest[index] = min(earliest[index] ?? Int.max, p.start.dayNumber) }
        for (index, start) in earliest {
            try db.execute(sql: "DELETE FROM streak_cache WHERE routine_id = ? AND through >= ?", arguments: [routines[index].routine.id, start])
        }
        let mark = try db.cachedStatement(sql: "UPDATE routine SET filled_through = ? WHERE id = ?")
        for (id, f) in marks { try mark.execute(arguments: [f.description, id]) }
    }

    private static func withText<T>(_ text: String, _ body: ((UnsafePointer<CChar>, Int32)) -> T) -> T {
        var t = text
        return t.withUTF8 { buf in body((UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(buf.count))) }
    }

    /// Gives today's current-period occurrences that have no ref yet the next free numbers, in display order.
    static func assignRefs(_ db: Database, day: String, keys: [String]) throws {
        let missing = try Int64.fetchAll(db, sql: """
            SELECT o.id FROM occurrence o WHERE \(listedTodayCondition)
              AND NOT EXISTS (SELECT 1 FROM day_ref r WHERE r.day = ?8 AND r.occurrence_id = o.id)
            ORDER BY CASE o.period_kind WHEN 'day' THEN 0 WHEN 'task' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'quarter' THEN 3 WHEN 'half' THEN 4 ELSE 5 END,
                     o.position, o.id
            """, arguments: listedTodayArguments(keys: keys, today: LocalDate(parsing: day)!))
        guard !missing.isEmpty else { return }
        var next = (try Int.fetchOne(db, sql: "SELECT MAX(ref) FROM day_ref WHERE day = ?", arguments: [day]) ?? 0) + 1
        let insert = try db.cachedStatement(sql: "INSERT INTO day_ref (day, ref, occurrence_id) VALUES (?, ?, ?)")
        for id in missing {
            try insert.execute(arguments: [day, next, id])
            next += 1
        }
    }

    static let occurrenceColumns = "o.id, o.routine_id, o.period_kind, o.period_key, o.start, o.end, o.due, (SELECT text FROM title WHERE id = o.title_id), o.state, o.target, o.progress, o.done_at, o.skip_reason, o.note, o.position"

    /// Decodes a row selected with `occurrenceColumns`, deriving "missed" for open items whose period ended before `today`.
    static func occurrence(_ row: Row, today: LocalDate, offset: Int = 0) -> Occurrence {
        let kind = PeriodKind(rawValue: row[offset + 2]) ?? .day
        let start = LocalDate(dayNumber: row[offset + 4])
        let end = LocalDate(dayNumber: row[offset + 5])
        var state = OccurrenceState(rawValue: row[offset + 8]) ?? .open
        if state == .open && end < today { state = .missed }
        return Occurrence(
            id: row[offset], routineID: row[offset + 1],
            period: Period(kind: kind, start: start, end: end, key: row[offset + 3]),
            title: row[offset + 7], state: state, due: (row[offset + 6] as Int?).map { LocalDate(dayNumber: $0) },
            target: row[offset + 9], progress: row[offset + 10], doneAt: row[offset + 11], skipReason: row[offset + 12],
            note: row[offset + 13], position: row[offset + 14])
    }

    /// Today's agenda: the current period of every kind with its occurrences and refs. Call `prepare` first.
    public func agenda(today: LocalDate, engine: ScheduleEngine) throws -> Agenda {
        try read { db in try AppDatabase.agenda(db, today: today, engine: engine).agenda }
    }

    /// Today's agenda when the day needs no preparing — routines seeded and all filled, the calendar settings unchanged,
    /// every listed item numbered — read in one transaction; nil when `prepare` (and seeding) has work to do.
    ///
    /// What `isSeeded`, `prepare`'s checks and `agenda` read in three transactions and five statements, in one and three:
    /// the agenda's own rows tell whether a listed item lacks its number (issue 14, start-up).
    public func agendaIfPrepared(today: LocalDate, engine: ScheduleEngine) throws -> Agenda? {
        let signature = AppDatabase.calendarSignature(engine.settings)
        return try read { db -> Agenda? in
            let state = try Row.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM routine), EXISTS (SELECT 1 FROM routine WHERE \(AppDatabase.fillCondition)),
                       (SELECT value FROM meta WHERE key = 'calendar')
                """, arguments: [today.description])
            guard let state, state[0] as Bool, !(state[1] as Bool), state[2] as String? == signature else { return nil }
            let (agenda, complete) = try AppDatabase.agenda(db, today: today, engine: engine)
            return complete ? agenda : nil
        }
    }

    /// Reads today's agenda; `complete` is false when a listed item has no number for the day yet.
    private static func agenda(_ db: Database, today: LocalDate, engine: ScheduleEngine) throws -> (agenda: Agenda, complete: Bool) {
        let periods = engine.currentPeriods(on: today)
        let keys = periods.map(\.key)
        let day = today.description
        let dayKey = periods[0].key
        // Decoded from the cursor's rows, which read the statement's columns in place: copying each row into a
        // `Row` of `DatabaseValue`s first cost about 16k instructions per listed item (issue 14, start-up).
        var byKey: [String: [Agenda.Item]] = [:]
        var complete = true
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(AppDatabase.occurrenceColumns), r.ref FROM occurrence o
            LEFT JOIN day_ref r ON r.occurrence_id = o.id AND r.day = ?8
            WHERE \(AppDatabase.listedTodayCondition)
            ORDER BY o.position, o.id
            """, arguments: AppDatabase.listedTodayArguments(keys: keys, today: today))
        while let row = try rows.next() {
            let o = AppDatabase.occurrence(row, today: today)
            let ref: Int? = row[15]
            if ref == nil { complete = false }
            byKey[o.isTask ? dayKey : o.period.key, default: []].append(Agenda.Item(ref: ref ?? 0, occurrence: o))
        }
        // The customers behind the counts of linked items (routines that count real work).
        let counted = try AppDatabase.countedBy(db, occurrenceIDs: byKey.values.flatMap { $0.filter { $0.occurrence.progress > 0 }.map(\.occurrence.id) })
        if !counted.isEmpty {
            for (key, items) in byKey {
                byKey[key] = items.map { item in
                    var item = item
                    item.occurrence.countedBy = counted[item.occurrence.id] ?? []
                    return item
                }
            }
        }
        let focus = try Int64.fetchAll(db, sql: "SELECT occurrence_id FROM focus WHERE day = ? ORDER BY position", arguments: [day])
        return (Agenda(date: today, sections: periods.map { Agenda.Section(period: $0, items: byKey[$0.key] ?? []) }, focus: focus), complete)
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
