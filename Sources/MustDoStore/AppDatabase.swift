import GRDB
import GRDBSQLite
import MustDoCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door to MustDo's SQLite database: opening with checks, named migrations, and intent-named writes.
///
/// Every write is one `BEGIN IMMEDIATE` transaction, committed before the method returns.
/// The stored states are open, done and skipped; "missed" is derived when reading (an open
/// occurrence whose period ended before the day being looked at), so running with a
/// `--today` in the future or past never rewrites history.
public final class AppDatabase: @unchecked Sendable {
    /// The file path.
    public let path: String
    /// The GRDB connection.
    let dbQueue: DatabaseQueue
    /// How waiting for another process's write lock goes (see `onBusy`).
    private let busy = BusyWait()

    /// Called while another process holds the write lock, with the number of tries so far (0 first), every 20 ms up to the
    /// 10 s busy timeout; returning false gives up at once (the write then fails as busy). The screen uses it to say that it is
    /// waiting and to stay responsive to signals. Without it the wait simply lasts up to 10 s.
    public var onBusy: (@Sendable (Int) -> Bool)? {
        get { busy.handler }
        set { busy.handler = newValue }
    }

    /// The busy handler's state: a plain box the SQLite callback reads (called on the thread doing the write).
    private final class BusyWait: @unchecked Sendable {
        var handler: (@Sendable (Int) -> Bool)?
        var started: UInt64 = 0

        func shouldRetry(_ tries: Int) -> Bool {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            let now = UInt64(ts.tv_sec) * 1000 + UInt64(ts.tv_nsec) / 1_000_000
            if tries == 0 { started = now }
            if now - started >= 10_000 { return false }
            if let handler, !handler(tries) { return false }
            usleep(20_000)
            return true
        }
    }

    /// Opens (creating if needed) the database at `path`, refusing damaged, foreign or newer files without touching them.
    ///
    /// A new database and the folders above it are created 0600/0700 whatever the umask (SQLite gives the
    /// -wal and -shm files the database's mode). A file this process cannot write is opened read-only, so
    /// reading it works and the first write says it is read-only. Before anything is written, a quick check
    /// of the pages MustDo reads first and of the schema refuses a damaged file. What this process created
    /// and left empty (a new 0-byte database, an empty -wal, a -shm nobody uses, new empty folders) is
    /// removed when the process ends (`DatabaseLeftovers`).
    public static func open(path: String) throws -> AppDatabase {
        var readOnly = false
        var st = stat()
        if stat(path, &st) == 0 {
            if let kind = FileKind(mode: st.st_mode) { throw MustDoError.databaseNotAFile(path: path, kind: kind) }
            if access(path, R_OK) != 0 { throw MustDoError.databaseUnreadable(path: path, problem: .permissionDenied) }
            readOnly = access(path, W_OK) != 0
            if st.st_size > 0 && st.st_size < 100 { throw MustDoError.databaseCorrupt(path: path) }
            if st.st_size >= 16, !hasSQLiteHeader(path) { throw MustDoError.databaseCorrupt(path: path) }
            DatabaseLeftovers.watch(path, createdFile: false, createdFolders: [])
        } else {
            try create(path)
        }
        do {
            let db = try AppDatabase(path: path, readOnly: readOnly)
            try db.checkAndMigrate()
            return db
        } catch MustDoError.databaseUnreadable where readOnly && !hasUncheckpointedChanges(path) {
            // A read-only file in a read-only folder (a read-only mount): SQLite cannot create the -shm it needs
            // even to read. With no pending -wal, the file alone is the whole database: read it as immutable.
            let db = try AppDatabase(path: path, readOnly: true, location: "file:" + uriEscaped(path) + "?immutable=1")
            try db.checkAndMigrate()
            return db
        }
    }

    /// Whether a -wal with content sits beside `path` (then the file alone is not the whole database).
    private static func hasUncheckpointedChanges(_ path: String) -> Bool {
        var st = stat()
        return stat(path + "-wal", &st) == 0 && st.st_size > 0
    }

