import Foundation
import GRDB
import GRDBSQLite
import MustDoCore

/// The customer list read lean, for the screen's list and `customers list` alike (both build their
/// `CustomerListPresentation` from it): the columns the list shows, with completeness and the filing warning worked
/// out by SQLite and the search keys as stored, so 10,000 cards list without building 10,000 cards or keys.
extension AppDatabase {
    /// The rows `query`'s filters and search keep, in number order, with `FilingReport`'s completeness and warning on
    /// `today`, in one read transaction. With `detail` (a list searched and filtered in memory: the screen and its
    /// forms), also each row's tags and its search key as stored (one per row, built for a card without a current
    /// one). The search text, if any, is matched like `Customer.searchKey`, on the keys in `customer_search_key`.
    public func customerList(_ query: CustomerQuery, today: LocalDate, reviewDays: Int, detail: Bool = false) throws -> (rows: [CustomerListRow], keys: StoredSearchKeys) {
        try customerList(query, today: today, reviewDays: reviewDays, detail: detail, visit: nil)
    }

    /// The same rows as `customerList(_:today:reviewDays:)`, in the same order, handed to `each` as SQLite holds them
    /// (`CustomerListBytes`, valid only during the call) instead of being made into strings: the console's list lays
    /// its table out from these bytes.
    public func customerList(_ query: CustomerQuery, today: LocalDate, reviewDays: Int,
                             each: (CustomerListBytes) throws -> Void) throws {
        _ = try withoutActuallyEscaping(each) { each in
            try customerList(query, today: today, reviewDays: reviewDays, detail: false, visit: each)
        }
    }

