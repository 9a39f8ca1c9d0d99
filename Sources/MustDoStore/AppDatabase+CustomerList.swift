import GRDB
import GRDBSQLite
import MustDoCore

/// The customer list as `customers list` prints it, read lean: the columns the table shows, with completeness and
/// the filing warning worked out by SQLite, so 10,000 cards list without building 10,000 cards.
extension AppDatabase {
    /// The rows `query` asks for, in its order, with `FilingReport`'s completeness and warning flag on `today`
    /// (no visits yet: "not filled in after the visit" never warns here). The search text, if any, is matched like
    /// `customers(_:)` does (`Customer.searchKey`).
    public func customerListRows(_ query: CustomerQuery, today: LocalDate, reviewDays: Int) throws -> [CustomerListRow] {
        let search = query.search.map(SearchKey.Query.init).flatMap { $0.isEmpty ? nil : $0 }
        return try read { db in
            let (conditions, arguments) = AppDatabase.conditions(query)
            let extra = search == nil ? "" : ", phone"
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
                FROM customer c WHERE \(conditions) ORDER BY \(AppDatabase.order(query.sort))
                """
            let statement = try db.makeStatement(sql: sql)
            try statement.setArguments(arguments)
            let s = statement.sqliteStatement
            func text(_ i: Int32) -> String {
                guard let p = sqlite3_column_text(s, i) else { return "" }
                return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))), as: UTF8.self)
            }
            var rows: [CustomerListRow] = []
            var phones: [String] = []
            let total = CardItem.allCases.count
            while true {
                let code = sqlite3_step(s)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
                let filled = Int(sqlite3_column_int(s, 6))
                rows.append(CustomerListRow(id: sqlite3_column_int64(s, 0), number: text(1), name: text(2), company: text(3),
                                            tier: CustomerTier(rawValue: text(4)), status: CustomerStatus(rawValue: text(5)) ?? .prospect,
                                            filled: filled, warns: filled < total || sqlite3_column_int(s, 7) != 0))
                if search != nil { phones.append(text(8)) }
            }
            sqlite3_reset(s)
            guard let search else { return rows }
            // People's names are searched too: one query for all of them.
            var people: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT customer_id, name FROM customer_person ORDER BY customer_id, position") {
                people[row[0], default: []].append(row[1])
            }
            var kept: [CustomerListRow] = []
            var prefilter = CustomerSearchPrefilter(search)
            for (row, phone) in zip(rows, phones) {
                guard prefilter.mayMatch([row.name, row.company, row.number, phone] + (people[row.id] ?? [])) else { continue }
                var card = Customer(name: row.name)
                card[.company] = row.company
                card[.phone] = phone
                card.number = row.number
                card.people = (people[row.id] ?? []).map { CustomerPerson(name: $0, role: .contact) }
                if card.searchKey.matches(search) { kept.append(row) }
            }
            return kept
        }
    }
}