    /// `path` for a SQLite URI: `%`, `?` and `#` escaped.
    private static func uriEscaped(_ path: String) -> String {
        var out = ""
        for c in path.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "?": out += "%3f"
            case "#": out += "%23"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Opens an in-memory database (for tests).
    public static func inMemory() throws -> AppDatabase {
        let db = try AppDatabase(path: ":memory:", readOnly: false)
        try db.checkAndMigrate()
        return db
    }

    /// Whether the database was opened read-only (the file is not writable by this process).
    public let isReadOnly: Bool

    private init(path: String, readOnly: Bool, location: String? = nil) throws {
        self.path = path
        self.isReadOnly = readOnly
        var config = Configuration()
        let busy = self.busy
        config.busyMode = .callback { tries in busy.shouldRetry(tries) }
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.label = "mustdo"
        do {
            dbQueue = path == ":memory:" ? try DatabaseQueue(configuration: config) : try DatabaseQueue(path: location ?? path, configuration: config)
        } catch {
            throw AppDatabase.map(error, path: path, operation: .open)
        }
    }

    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var header = [UInt8](repeating: 0, count: 16)
        guard fread(&header, 1, 16, f) == 16 else { return false }
        return header == Array("SQLite format 3\0".utf8)
    }

    /// Creates a new, empty database file 0600 and any missing folder above it 0700, and watches them for leftovers.
    private static func create(_ path: String) throws {
        var folders: [String] = []
        do {
            folders = try PrivateDirectory.make(PrivateDirectory.parent(of: path))
            let created = try PrivateFile.create(path)
            DatabaseLeftovers.watch(path, createdFile: created, createdFolders: folders)
        } catch let e as FileSystemError {
            for dir in folders.reversed() { rmdir(dir) }
            if e.isDiskFull { throw MustDoError.diskFull(path: path) }
            throw MustDoError.databaseUnreadable(path: path, problem: e.path == path ? .cannotCreateFile(reason: e.reason)
                                                                             : .cannotCreateFolder(folder: e.path, reason: e.reason))
        }
    }