    /// `customerList`, with the rows made (`visit` nil) or handed over in place.
    private func customerList(_ query: CustomerQuery, today: LocalDate, reviewDays: Int, detail: Bool,
                              visit: ((CustomerListBytes) throws -> Void)?) throws -> (rows: [CustomerListRow], keys: StoredSearchKeys) {
        let search = query.search.map(SearchKey.Query.init).flatMap { $0.isEmpty ? nil : $0 }
        var built = false
        let list = try read { db -> (rows: [CustomerListRow], keys: StoredSearchKeys) in
            var only: [Int64]?
            if let search {
                let (ids, missing) = try AppDatabase.customerIDs(db, query, matching: search)
                only = ids
                built = missing
            }
            // A card written outside a customer write (an older MustDo, the sqlite3 shell) has no stored completeness:
            // the query works it out (its SQL only then, which SQLite would parse for nothing otherwise), and it is
            // stored for the next read as the keys are.
            let unsummarised = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM customer WHERE missing IS NULL)") == true
            if unsummarised { built = true }
            let list = try AppDatabase.customerList(db, query, only: only, today: today, reviewDays: reviewDays, detail: detail,
                                                    summarised: !unsummarised, visit: visit)
            if list.built { built = true }
            return (list.rows, list.keys)
        }
        // Keys or completeness that were missing (a file an older MustDo wrote, a new pinyin table) are stored for the
        // next read (`customerWrite` stores both); a read-only file just works them out again next time.
        if built { _ = try? customerWrite { db in try AppDatabase.refreshCustomerSearchKeys(db) } }
        return list
    }

    /// The ids of the cards `query`'s filters keep whose search key matches `search`, read from the stored keys (built
    /// in memory for cards without a current one: `missing` says so). Only the matches get their rows worked out.
    static func customerIDs(_ db: Database, _ query: CustomerQuery, matching search: SearchKey.Query) throws -> (ids: [Int64], missing: Bool) {
        let complete = try Bool.fetchOne(db, sql: searchKeysCompleteSQL) ?? false
        let (sql, values) = customerIDsSQL(query, matching: search, complete: complete)
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(values))
        let s = statement.sqliteStatement
        var ids: [Int64] = []
        var missing: [Int64] = []
        let code = matchingIDs(s, search, &ids, &missing)
        sqlite3_reset(s)
        guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
        if !missing.isEmpty {
            // Cards without a usable stored key: built as the screen builds them.
            let list = missing.map(String.init).joined(separator: ",")
            var people: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT customer_id, name FROM customer_person WHERE customer_id IN (\(list)) ORDER BY customer_id, position") {
                people[row[0], default: []].append(row[1])
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, name, company, number, phone FROM customer WHERE id IN (\(list))") {
                let id: Int64 = row[0]
                let key = customerSearchKey(name: row[1], company: row[2], number: row[3], phone: row[4], people: people[id] ?? [])
                if key.matches(search) { ids.append(id) }
            }
        }
        return (ids, !missing.isEmpty)
    }

    /// Whether every card has a current stored key (what every customer write leaves): one row, true or false.
    /// (Counted without reading the rows: each count walks its b-tree's pages; a key of another version is found by the
    /// index at either end.)
    static var searchKeysCompleteSQL: String {
        let version = SearchKey.storedVersion
        return """
            SELECT (SELECT count(*) FROM customer) = (SELECT count(*) FROM customer_search_key)
              AND NOT EXISTS (SELECT 1 FROM customer_search_key WHERE version < \(version))
              AND NOT EXISTS (SELECT 1 FROM customer_search_key WHERE version > \(version))
            """
    }

    /// The statement of `customerIDs`: each candidate card's id and stored key (NULL without a current one), with
    /// `query`'s filter values to bind to its parameters in order. `complete`: every card has a current key
    /// (`searchKeysCompleteSQL`).
    static func customerIDsSQL(_ query: CustomerQuery, matching search: SearchKey.Query, complete: Bool) -> (String, [String]) {
        let (conditions, values) = AppDatabase.conditionTexts(query)
        // The key's own first tests, in SQL: a card whose symbols lack one typed, or that has not the first two typed
        // side by side where a match can begin (`SearchKey.startPairs`), is never read.
        let q = SearchKey.storedMask(of: search)
        let pair = SearchKey.startPair(of: search).map { " AND (k.pairs\($0.word) & \($0.mask)) != 0" } ?? ""
        let version = SearchKey.storedVersion
        // When every card has a current key, the quick tests run on the narrow index of the keys alone and only the
        // cards that pass them are read; otherwise each card is read with its key, if any, and a card without one has it
        // built by the caller.
        // With a first pair of two letters, its rows in `customer_start_pair` name the only cards that can match: each
        // is read by its key's row and tested as the scan tests it (a row left from an older key is dropped there).
        let lookup = complete ? startPairRowBit(search).map { "customer_start_pair p CROSS JOIN customer_search_key k ON k.customer_id = p.customer_id AND p.pair = \($0)" } : nil
        let sql = complete ? """
            SELECT c.id, k.key FROM \(lookup ?? "customer_search_key k") CROSS JOIN customer c ON c.id = k.customer_id
            WHERE k.version = \(version) AND (k.mask & \(q)) = \(q)\(pair) AND \(conditions)
            """ : """
            SELECT c.id, k.key FROM customer c
            LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = \(version)
            WHERE \(conditions) AND (k.key IS NULL OR ((k.mask & \(q)) = \(q)\(pair)))
            """
        return (sql, values)
    }

    /// Steps `customerIDsSQL`'s statement to its end: the cards whose stored key matches go to `ids`, those without a
    /// usable stored key to `missing`. SQLite's last result code (SQLITE_DONE when every row was read).
    static func matchingIDs(_ s: OpaquePointer, _ search: SearchKey.Query, _ ids: inout [Int64], _ missing: inout [Int64]) -> Int32 {
        while true {
            let code = sqlite3_step(s)
            guard code == SQLITE_ROW else { return code }
            let id = sqlite3_column_int64(s, 0)
            // The stored key is matched in place, in SQLite's buffer: nothing is built or copied per card.
            if let blob = sqlite3_column_blob(s, 1),
               let found = SearchKey.matches(stored: UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(s, 1))), search) {
                if found { ids.append(id) }
            } else {
                missing.append(id)
            }
        }
    }

    /// The rows of the cards `query`'s filters keep (only those of `only`, when given), in number order; with
    /// `detail`, their tags and stored search keys too (`built`: some key had to be built). `summarised`: every card
    /// has its completeness stored (read in the same transaction), so none is worked out.
    static func customerList(_ db: Database, _ query: CustomerQuery, only: [Int64]?, today: LocalDate, reviewDays: Int,
                             detail: Bool, summarised: Bool = false,
                             visit: ((CustomerListBytes) throws -> Void)? = nil) throws -> (rows: [CustomerListRow], keys: StoredSearchKeys, built: Bool) {
        if only?.isEmpty == true { return ([], StoredSearchKeys(), false) }
        let ids = only.map { $0.map(String.init).joined(separator: ",") }
        let (sql, values) = customerListSQL(query, only: only, today: today, reviewDays: reviewDays, detail: detail,
                                            summarised: summarised, lean: visit != nil)
        var tags: [Int64: [String]] = [:]
        if detail {
            let within = ids.map { " WHERE customer_id IN (\($0))" } ?? ""
            for row in try Row.fetchAll(db, sql: "SELECT customer_id, tag FROM customer_tag\(within) ORDER BY customer_id, tag") {
                tags[row[0], default: []].append(row[1])
            }
        }
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(values))
        let s = statement.sqliteStatement
        if let visit {
            var failure: Error?
            let code = visitRows(s) { row in
                do { try visit(row); return true } catch { failure = error; return false }
            }
            sqlite3_reset(s)
            if let failure { throw failure }
            guard code == SQLITE_DONE else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            return ([], StoredSearchKeys(), false)
        }
        var rows: [CustomerListRow] = []
        var keys = StoredSearchKeys()
        var built = false
        if detail { keys.reserve(only?.count ?? 1024) }
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            let row = listRow(s, tags: tags)
            let id = row.id
            rows.append(row)
            if detail {
                // The stored key is copied into the list as it is; a card without a sound current one gets it built.
                let blob = sqlite3_column_blob(s, 13)
                if blob == nil || !keys.append(stored: UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(s, 13)))) {
                    let people = try String.fetchAll(db, sql: "SELECT name FROM customer_person WHERE customer_id = ? ORDER BY position", arguments: [id])
                    let phone = try String.fetchOne(db, sql: "SELECT phone FROM customer WHERE id = ?", arguments: [id]) ?? ""
                    keys.append(customerSearchKey(name: row.name, company: row.company, number: row.number, phone: phone, people: people))
                    built = true
                }
            }
        }
        sqlite3_reset(s)
        return (rows, keys, built)
    }

    /// The statement of `customerList(_:_:only:…)`, with `query`'s filter values to bind to its parameters in order.
    /// `lean`: only the columns `CustomerListBytes` holds are read (the others are NULL).
    static func customerListSQL(_ query: CustomerQuery, only: [Int64]?, today: LocalDate, reviewDays: Int, detail: Bool,
                                summarised: Bool, lean: Bool) -> (String, [String]) {
        let (conditions, values) = AppDatabase.conditionTexts(query)
        let restrict = only.map { " AND c.id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let day = "'\(today)'"
        // Not reviewed for more than `reviewDays` days: the review (a date) or the creation (a date and time) before
        // this day. Compared as text, without cutting the creation time off (`substr` copied a string a row): any
        // text from '0' up to the day before, with anything after its date ('~' sorts after 'T' and digits), is
        // stale; a text that is not a date never is (FilingReport reads such a card as reviewed today).
        let stale = "'\(today.adding(days: -reviewDays - 1))~'"
        let key = detail ? ", k.key" : ""
        let join = detail ? " LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = \(SearchKey.storedVersion)" : ""
        // The missing items as stored (`missingOrWorkedOut`); then FilingReport's other checks (not reviewed for too
        // long, the decision date passed, a visit after the card's last update: `last_contact` is a date, so it is
        // later than the update's day exactly when it sorts after the whole update time), the last two of the day.
        // A row warns anyway when an item is missing (most cards): with the mask stored, those checks are then skipped
        // (a CASE stops where an OR in a result column evaluates every operand: 20M instructions at 10,000 cards).
        let warning = """
            coalesce(reviewed_on, created_at) BETWEEN '0' AND \(stale)
              OR (status = 'prospect' AND decision_date != '' AND decision_date < \(day))
              OR (last_contact IS NOT NULL AND last_contact > updated_at)
            """
        let sql = """
            SELECT c.id, number, name, company, tier, status, \(summarised ? "c.missing" : AppDatabase.missingOrWorkedOut("c")),
              \(summarised ? "CASE WHEN c.missing != 0 THEN 1 ELSE (\(warning)) END" : warning),
              \(lean ? "NULL, NULL" : "updated_at, archived_at IS NOT NULL"), last_contact,
              \(lean ? "NULL, NULL" : "created_at, contact_every")\(key)
            FROM customer c\(join) WHERE \(conditions)\(restrict) ORDER BY c.id
            """
        return (sql, values)
    }

    /// The row a (not lean) `customerListSQL` statement is on, with its tags from `tags`.
    static func listRow(_ s: OpaquePointer, tags: [Int64: [String]]) -> CustomerListRow {
        func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> { columnBytes(s, i) }
        func text(_ i: Int32) -> String { String(decoding: bytes(i), as: UTF8.self) }
        let id = sqlite3_column_int64(s, 0)
        let missing = sqlite3_column_int(s, 6)
        let every = bytes(12)
        return CustomerListRow(id: id, number: text(1), name: text(2), company: text(3),
                               tier: AppDatabase.tier(bytes(4)), status: AppDatabase.status(bytes(5)),
                               filled: CardItem.allCases.count - missing.nonzeroBitCount, warns: missing != 0 || sqlite3_column_int(s, 7) != 0,
                               tags: tags.isEmpty ? [] : tags[id] ?? [],
                               updatedAt: text(8), archived: sqlite3_column_int(s, 9) != 0,
                               lastContact: AppDatabase.date(bytes(10)), createdOn: AppDatabase.date(bytes(11), prefix: true),
                               contactEvery: every.isEmpty ? nil : Int(String(decoding: every, as: UTF8.self)))
    }

    /// Column `i` of the row `s` is on, as SQLite holds it (empty for NULL). Text columns are read as blobs: SQLite
    /// hands over the stored UTF-8 as it is, without the terminating zero `sqlite3_column_text` adds (a copy per
    /// value); Swift checks the UTF-8 when it makes a string of it.
    @inline(__always) static func columnBytes(_ s: OpaquePointer, _ i: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let p = sqlite3_column_blob(s, i) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: Int(sqlite3_column_bytes(s, i)))
    }

    /// Steps a lean `customerListSQL` statement, handing each row to `visit` as SQLite holds it, until `visit` says
    /// stop (false) or the rows end. SQLite's last result code (SQLITE_DONE when every row was handed over).
    static func visitRows(_ s: OpaquePointer, _ visit: (CustomerListBytes) -> Bool) -> Int32 {
        func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> { columnBytes(s, i) }
        let total = CardItem.allCases.count
        while true {
            let code = sqlite3_step(s)
            guard code == SQLITE_ROW else { return code }
            let missing = sqlite3_column_int(s, 6)
            let row = CustomerListBytes(id: sqlite3_column_int64(s, 0), number: bytes(1), name: bytes(2), company: bytes(3),
                                        tier: AppDatabase.tier(bytes(4)), status: AppDatabase.status(bytes(5)),
                                        filled: total - missing.nonzeroBitCount, warns: missing != 0 || sqlite3_column_int(s, 7) != 0,
                                        lastContact: AppDatabase.date(bytes(10)))
            if !visit(row) { return SQLITE_ABORT }
        }
    }

    /// Whether the bytes are `text`'s UTF-8 (its length is the caller's first test).
    @inline(__always) static func same(_ b: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        b.count == text.utf8CodeUnitCount && memcmp(b.baseAddress!, text.utf8Start, b.count) == 0
    }

    /// The tier stored as these bytes (`CustomerTier(rawValue:)` without making a string).
    static func tier(_ b: UnsafeBufferPointer<UInt8>) -> CustomerTier? {
        switch b.count {
        case 3: return same(b, "key") ? .key : nil
        case 9: return same(b, "important") ? .important : nil
        case 7: return same(b, "general") ? .general : nil
        default: return nil
        }
    }

    /// The status stored as these bytes (`CustomerStatus(rawValue:)`, a prospect when unknown, without making a string).
    static func status(_ b: UnsafeBufferPointer<UInt8>) -> CustomerStatus {
        switch b.count {
        case 8: return same(b, "customer") ? .customer : .prospect
        case 7: return same(b, "dormant") ? .dormant : .prospect
        case 4: return same(b, "lost") ? .lost : .prospect
        default: return .prospect
        }
    }

    /// The strict `YYYY-MM-DD` date the bytes hold (`LocalDate(parsing:)`, read in place), or with `prefix` the one
    /// their first ten hold (of a date and time); nil for no bytes or anything else.
    static func date(_ b: UnsafeBufferPointer<UInt8>, prefix: Bool = false) -> LocalDate? {
        guard prefix else { return LocalDate(isoBytes: b) }
        return b.count >= 10 ? LocalDate(isoBytes: UnsafeBufferPointer(rebasing: b[0..<10])) : nil
    }
}
