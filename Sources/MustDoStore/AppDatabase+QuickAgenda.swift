import GRDBSQLite
import MustDoCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `mustdo today`'s usual case read straight through SQLite's C API (issue 14, start-up).
///
/// Through GRDB the same reads cost about 3.5M instructions more than SQLite's own work: the queue and its set-up
/// statements, the statement authorizer building a region of Swift strings for every column a statement reads, row
/// decoding and the queue's close. Here one connection runs, in one read transaction, every check `open` makes before
/// anything is read (the same statements, the same rules) and the agenda's reads, and closes. Anything unusual —
/// a file that is new, not writable, damaged, foreign, newer or older than this binary, not in WAL mode, busy, or a day
/// that needs preparing — returns nil before anything is shown, and the caller takes the full path (`open`, which
/// refuses or migrates with its own messages, then seeding and preparing). Nothing here writes.
extension AppDatabase {
    /// Today's agenda when the database needs nothing done (checked as `open` checks it) and the day needs no
    /// preparing; nil to take the full path.
    public static func quickAgenda(path: String, today: LocalDate, engine: ScheduleEngine) -> Agenda? {
        guard let connection = quickBegin(path: path) else { return nil }
        defer { sqlite3_close_v2(connection.db) }
        guard let agenda = quickRead(connection, today: today, engine: engine), connection.execute("COMMIT") else { return nil }
        return agenda
    }

    /// A bare connection to the file at `path` with a read transaction begun, or nil when the file is not an ordinary
    /// writable file or cannot be opened. The caller commits and closes it (`sqlite3_close_v2`); closing without
    /// committing ends the transaction too. (No closure here: one capturing the caller's `ScheduleEngine` made the
    /// runtime look up `Set<Weekday>`'s conformances, 0.4M instructions.)
    /// `pragmas`, when given, run before the transaction begins (settings SQLite refuses to change inside one).
    static func quickBegin(path: String, pragmas: String? = nil) -> QuickConnection? {
        var st = stat()
        guard stat(path, &st) == 0, FileKind(mode: st.st_mode) == nil, st.st_size >= 100,
              access(path, R_OK | W_OK) == 0 else { return nil }
        DatabaseLeftovers.watch(path, createdFile: false, createdFolders: [])
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let db = handle else {
            sqlite3_close_v2(handle)
            return nil
        }
        let connection = QuickConnection(db: db)
        // Pages read through a read-only memory map rather than copied into the page cache: each page copied took a
        // fresh heap page, a mapped one shares the file's cached pages (`today`: 465 -> 436 page faults). Only this
        // read-only transaction maps the file; a damaged page is still SQLITE_CORRUPT (then nil and the full path).
        guard connection.execute("PRAGMA mmap_size = 268435456"), pragmas.map(connection.execute) ?? true, connection.execute("BEGIN") else {
            sqlite3_close_v2(db)
            return nil
        }
        return connection
    }

    /// The checks of `checkAndMigrate`, in the transaction begun by the caller: the file is ours, sound (the pages and
    /// CHECK constraints of the tables read on every start), up to date with this binary, and in WAL mode. False for
    /// anything else: the caller takes the full path, which refuses or migrates with its own messages.
    static func quickChecks(_ c: QuickConnection) -> Bool {
        guard let names = c.texts("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')") else { return false }
        let tables = Set(names)
        guard tables.contains("grdb_migrations"), c.execute("PRAGMA ignore_check_constraints = ON") else { return false }
        for table in tablesCheckedOnOpen where tables.contains(table) {
            guard c.texts("PRAGMA quick_check(\(table))") == ["ok"] else { return false }
        }
        guard let applied = c.texts("SELECT identifier FROM grdb_migrations") else { return false }
        let known = migrator.migrations
        guard applied.allSatisfy(known.contains), known.allSatisfy(applied.contains) else { return false }
        guard tables.contains("routine"), c.texts(checkConstraintsQuery) == ["0"] else { return false }
        for identifier in applied {
            for table in tablesByMigration[identifier] ?? [] where !tables.contains(table) { return false }
        }
        return c.texts("PRAGMA journal_mode") == ["wal"]
    }

