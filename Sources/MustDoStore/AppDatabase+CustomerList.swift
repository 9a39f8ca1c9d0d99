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
        // Stored keys, built first for cards that lack a current one (a write; skipped when the file is read-only,
        // the missing keys are then built below in memory).
        if search != nil { _ = try? refreshCustomerSearchKeys() }
        return try read { db in
            let (conditions, arguments) = AppDatabase.conditions(query)
            var extra = "", join = "", maskTest = ""
            if let search {
                extra = ", k.key, phone"
                join = " LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = \(SearchKey.storedVersion)"
                // The key's own first test, in SQL: a card whose symbols lack one typed is never read.
                let q = SearchKey.storedMask(of: search)
                maskTest = " AND (k.key IS NULL OR (k.mask & \(q)) = \(q))"
            }
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
                  OR (status = 'prospect' AND decision_date != '' AND decision_date < \(day))\(extra)
                FROM customer c\(join) WHERE \(conditions)\(maskTest) ORDER BY \(AppDatabase.order(query.sort))
                """
            let statement = try db.makeStatement(sql: sql)
            try statement.setArguments(arguments)
            let s = statement.sqliteStatement
            func text(_ i: Int32) -> String {
                guard let p = sqlite3_column_text(s, i) else { return "" }
                return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))), as: UTF8.self)
            }
            var rows: [CustomerListRow] = []
            var missing: [(index: Int, phone: String)] = []
            var kept: [Bool] = []
            let total = CardItem.allCases.count
            while true {
                let code = sqlite3_step(s)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
                let filled = Int(sqlite3_column_int(s, 6))
                if let search {
                    // The stored key is matched straight from SQLite's buffer; a card without one is built below.
                    var matched: Bool?
                    if let blob = sqlite3_column_blob(s, 8) {
                        matched = SearchKey(stored: UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(s, 8))))?.matches(search)
                    }
                    if matched == nil { missing.append((rows.count, text(9))) }
                    if matched == false { continue }
                    kept.append(matched == true)
                }
                rows.append(CustomerListRow(id: sqlite3_column_int64(s, 0), number: text(1), name: text(2), company: text(3),
                                            tier: CustomerTier(rawValue: text(4)), status: CustomerStatus(rawValue: text(5)) ?? .prospect,
                                            filled: filled, warns: filled < total || sqlite3_column_int(s, 7) != 0))
            }
            sqlite3_reset(s)
            guard let search else { return rows }
            if !missing.isEmpty {
                // Cards without a stored key (a read-only file an older MustDo wrote): built as the screen builds them.
                var people: [Int64: [String]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT customer_id, name FROM customer_person ORDER BY customer_id, position") {
                    people[row[0], default: []].append(row[1])
                }
                for (index, phone) in missing {
                    let row = rows[index]
                    let key = AppDatabase.customerSearchKey(name: row.name, company: row.company, number: row.number, phone: phone,
                                                            people: people[row.id] ?? [])
                    kept[index] = key.matches(search)
                }
            }
            return zip(rows, kept).compactMap { $1 ? $0 : nil }
        }
    }
}
