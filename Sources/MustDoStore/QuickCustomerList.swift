import GRDBSQLite
import MustDoCore

/// `customers list` read straight through SQLite's C API, as `today` and `plan` read theirs, with the finished table
/// kept in the file for the next time the same list is asked for (issue 10).
///
/// One connection makes the checks `open` makes (`quickChecks`) in one read transaction, then either writes the table
/// stored for the same question (`replay`) or reads the rows (`rows`, the statements the full path runs) for the
/// caller to lay out, print and keep (`store`). Anything unusual — a file `quickChecks` refuses, cards without a current
/// search key or completeness, a statement that fails — returns false before anything is shown, and the caller takes
/// the full path, which repairs and reports with its own messages.
///
/// The stored table is only ever written in the read's own transaction, upgraded to a write: when another process
/// has written since the read began (SQLITE_BUSY_SNAPSHOT), or holds the write lock, SQLite refuses and nothing is
/// kept. The triggers of `v16-customer-list-cache` empty the tables at every change of what they show.
public final class QuickCustomerList {
    private let connection: QuickConnection
    private var closed = false

    private init(_ connection: QuickConnection) {
        self.connection = connection
    }

    /// A connection to the file at `path` whose checks passed, its read transaction begun; nil to take the full path.
    /// (Commits made here need not reach the disk before the command ends: a kept table lost in a crash costs a
    /// recount, so the log is synced at checkpoints only, and this read-mostly command leaves checkpoints to writers.)
    public static func begin(path: String) -> QuickCustomerList? {
        guard let c = AppDatabase.quickBegin(path: path, pragmas: "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0") else { return nil }
        guard AppDatabase.quickChecks(c) else {
            sqlite3_close_v2(c.db)
            return nil
        }
        return QuickCustomerList(c)
    }

    /// What `replay` found for a question.
    public enum Replay {
        /// The stored table was written.
        case replayed
        /// The same question was asked once since the cards last changed: its table is worth keeping now.
        case askedBefore
        /// Nothing is kept for the question (or what is kept cannot be read).
        case none
    }

