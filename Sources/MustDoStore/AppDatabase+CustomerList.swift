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
        let search = query.search.map(SearchKey.Query.init).flatMap { $0.isEmpty ? nil : $0 }
        var built = false
        let list = try read { db -> (rows: [CustomerListRow], keys: StoredSearchKeys) in
            var only: [Int64]?
            if let search {
                let (ids, missing) = try AppDatabase.customerIDs(db, query, matching: search)
                only = ids
                built = missing
            }
            let list = try AppDatabase.customerList(db, query, only: only, today: today, reviewDays: reviewDays, detail: detail)
            if list.built { built = true }
            return (list.rows, list.keys)
        }
        // Keys that were missing (a file an older MustDo wrote, a new pinyin table) are stored for the next read;
        // a read-only file just builds them again next time.
        if built { _ = try? refreshCustomerSearchKeys() }
        return list
    }

    /// The ids of the cards `query`'s filters keep whose search key matches `search`, read from the stored keys (built
    /// in memory for cards without a current one: `missing` says so). Only the matches get their rows worked out.
    static func customerIDs(_ db: Database, _ query: CustomerQuery, matching search: SearchKey.Query) throws -> (ids: [Int64], missing: Bool) {
        let (conditions, arguments) = AppDatabase.conditions(query)
        // The key's own first test, in SQL: a card whose symbols lack one typed is never read.
        let q = SearchKey.storedMask(of: search)
        let statement = try db.makeStatement(sql: """
            SELECT c.id, k.key FROM customer c
            LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = \(SearchKey.storedVersion)
            WHERE \(conditions) AND (k.key IS NULL OR (k.mask & \(q)) = \(q))
            """)
        try statement.setArguments(arguments)
        let s = statement.sqliteStatement
        var ids: [Int64] = []
        var missing: [Int64] = []
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            let id = sqlite3_column_int64(s, 0)
            // The stored key is matched in place, in SQLite's buffer: nothing is built or copied per card.
            if let blob = sqlite3_column_blob(s, 1),
               let found = SearchKey.matches(stored: UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(s, 1))), search) {
                if found { ids.append(id) }
            } else {
                missing.append(id)
            }
        }
        sqlite3_reset(s)
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

    /// The rows of the cards `query`'s filters keep (only those of `only`, when given), in number order; with
    /// `detail`, their tags and stored search keys too (`built`: some key had to be built).
    static func customerList(_ db: Database, _ query: CustomerQuery, only: [Int64]?, today: LocalDate, reviewDays: Int,
                             detail: Bool) throws -> (rows: [CustomerListRow], keys: StoredSearchKeys, built: Bool) {
        if only?.isEmpty == true { return ([], StoredSearchKeys(), false) }
        let (conditions, arguments) = AppDatabase.conditions(query)
        let ids = only.map { $0.map(String.init).joined(separator: ",") }
        let restrict = ids.map { " AND c.id IN (\($0))" } ?? ""
        let day = "'\(today)'"
        let key = detail ? ", k.key" : ""
        let join = detail ? " LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = \(SearchKey.storedVersion)" : ""
        // The 14 items of CardItem.isFilled, one term each, in the same order; then FilingReport's other checks
        // (not reviewed for too long, the decision date passed, a visit after the card's last update).
        let sql = """
            SELECT c.id, number, name, company, tier, status,
              (name != '')
              + (decision_maker != '' OR EXISTS (SELECT 1 FROM customer_person p WHERE p.customer_id = c.id AND p.role = 'decision-maker'))
              + (grade != '' OR tier != '')
              + (address != '' OR phone != '' OR email != '')
              + (needs != '') + (financial != '') + (business != '') + (purchasing != '') + (credit != '') + (relations != '')
              + (contact != '' OR EXISTS (SELECT 1 FROM customer_person p WHERE p.customer_id = c.id AND p.role = 'contact'))
              + (created_by != '' AND created_at != '')
              + (number != '') + (notes != ''),
              (julianday(\(day)) - julianday(coalesce(reviewed_on, substr(created_at, 1, 10)))) > \(reviewDays)
              OR (status = 'prospect' AND decision_date != '' AND decision_date < \(day))
              OR (last_contact IS NOT NULL AND last_contact > substr(updated_at, 1, 10)),
              updated_at, archived_at IS NOT NULL, last_contact, substr(created_at, 1, 10), contact_every\(key)
            FROM customer c\(join) WHERE \(conditions)\(restrict) ORDER BY c.id
            """
        var tags: [Int64: [String]] = [:]
        if detail {
            let within = ids.map { " WHERE customer_id IN (\($0))" } ?? ""
            for row in try Row.fetchAll(db, sql: "SELECT customer_id, tag FROM customer_tag\(within) ORDER BY customer_id, tag") {
                tags[row[0], default: []].append(row[1])
            }
        }
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let s = statement.sqliteStatement
        func text(_ i: Int32) -> String {
            guard let p = sqlite3_column_text(s, i) else { return "" }
            return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))), as: UTF8.self)
        }
        var rows: [CustomerListRow] = []
        var keys = StoredSearchKeys()
        var built = false
        if detail { keys.reserve(only?.count ?? 1024) }
        let total = CardItem.allCases.count
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            let id = sqlite3_column_int64(s, 0)
            let filled = Int(sqlite3_column_int(s, 6))
            let row = CustomerListRow(id: id, number: text(1), name: text(2), company: text(3),
                                      tier: CustomerTier(rawValue: text(4)), status: CustomerStatus(rawValue: text(5)) ?? .prospect,
                                      filled: filled, warns: filled < total || sqlite3_column_int(s, 7) != 0, tags: tags[id] ?? [],
                                      updatedAt: text(8), archived: sqlite3_column_int(s, 9) != 0,
                                      lastContact: sqlite3_column_type(s, 10) == SQLITE_NULL ? nil : LocalDate(parsing: text(10)),
                                      createdOn: LocalDate(parsing: text(11)), contactEvery: Int(text(12)))
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
}