    /// The named, ordered migrations. Never edit a shipped one; add a new one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-routines-occurrences") { db in
            try db.execute(sql: """
                CREATE TABLE routine (
                  id TEXT PRIMARY KEY NOT NULL,
                  title TEXT NOT NULL,
                  period TEXT NOT NULL CHECK (period IN ('day','week','month','quarter','half','year')),
                  position INTEGER NOT NULL,
                  due_rule TEXT,
                  target INTEGER CHECK (target IS NULL OR target > 0),
                  workdays_only INTEGER NOT NULL DEFAULT 0,
                  tags TEXT NOT NULL DEFAULT '',
                  note TEXT,
                  active_from TEXT NOT NULL,
                  retired_on TEXT,
                  filled_through TEXT,
                  created_at TEXT NOT NULL
                );
                -- Every title an occurrence was made under: renaming a routine adds a row, history keeps its old one.
                CREATE TABLE title (
                  id INTEGER PRIMARY KEY,
                  routine_id TEXT NOT NULL,
                  text TEXT NOT NULL,
                  UNIQUE (routine_id, text)
                );
                CREATE TABLE occurrence (
                  id INTEGER PRIMARY KEY,
                  routine_id TEXT NOT NULL,
                  period_kind TEXT NOT NULL,
                  period_key TEXT NOT NULL,
                  start INTEGER NOT NULL,       -- days since 1970-01-01 (see the occurrence_dates view)
                  end INTEGER NOT NULL,
                  due INTEGER,
                  title_id INTEGER NOT NULL REFERENCES title(id),
                  position INTEGER NOT NULL,
                  state TEXT NOT NULL DEFAULT 'open' CHECK (state = 'open' OR state = 'done' OR state = 'skipped'),  -- no IN (…): it costs a temp table per insert
                  target INTEGER,
                  progress INTEGER NOT NULL DEFAULT 0,
                  done_at TEXT,
                  skip_reason TEXT,
                  note TEXT,
                  updated_at TEXT,
                  UNIQUE (period_key, routine_id)
                );
                CREATE VIEW occurrence_dates AS
                  SELECT o.id, o.routine_id, o.period_kind, o.period_key, date(o.start * 86400, 'unixepoch') AS start,
                         date(o.end * 86400, 'unixepoch') AS end, date(o.due * 86400, 'unixepoch') AS due, t.text AS title, o.state,
                         o.target, o.progress, o.done_at, o.skip_reason, o.note
                  FROM occurrence o JOIN title t ON t.id = o.title_id;
                CREATE TABLE day_ref (
                  day TEXT NOT NULL,
                  ref INTEGER NOT NULL,
                  occurrence_id INTEGER NOT NULL REFERENCES occurrence(id) ON DELETE CASCADE,
                  PRIMARY KEY (day, ref),
                  UNIQUE (day, occurrence_id)
                ) WITHOUT ROWID;
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
        m.registerMigration("v2-journal-focus-tasks") { db in
            try db.execute(sql: """
                -- The work journal: a plan and a review per day (key YYYY-MM-DD), and a plan per week (key 2026-W48).
                CREATE TABLE journal (
                  key TEXT PRIMARY KEY NOT NULL,
                  plan TEXT NOT NULL DEFAULT '',
                  review TEXT NOT NULL DEFAULT '',
                  updated_at TEXT
                ) WITHOUT ROWID;
                -- Today's focus: up to five occurrences of any period, in order.
                CREATE TABLE focus (
                  day TEXT NOT NULL,
                  occurrence_id INTEGER NOT NULL REFERENCES occurrence(id) ON DELETE CASCADE,
                  position INTEGER NOT NULL,
                  PRIMARY KEY (day, occurrence_id)
                ) WITHOUT ROWID;
                -- One-off tasks are occurrences with period_kind 'task' and routine_id 'task-N'.
                CREATE INDEX occurrence_tasks ON occurrence(state, start) WHERE period_kind = 'task';
                -- Streak figures of daily routines through a day, recomputed from there on; dropped when a past day is corrected.
                CREATE TABLE streak_cache (
                  routine_id TEXT PRIMARY KEY NOT NULL,
                  through INTEGER NOT NULL,
                  current INTEGER NOT NULL,
                  longest INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        // A change counter per occurrence, bumped by the database on every change of what a user edits, so that
        // undo can tell "changed by someone else since" even when the values are the same again (issue 15 item 6).
        m.registerMigration("v3-occurrence-change-counter") { db in
            try db.execute(sql: """
                ALTER TABLE occurrence ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
                CREATE TRIGGER occurrence_version AFTER UPDATE OF state, progress, done_at, skip_reason, note ON occurrence
                WHEN NEW.version = OLD.version
                BEGIN UPDATE occurrence SET version = OLD.version + 1 WHERE id = NEW.id; END;
                """)
        }
        m.registerMigration("v4-customers") { db in try db.execute(sql: CustomerRecord.migration) }
        m.registerMigration("v5-visits-promises") { db in try db.execute(sql: VisitRecord.migration) }
        m.registerMigration("v6-sales") { db in try db.execute(sql: SalesRecord.migration) }
        m.registerMigration("v7-sync") { db in try db.execute(sql: SyncRegistry.migration) }
        m.registerMigration("v8-customer-search-key") { db in try db.execute(sql: AppDatabase.customerSearchKeyMigration) }
        m.registerMigration("v9-routine-links") { db in
            try db.execute(sql: AppDatabase.routineLinksMigration)
            try AppDatabase.linkBuiltInRoutines(db, today: Clock.wallNow().date)
        }
        m.registerMigration("v10-contact-cadence") { db in try db.execute(sql: AppDatabase.contactCadenceMigration) }
        m.registerMigration("v11-sales-plan") { db in try db.execute(sql: SalesPlanRecord.migration) }
        m.registerMigration("v12-customer-summary") { db in try AppDatabase.customerSummaryMigrate(db) }
        m.registerMigration("v13-plan-indexes") { db in try db.execute(sql: AppDatabase.planIndexesMigration) }
        m.registerMigration("v15-customer-list") { db in try AppDatabase.customerStartPairMigrate(db) }
        m.registerMigration("v16-customer-list-cache") { db in try db.execute(sql: AppDatabase.customerListCacheMigration) }
        return m
    }

    /// The tables each migration creates: after it has run they must all be there.
    static let tablesByMigration: [String: [String]] = [
        "v1-routines-occurrences": ["routine", "title", "occurrence", "day_ref", "meta"],
        "v2-journal-focus-tasks": ["journal", "focus", "streak_cache"],
        "v4-customers": CustomerRecord.tables,
        "v5-visits-promises": VisitRecord.tables,
        "v6-sales": SalesRecord.tables,
        "v7-sync": SyncRegistry.migrationTables,
        "v8-customer-search-key": ["customer_search_key"],
        "v9-routine-links": AppDatabase.routineLinksTables,
        "v11-sales-plan": SalesPlanRecord.tables,
        "v15-customer-list": ["customer_start_pair"],
        "v16-customer-list-cache": AppDatabase.customerListCacheTables,
    ]

    /// The tables whose every page is checked on open (`PRAGMA quick_check(table)`): the small ones read first, whose size
    /// is bounded by the number of routines. The tables that grow by the day (occurrence, and day_ref, journal and focus,
    /// which gain rows on every day of use) are checked in full by `backup` (`integrity_check` of the copy, daily from the
    /// screen): checking day_ref on open cost 116M instructions after ten years of daily use, seven whole `mustdo today`s.
    static let tablesCheckedOnOpen = ["grdb_migrations", "meta", "routine", "title", "streak_cache"]

    /// The CHECK constraints of the tables in `tablesCheckedOnOpen`, as one query that finds a row breaking one.
    ///
    /// `quick_check` evaluates CHECK constraints too, and for `period IN (…)` SQLite rebuilds the list's temporary table
    /// for every row (1.3M instructions for 99 routines); here the list is built once. The checks run with
    /// `ignore_check_constraints` on and this query after them, which together refuse what `quick_check` alone refused.
    /// `DatabaseFaultsTests` checks that it names every CHECK of those tables.
    static let checkConstraintsQuery = """
        SELECT EXISTS (SELECT 1 FROM routine
          WHERE NOT (period IN ('day','week','month','quarter','half','year')) OR NOT (target IS NULL OR target > 0))
        """

    /// How many CHECK constraints `checkConstraintsQuery` stands for, per table (what the migrations created).
    static let checkConstraintsByTable = ["routine": 2]

    private func checkAndMigrate() throws {
        let migrator = AppDatabase.migrator
        do {
            let upToDate = try read(operation: .open) { db -> Bool in
                let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
                if tables.isEmpty { return false }
                if !tables.contains("grdb_migrations") { throw MustDoError.databaseCorrupt(path: path) }
                // Damaged pages: the schema page was read above; now the pages of the tables read on every start,
                // and their CHECK constraints in one query (see `checkConstraintsQuery`).
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
                for table in AppDatabase.tablesCheckedOnOpen where tables.contains(table) {
                    let result = try String.fetchAll(db, sql: "PRAGMA quick_check(\(table))")
                    if result != ["ok"] { throw MustDoError.databaseCorrupt(path: path) }
                }
                // The applied migrations, read once: what GRDB's hasBeenSuperseded and hasCompletedMigrations each read again.
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let known = migrator.migrations
                if applied.contains(where: { !known.contains($0) }) { throw MustDoError.databaseNewer(path: path) }
                if tables.contains("routine"), try Bool.fetchOne(db, sql: AppDatabase.checkConstraintsQuery) != false {
                    throw MustDoError.databaseCorrupt(path: path)
                }
                // A table dropped or renamed by hand: refuse before anything is written.
                for identifier in applied {
                    for table in AppDatabase.tablesByMigration[identifier] ?? [] where !tables.contains(table) {
                        throw MustDoError.databaseCorrupt(path: path)
                    }
                }
                return known.allSatisfy(applied.contains)
            }
            if isReadOnly {
                if !upToDate { throw MustDoError.databaseReadOnly(path: path) }
                return
            }
            if path != ":memory:" {
                // Only now that the file is known to be ours, sound and not newer: WAL, and full syncs so a commit survives a crash.
                try writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
            if !upToDate {
                try migrator.migrate(dbQueue)
            }
        } catch {
            throw AppDatabase.map(error, path: path, operation: .write)
        }
    }

    /// What a failed SQLite call was doing: it decides between "nothing was saved" and "cannot even be read".
    enum Operation {
        /// Opening and checking the file.
        case open
        /// Reading.
        case read
        /// Writing a change.
        case write
    }

    /// Turns a SQLite or GRDB error into the user-facing error for this file.
    ///
    /// `systemErrno` is SQLite's `sqlite3_system_errno` after the failure (0 when unknown): an I/O error
    /// caused by a full disk, a quota or a file-size limit is a full disk; any other is an I/O error.
    static func map(_ error: Error, path: String, operation: Operation = .write, systemErrno: Int32 = 0) -> Error {
        if error is MustDoError { return error }
        guard let e = error as? DatabaseError else { return error }
        func full() -> MustDoError { operation == .write ? .diskFull(path: path) : .diskFullReading(path: path) }
        switch e.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return MustDoError.databaseCorrupt(path: path)
        case .SQLITE_READONLY: return MustDoError.databaseReadOnly(path: path)
        case .SQLITE_FULL: return full()
        case .SQLITE_BUSY, .SQLITE_LOCKED: return MustDoError.databaseBusy(path: path)
        case .SQLITE_CANTOPEN:
            return isFull(systemErrno, path) ? full() : MustDoError.databaseUnreadable(path: path, problem: .sqliteCannotOpen)
        case .SQLITE_PERM, .SQLITE_AUTH: return MustDoError.databaseUnreadable(path: path, problem: .permissionDenied)
        case .SQLITE_IOERR: return isFull(systemErrno, path) ? full() : MustDoError.ioError(path: path)
        default: return MustDoError.databaseCorrupt(path: path)
        }
    }

    /// Whether a failure with `code` (errno, 0 when unknown) on `path` comes from a full disk.
    static func isFull(_ code: Int32, _ path: String) -> Bool {
        if code == ENOSPC || code == EDQUOT || code == EFBIG { return true }
        // A file-size limit (ulimit -f): SQLite's errno can be lost by the rollback that follows, so
        // look at whether the database or its journal has reached the limit.
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
            for file in [path, path + "-wal", path + "-journal"] {
                var st = stat()
                if stat(file, &st) == 0, UInt64(st.st_size) + 65_536 >= UInt64(limit.rlim_cur) { return true }
            }
        }
        guard code == 0 else { return false }
        // No errno: ask the file system whether there is room left beside the database (less than 64 KiB is full).
        var fs = statvfs()
        guard statvfs(PrivateDirectory.parent(of: path), &fs) == 0 else { return false }
        return UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 64 * 1024
    }