    /// Writes the table stored for `key` to `write`, in pieces, once it has been read whole without an error (so a
    /// damaged page shows nothing).
    public func replay(_ key: String, _ write: (UnsafeBufferPointer<UInt8>) -> Void) -> Replay {
        // `typeof` reads the column's type from the record's header, without loading a stored table as `IS NULL` does.
        guard let s = connection.statement("SELECT id, typeof(output) = 'null' FROM customer_list_cache WHERE key = ?1", [.text(key)]) else { return .none }
        defer { sqlite3_finalize(s) }
        guard sqlite3_step(s) == SQLITE_ROW else { return .none }
        if sqlite3_column_int(s, 1) != 0 { return .askedBefore }
        var handle: OpaquePointer?
        guard sqlite3_blob_open(connection.db, "main", "customer_list_cache", "output", sqlite3_column_int64(s, 0), 0, &handle) == SQLITE_OK,
              let blob = handle else {
            sqlite3_blob_close(handle)
            return .none
        }
        defer { sqlite3_blob_close(blob) }
        // Read through the file's memory map a piece at a time: no buffer of the table's size (a megabyte at 10,000
        // cards) is made, or faulted in.
        let size = Int(sqlite3_blob_bytes(blob))
        let piece = 1 << 16
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: piece)
        defer { buffer.deallocate() }
        for writing in [false, true] {
            var offset = 0
            while offset < size {
                let n = min(piece, size - offset)
                guard sqlite3_blob_read(blob, buffer, Int32(n), Int32(offset)) == SQLITE_OK else { return .none }
                if writing { write(UnsafeBufferPointer(start: buffer, count: n)) }
                offset += n
            }
        }
        return .replayed
    }

    /// Hands `visit` the rows `query` lists on `today` (filters and search as `AppDatabase.customerList(_:today:reviewDays:each:)`,
    /// the same statements, in number order); false, with the rows handed over so far to be thrown away, when the
    /// full path is needed (keys or completeness to work out, a failed read).
    public func rows(_ query: CustomerQuery, today: LocalDate, reviewDays: Int, _ visit: (CustomerListBytes) -> Void) -> Bool {
        guard let s = listStatement(query, today: today, reviewDays: reviewDays, lean: true) else { return false }
        guard let statement = s else { return true }
        defer { sqlite3_finalize(statement) }
        return AppDatabase.visitRows(statement) { visit($0); return true } == SQLITE_DONE
    }

    /// The rows `query` lists on `today` as `AppDatabase.customerList(_:today:reviewDays:)` makes them (without tags or
    /// keys: what the console's table shows), in number order; nil when the full path is needed.
    public func listRows(_ query: CustomerQuery, today: LocalDate, reviewDays: Int) -> [CustomerListRow]? {
        guard let s = listStatement(query, today: today, reviewDays: reviewDays, lean: false) else { return nil }
        guard let statement = s else { return [] }
        defer { sqlite3_finalize(statement) }
        var rows: [CustomerListRow] = []
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            rows.append(AppDatabase.listRow(statement, tags: [:]))
            code = sqlite3_step(statement)
        }
        return code == SQLITE_DONE ? rows : nil
    }

    /// The prepared `customerListSQL` statement of `query` (the search's matches looked up first), `.some(nil)` when
    /// the search matches no card, nil when the full path is needed.
    private func listStatement(_ query: CustomerQuery, today: LocalDate, reviewDays: Int, lean: Bool) -> OpaquePointer?? {
        var only: [Int64]?
        if let search = query.search.map(SearchKey.Query.init), !search.isEmpty {
            guard connection.texts(AppDatabase.searchKeysCompleteSQL) == ["1"] else { return nil }
            let (sql, values) = AppDatabase.customerIDsSQL(query, matching: search, complete: true)
            guard let s = connection.statement(sql, values.map { .text($0) }) else { return nil }
            defer { sqlite3_finalize(s) }
            var ids: [Int64] = []
            var missing: [Int64] = []
            guard AppDatabase.matchingIDs(s, search, &ids, &missing) == SQLITE_DONE, missing.isEmpty else { return nil }
            if ids.isEmpty { return .some(nil) }
            only = ids
        }
        guard connection.texts("SELECT EXISTS (SELECT 1 FROM customer WHERE missing IS NULL)") == ["0"] else { return nil }
        let (sql, values) = AppDatabase.customerListSQL(query, only: only, today: today, reviewDays: reviewDays, detail: false,
                                                        summarised: true, lean: lean)
        guard let s = connection.statement(sql, values.map { .text($0) }) else { return nil }
        return .some(s)
    }

    /// Keeps `output` as the table for `key` on `day`, in the read's transaction (see the type), or with `output`
    /// nil only a mark that the question was asked (`Replay.askedBefore` next time). The newest
    /// `customerListCacheLimit` entries of the day stay, older ones are removed with their bytes zeroed (`secure_delete`:
    /// a stored table holds names). True when kept; false when SQLite refused (written since, locked, read-only, full).
    @discardableResult
    public func store(_ key: String, day: LocalDate, _ output: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard !closed else { return false }
        let limit = AppDatabase.customerListCacheLimit - 1
        guard connection.execute("PRAGMA secure_delete = ON"),
              let remove = connection.statement("""
                DELETE FROM customer_list_cache WHERE key = ?1 OR day != ?2 OR id <= (SELECT max(id) FROM customer_list_cache) - ?3
                """, [.text(key), .text(day.description), .int(Int64(limit))]) else { return rollBack() }
        let removed = sqlite3_step(remove)
        sqlite3_finalize(remove)
        guard removed == SQLITE_DONE else { return rollBack() }
        var insert: OpaquePointer?
        guard sqlite3_prepare_v2(connection.db, "INSERT INTO customer_list_cache (key, day, output) VALUES (?1, ?2, ?3)", -1, &insert, nil) == SQLITE_OK,
              let s = insert,
              sqlite3_bind_text(s, 1, key, -1, QuickConnection.transient) == SQLITE_OK,
              sqlite3_bind_text(s, 2, day.description, -1, QuickConnection.transient) == SQLITE_OK,
              output.map({ sqlite3_bind_blob(s, 3, $0.baseAddress, Int32($0.count), nil) }) ?? SQLITE_OK == SQLITE_OK else {
            sqlite3_finalize(insert)
            return rollBack()
        }
        let inserted = sqlite3_step(s)
        sqlite3_finalize(s)
        guard inserted == SQLITE_DONE, connection.execute("COMMIT") else { return rollBack() }
        // A table (a large one: `customerListKeptFrom`) is copied into the file now, where the next list reads it
        // through the memory map; left in the write-ahead log (a screen open elsewhere keeps the log from being
        // checkpointed at close), it would be read page by page into the page cache (250 page faults at 10,000 cards).
        if output != nil { _ = connection.execute("PRAGMA wal_checkpoint(PASSIVE)") }
        closed = true
        sqlite3_close_v2(connection.db)
        return true
    }

    /// Ends the read (nothing was written) and closes the connection; safe to call again.
    public func close() {
        guard !closed else { return }
        closed = true
        _ = connection.execute("COMMIT")
        sqlite3_close_v2(connection.db)
    }

    /// Undoes what `store` wrote and closes; false.
    private func rollBack() -> Bool {
        _ = connection.execute("ROLLBACK")
        closed = true
        sqlite3_close_v2(connection.db)
        return false
    }
}