    /// The checks of `checkAndMigrate` and the reads of `agendaIfPrepared`, in the transaction begun by the caller.
    static func quickRead(_ c: QuickConnection, today: LocalDate, engine: ScheduleEngine) -> Agenda? {
        guard quickChecks(c) else { return nil }

        // Seeded, every routine filled, the calendar settings unchanged (as `agendaIfPrepared`).
        let day = today.description
        guard let state = c.statement("""
            SELECT EXISTS (SELECT 1 FROM routine), EXISTS (SELECT 1 FROM routine WHERE \(fillCondition)),
                   (SELECT value FROM meta WHERE key = 'calendar')
            """, [.text(day)]) else { return nil }
        defer { sqlite3_finalize(state) }
        guard sqlite3_step(state) == SQLITE_ROW, sqlite3_column_int64(state, 0) == 1, sqlite3_column_int64(state, 1) == 0,
              QuickConnection.text(state, 2) == calendarSignature(engine.settings) else { return nil }

        // The listed occurrences, then their numbers for the day: the ORDER BY and the day_ref join of `agenda` cost
        // SQLite 0.8M instructions more than reading the rows in index order and sorting 99 items here.
        let periods = engine.currentPeriods(on: today)
        let keys = periods.map(\.key)
        var arguments: [QuickConnection.Value] = keys.map { .text($0) }
        arguments += [.int(Int64(today.dayNumber)), .text(day)]
        let columns = occurrenceColumns
        guard let rows = c.statement("""
            SELECT \(columns) FROM occurrence o WHERE o.period_key IN (?1,?2,?3,?4,?5,?6)
            UNION ALL
            SELECT \(columns) FROM occurrence o WHERE o.period_kind = 'task' AND ((o.state = 'open' AND o.start <= ?7)
              OR substr(o.done_at, 1, 10) = ?8 OR (o.state = 'skipped' AND substr(o.updated_at, 1, 10) = ?8))
            """, arguments) else { return nil }
        defer { sqlite3_finalize(rows) }
        var occurrences: [Occurrence] = []
        var seen = Set<Int64>()
        var step = sqlite3_step(rows)
        while step == SQLITE_ROW {
            // Once each, as `o.id IN (… UNION ALL …)` lists them (a task's key is its own id, so this is only a guard).
            if seen.insert(sqlite3_column_int64(rows, 0)).inserted { occurrences.append(quickOccurrence(rows, today: today)) }
            step = sqlite3_step(rows)
        }
        guard step == SQLITE_DONE else { return nil }
        // In `agenda`'s order (position, then id), sorting positions rather than moving the large occurrences around.
        let order = occurrences.indices.sorted { a, b in
            let x = occurrences[a], y = occurrences[b]
            return x.position != y.position ? x.position < y.position : x.id < y.id
        }

        guard let refRows = c.statement("SELECT occurrence_id, ref FROM day_ref WHERE day = ?1", [.text(day)]) else { return nil }
        defer { sqlite3_finalize(refRows) }
        var refs: [Int64: Int] = [:]
        step = sqlite3_step(refRows)
        while step == SQLITE_ROW {
            refs[sqlite3_column_int64(refRows, 0)] = Int(sqlite3_column_int64(refRows, 1))
            step = sqlite3_step(refRows)
        }
        guard step == SQLITE_DONE else { return nil }

        // The customers behind the counts of linked items, as `countedBy` reads them.
        var counted: [Int64: [String]] = [:]
        let countedIDs = occurrences.filter { $0.progress > 0 }.map(\.id)
        if !countedIDs.isEmpty {
            guard let cr = c.statement("""
                SELECT ac.occurrence_id, c.name, c.number FROM activity_count ac JOIN activity a ON a.id = ac.activity_id
                LEFT JOIN customer c ON c.id = a.customer_id
                WHERE ac.occurrence_id IN (\(countedIDs.map(String.init).joined(separator: ","))) ORDER BY a.id
                """, []) else { return nil }
            defer { sqlite3_finalize(cr) }
            step = sqlite3_step(cr)
            while step == SQLITE_ROW {
                let name = QuickConnection.text(cr, 1) ?? ""
                let number = QuickConnection.text(cr, 2) ?? "?"
                counted[sqlite3_column_int64(cr, 0), default: []].append(name.isEmpty ? number : name)
                step = sqlite3_step(cr)
            }
            guard step == SQLITE_DONE else { return nil }
        }

        let dayKey = periods[0].key
        var byKey: [String: [Agenda.Item]] = [:]
        for i in order {
            var o = occurrences[i]
            // An item without its number for the day: preparing numbers it (the full path).
            guard let ref = refs[o.id] else { return nil }
            if let names = counted[o.id] { o.countedBy = names }
            byKey[o.isTask ? dayKey : o.period.key, default: []].append(Agenda.Item(ref: ref, occurrence: o))
        }
        guard let focusRows = c.statement("SELECT occurrence_id FROM focus WHERE day = ?1 ORDER BY position", [.text(day)]) else { return nil }
        defer { sqlite3_finalize(focusRows) }
        var focus: [Int64] = []
        step = sqlite3_step(focusRows)
        while step == SQLITE_ROW {
            focus.append(sqlite3_column_int64(focusRows, 0))
            step = sqlite3_step(focusRows)
        }
        guard step == SQLITE_DONE else { return nil }
        return Agenda(date: today, sections: periods.map { Agenda.Section(period: $0, items: byKey[$0.key] ?? []) }, focus: focus)
    }

