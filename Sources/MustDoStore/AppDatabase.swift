import GRDB
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
    public static func open(path: String) throws -> AppDatabase {
        var st = stat()
        if stat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { throw MustDoError.databaseUnreadable(path: path, reason: "it is a folder, not a file") }
            if access(path, R_OK) != 0 { throw MustDoError.databaseUnreadable(path: path, reason: "permission denied") }
            if access(path, W_OK) != 0 { throw MustDoError.databaseReadOnly(path: path) }
            if st.st_size > 0 && st.st_size < 100 { throw MustDoError.databaseCorrupt(path: path) }
            if st.st_size >= 16, !hasSQLiteHeader(path) { throw MustDoError.databaseCorrupt(path: path) }
        } else {
            try makeParentDirectory(of: path)
        }
        let db = try AppDatabase(path: path)
        try db.checkAndMigrate()
        return db
    }

    /// Opens an in-memory database (for tests).
    public static func inMemory() throws -> AppDatabase {
        let db = try AppDatabase(path: ":memory:")
        try db.checkAndMigrate()
        return db
    }

    private init(path: String) throws {
        self.path = path
        var config = Configuration()
        let busy = self.busy
        config.busyMode = .callback { tries in busy.shouldRetry(tries) }
        config.foreignKeysEnabled = true
        config.label = "mustdo"
        do {
            dbQueue = path == ":memory:" ? try DatabaseQueue(configuration: config) : try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw AppDatabase.map(error, path: path)
        }
    }

    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var header = [UInt8](repeating: 0, count: 16)
        guard fread(&header, 1, 16, f) == 16 else { return false }
        return header == Array("SQLite format 3\0".utf8)
    }

    private static func makeParentDirectory(of path: String) throws {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let dir = String(path[..<slash])
        var components: [String] = []
        for part in dir.split(separator: "/", omittingEmptySubsequences: false) {
            components.append(String(part))
            let sofar = components.joined(separator: "/")
            if sofar.isEmpty { continue }
            if mkdir(sofar, 0o755) != 0 && errno != EEXIST {
                throw MustDoError.databaseUnreadable(path: path, reason: "cannot create the folder \(sofar)")
            }
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
        return m
    }

    private func checkAndMigrate() throws {
        let migrator = AppDatabase.migrator
        do {
            let upToDate = try dbQueue.read { db -> Bool in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type='table'")
                if !tables.isEmpty && !tables.contains("grdb_migrations") { throw MustDoError.databaseCorrupt(path: path) }
                if try migrator.hasBeenSuperseded(db) { throw MustDoError.databaseNewer(path: path) }
                return try migrator.hasCompletedMigrations(db)
            }
            if path != ":memory:" {
                // Only now that the file is known to be ours and not newer: WAL, and full syncs so a commit survives a crash.
                try dbQueue.writeWithoutTransaction { db in
                    if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                        try db.execute(sql: "PRAGMA journal_mode = WAL")
                    }
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
            if !upToDate { try migrator.migrate(dbQueue) }
        } catch {
            throw AppDatabase.map(error, path: path)
        }
    }

    /// Turns a SQLite or GRDB error into the user-facing error for this file.
    static func map(_ error: Error, path: String) -> Error {
        if error is MustDoError { return error }
        guard let e = error as? DatabaseError else { return error }
        switch e.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return MustDoError.databaseCorrupt(path: path)
        case .SQLITE_READONLY: return MustDoError.databaseReadOnly(path: path)
        case .SQLITE_FULL: return MustDoError.diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return MustDoError.databaseBusy(path: path)
        case .SQLITE_CANTOPEN: return MustDoError.databaseUnreadable(path: path, reason: "SQLite cannot open it")
        case .SQLITE_PERM, .SQLITE_AUTH: return MustDoError.databaseUnreadable(path: path, reason: "permission denied")
        case .SQLITE_IOERR: return MustDoError.diskFull(path: path)
        default: return MustDoError.databaseCorrupt(path: path)
        }
    }

    /// Runs `body` in one immediate write transaction, mapping errors to user-facing ones.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            var result: T?
            try dbQueue.inTransaction(.immediate) { db in
                result = try body(db)
                return .commit
            }
            return result!
        } catch {
            throw AppDatabase.map(error, path: path)
        }
    }

    /// Runs `body` as a read, mapping errors to user-facing ones.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try dbQueue.read(body)
        } catch {
            throw AppDatabase.map(error, path: path)
        }
    }

    /// A number that changes whenever another connection commits a change (for live reload).
    public func changeToken() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