    /// Runs `body` in one immediate write transaction, mapping errors to user-facing ones.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// Runs `body` on the writer connection outside a transaction, mapping errors (with SQLite's errno) to user-facing ones.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        var code: Int32 = 0
        do {
            return try dbQueue.writeWithoutTransaction { db in
                do { return try body(db) } catch {
                    code = sqlite3_system_errno(db.sqliteConnection)
                    throw error
                }
            }
        } catch {
            throw AppDatabase.map(error, path: path, operation: .write, systemErrno: code)
        }
    }

    /// Runs `body` as a read, mapping errors to user-facing ones.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try read(operation: .read, body)
    }

    private func read<T>(operation: Operation, _ body: (Database) throws -> T) throws -> T {
        var code: Int32 = 0
        do {
            return try dbQueue.read { db in
                do { return try body(db) } catch {
                    code = sqlite3_system_errno(db.sqliteConnection)
                    throw error
                }
            }
        } catch {
            throw AppDatabase.map(error, path: path, operation: operation, systemErrno: code)
        }
    }

    /// Closes the connection for a process about to exit, and keeps this object until it does.
    ///
    /// Closing is what the release at the end of a command did (SQLite checkpoints and removes the -wal when this
    /// was the last connection); skipping the queue's teardown after it (GRDB's NotificationCenter removal and a
    /// Dispatch worker thread started to dispose of the queue) saves a tenth of `mustdo today`. When closing fails,
    /// nothing is kept and the release closes it as before.
    public func closeBeforeExit() {
        do {
            try dbQueue.close()
            _ = Unmanaged.passRetained(self)
        } catch {}
    }

    /// A number that changes whenever another connection commits a change (for live reload).
    public func changeToken() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