    /// A row selected with `occurrenceColumns`, decoded as `occurrence(_:today:)` decodes it.
    static func quickOccurrence(_ s: OpaquePointer, today: LocalDate) -> Occurrence {
        let kind = PeriodKind(rawValue: QuickConnection.text(s, 2) ?? "") ?? .day
        let start = LocalDate(dayNumber: Int(sqlite3_column_int64(s, 4)))
        let end = LocalDate(dayNumber: Int(sqlite3_column_int64(s, 5)))
        var state = OccurrenceState(rawValue: QuickConnection.text(s, 8) ?? "") ?? .open
        if state == .open && end < today { state = .missed }
        return Occurrence(
            id: sqlite3_column_int64(s, 0), routineID: QuickConnection.text(s, 1) ?? "",
            period: Period(kind: kind, start: start, end: end, key: QuickConnection.text(s, 3) ?? ""),
            title: QuickConnection.text(s, 7) ?? "", state: state,
            due: QuickConnection.int(s, 6).map { LocalDate(dayNumber: $0) },
            target: QuickConnection.int(s, 9), progress: Int(sqlite3_column_int64(s, 10)),
            doneAt: QuickConnection.text(s, 11), skipReason: QuickConnection.text(s, 12), note: QuickConnection.text(s, 13),
            position: Int(sqlite3_column_int64(s, 14)))
    }
}

/// A bare SQLite connection for `quickAgenda` and `quickMorningPlan`: statements that either work or say nil.
struct QuickConnection {
    let db: OpaquePointer

    /// A value bound to a statement parameter.
    enum Value {
        case text(String)
        case int(Int64)
    }

    /// Runs `sql` to its end; false on any error.
    func execute(_ sql: String) -> Bool {
        sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK
    }

    /// `sql` prepared with `arguments` bound to ?1, ?2, …; nil on any error.
    func statement(_ sql: String, _ arguments: [Value]) -> OpaquePointer? {
        var s: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK, let s else { return nil }
        for (i, value) in arguments.enumerated() {
            let rc: Int32
            switch value {
            case .int(let n): rc = sqlite3_bind_int64(s, Int32(i + 1), n)
            case .text(let t): rc = sqlite3_bind_text(s, Int32(i + 1), t, -1, QuickConnection.transient)
            }
            guard rc == SQLITE_OK else { sqlite3_finalize(s); return nil }
        }
        return s
    }

    /// The first column of every row of `sql` as text (NULL as ""); nil on any error.
    func texts(_ sql: String) -> [String]? {
        guard let s = statement(sql, []) else { return nil }
        defer { sqlite3_finalize(s) }
        var out: [String] = []
        var rc = sqlite3_step(s)
        while rc == SQLITE_ROW {
            out.append(QuickConnection.text(s, 0) ?? "")
            rc = sqlite3_step(s)
        }
        return rc == SQLITE_DONE ? out : nil
    }

    /// Column `i` as text, nil when NULL.
    static func text(_ s: OpaquePointer, _ i: Int32) -> String? {
        guard sqlite3_column_type(s, i) != SQLITE_NULL, let p = sqlite3_column_text(s, i) else { return nil }
        return String(cString: p)
    }

    /// Column `i` as an integer, nil when NULL.
    static func int(_ s: OpaquePointer, _ i: Int32) -> Int? {
        sqlite3_column_type(s, i) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(s, i))
    }

    /// SQLite's SQLITE_TRANSIENT: copy the bound text.
    static var transient: sqlite3_destructor_type { unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self) }
}
