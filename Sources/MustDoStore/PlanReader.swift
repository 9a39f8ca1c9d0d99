import GRDB
import GRDBSQLite
import MustDoCore

/// Morning planning's reads (issue 12) straight through SQLite's C API on one connection: each statement prepared once
/// for the reader's life and run as often as asked, rows read by position.
///
/// Through GRDB every statement prepared cost its authorizer a Swift region of every column it names (half of plan's
/// statement preparation), and row decoding its generic machinery. `mustdo plan` reads with this on the connection of
/// its quick path (`quickMorningPlan`, no GRDB at all); the full path hands it GRDB's own connection inside a read
/// transaction, so both run the very same statements. Call `finalize()` before the connection closes.
final class PlanReader {
    /// The connection the statements are prepared on.
    let db: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]

    /// A reader on the open connection `db` (the caller has begun the transaction).
    init(_ db: OpaquePointer) {
        self.db = db
    }

    deinit { finalize() }

    /// Finalizes every statement prepared so far (before the connection closes).
    func finalize() {
        for s in statements.values { sqlite3_finalize(s) }
        statements = [:]
    }

    /// Runs `sql` with `arguments` bound to ?1, ?2, …, calling `body` with the statement on each row (read its columns
    /// with `QuickConnection.text`, `int`, or `sqlite3_column_*`). Throws SQLite's error, with the statement.
    func each(_ sql: String, _ arguments: [QuickConnection.Value] = [], _ body: (OpaquePointer) throws -> Void) throws {
        let s = try statement(sql)
        defer {
            sqlite3_reset(s)
            sqlite3_clear_bindings(s)
        }
        for (i, value) in arguments.enumerated() {
            let rc: Int32
            switch value {
            case .int(let n): rc = sqlite3_bind_int64(s, Int32(i + 1), n)
            case .text(let t): rc = sqlite3_bind_text(s, Int32(i + 1), t, -1, QuickConnection.transient)
            }
            guard rc == SQLITE_OK else { throw error(rc, sql) }
        }
        while true {
            let rc = sqlite3_step(s)
            if rc == SQLITE_DONE { return }
            guard rc == SQLITE_ROW else { throw error(rc, sql) }
            try body(s)
        }
    }

    /// The first column of the first row of `sql` as an integer (0 when there is no row).
    func count(_ sql: String, _ arguments: [QuickConnection.Value] = []) throws -> Int {
        var n = 0
        try each(sql, arguments) { n = Int(sqlite3_column_int64($0, 0)) }
        return n
    }

    /// Column `i` as text, "" when NULL.
    static func text(_ s: OpaquePointer, _ i: Int32) -> String {
        QuickConnection.text(s, i) ?? ""
    }

    /// Column `i` as a strict `YYYY-MM-DD` date read in place (`LocalDate(parsing:)` without copying the text), nil when
    /// NULL or anything else.
    static func date(_ s: OpaquePointer, _ i: Int32) -> LocalDate? {
        guard let p = sqlite3_column_text(s, i) else { return nil }
        return LocalDate(isoBytes: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))))
    }

    private func statement(_ sql: String) throws -> OpaquePointer {
        if let s = statements[sql] { return s }
        var s: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, sql, -1, &s, nil)
        guard rc == SQLITE_OK, let s else {
            sqlite3_finalize(s)
            throw error(rc, sql)
        }
        statements[sql] = s
        return s
    }

    private func error(_ rc: Int32, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db)), sql: sql)
    }
}
