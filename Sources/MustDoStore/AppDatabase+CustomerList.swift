import GRDB
import GRDBSQLite
import MustDoCore

/// The customer list as `customers list` prints it, read lean: the columns the table shows, with completeness and
/// the filing warning worked out by SQLite, so 10,000 cards list without building 10,000 cards.
extension AppDatabase {
    /// The rows `query` asks for, in its order, with `FilingReport`'s completeness and warning flag on `today`
    /// (no visits yet: "not filled in after the visit" never warns here). The search text, if any, is matched like
    /// `customers(_:)` does (`Customer.searchKey`), with the keys stored in `customer_search_key`.
    public func customerListRows(_ query: CustomerQuery, today: LocalDate, reviewDays: Int) throws -> [CustomerListRow] {
        let search = query.search.map(SearchKey.Query.init).flatMap { $0.isEmpty ? nil : $0 }
        var built = false
        let rows = try read { db -> [CustomerListRow] in
            var only: [Int64]?
            if let search {
                let (ids, missing) = try AppDatabase.customerIDs(db, query, matching: search)
                only = ids
                built = missing
            }
            return try AppDatabase.customerListRows(db, query, only: only, today: today, reviewDays: reviewDays)
        }
        // Keys that were missing (a file an older MustDo wrote, a new pinyin table) are stored for the next search;
        // a read-only file just builds them again next time.
        if built { _ = try? refreshCustomerSearchKeys() }
        return rows
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
            // The stored key is matched straight from SQLite's buffer.
            if let blob = sqlite3_column_blob(s, 1),
               let key = SearchKey(stored: UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(s, 1)))) {
                if key.matches(search) { ids.append(id) }
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

    /// The rows of the cards `query`'s filters keep (only those of `only`, when given), in its order.
    static func customerListRows(_ db: Database, _ query: CustomerQuery, only: [Int64]?, today: LocalDate, reviewDays: Int) throws -> [CustomerListRow] {
        if only?.isEmpty == true { return [] }
        let (conditions, arguments) = AppDatabase.conditions(query)
        let restrict = only.map { " AND c.id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        let day = "'\(today)'"
        // The 14 items of CardItem.isFilled, one term each, in the same order.
        let sql = """
            SELECT id, number, name, company, tier, status,
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
            FROM customer c WHERE \(conditions)\(restrict) ORDER BY \(AppDatabase.order(query.sort))
            """
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let s = statement.sqliteStatement
        func text(_ i: Int32) -> String {
            guard let p = sqlite3_column_text(s, i) else { return "" }
            return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))), as: UTF8.self)
        }
        var rows: [CustomerListRow] = []
        let total = CardItem.allCases.count
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            let filled = Int(sqlite3_column_int(s, 6))
            rows.append(CustomerListRow(id: sqlite3_column_int64(s, 0), number: text(1), name: text(2), company: text(3),
                                        tier: CustomerTier(rawValue: text(4)), status: CustomerStatus(rawValue: text(5)) ?? .prospect,
                                        filled: filled, warns: filled < total || sqlite3_column_int(s, 7) != 0))
        }
        sqlite3_reset(s)
        return rows
    }
}
