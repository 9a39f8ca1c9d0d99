import GRDB
import MustDoCore

/// The greet list's reading (current cards with their birthdays and card dates) and the card dates' writes.
extension AppDatabase {
    /// Every current card (not archived, merged or forgotten) as the greet list needs it, read in one transaction.
    public func greetingPeople() throws -> [GreetingCalendar.Person] {
        try read { db in
            var dates: [Int64: [GreetingCalendar.CardDate]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT customer_id, label, date FROM customer_date ORDER BY customer_id, label") {
                guard let d = Birthday(parsing: row["date"] as String) else { continue }
                dates[row["customer_id"], default: []].append(GreetingCalendar.CardDate(label: row["label"], date: d))
            }
            // Columns by position: decoding 2,000 rows by name was most of this read.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, number, name, tier, status, birthday FROM customer
                WHERE archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL ORDER BY number
                """)
            var people: [GreetingCalendar.Person] = []
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let birthday: String = row[5]
                people.append(GreetingCalendar.Person(id: id, number: row[1], name: row[2], tier: CustomerTier(rawValue: row[3]),
                                                      status: CustomerStatus(rawValue: row[4]) ?? .prospect,
                                                      birthday: birthday.isEmpty ? nil : Birthday(parsing: birthday), dates: dates[id] ?? []))
            }
            return people
        }
    }

    /// The month-day key of a birthday or card date kept in canonical form (`s` + `MM-DD` solar, `l` + `MM-DD` lunar,
    /// leap month or not), '' for any other text; `customer_birthday_day` indexes it (`v13-plan-indexes`).
    static func recurrenceKey(_ column: String) -> String {
        """
        CASE WHEN \(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN 's' || substr(\(column), 6)
             WHEN \(column) GLOB 'lunar:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN 'l' || substr(\(column), 12)
             WHEN \(column) GLOB 'lunar:[0-9][0-9][0-9][0-9]-L[0-9][0-9]-[0-9][0-9]' THEN 'l' || substr(\(column), 13)
             ELSE '' END
        """
    }

    /// The cards (not archived, merged or forgotten) whose birthday or card dates may recur from `first` through `last`,
    /// with those dates only (`GreetingCalendar.recurrenceKeys`; cards whose date is not in canonical form are always read),
    /// or every card as `greetingPeople()` reads them when the range is long. The greet list of the range made from
    /// these is the one made from every card, festivals aside: a festival greets every customer, so with one in the
    /// range read `greetingPeople()`.
    public func greetingPeople(from first: LocalDate, through last: LocalDate) throws -> [GreetingCalendar.Person] {
        guard let keys = GreetingCalendar.recurrenceKeys(from: first, through: last) else { return try greetingPeople() }
        let marks = Array(repeating: "?", count: keys.count + 1).joined(separator: ",")
        let arguments = StatementArguments([""] + keys)
        return try read { db in
            var dates: [Int64: [GreetingCalendar.CardDate]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT customer_id, label, date FROM customer_date WHERE \(AppDatabase.recurrenceKey("date")) IN (\(marks))
                ORDER BY customer_id, label
                """, arguments: arguments) {
                guard let d = Birthday(parsing: row[2] as String) else { continue }
                dates[row[0], default: []].append(GreetingCalendar.CardDate(label: row[1], date: d))
            }
            let current = "archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL"
            var ids = Set<Int64>()
            var people: [GreetingCalendar.Person] = []
            func add(_ row: Row) {
                let id: Int64 = row[0]
                guard ids.insert(id).inserted else { return }
                let birthday: String = row[5]
                people.append(GreetingCalendar.Person(id: id, number: row[1], name: row[2], tier: CustomerTier(rawValue: row[3]),
                                                      status: CustomerStatus(rawValue: row[4]) ?? .prospect,
                                                      birthday: birthday.isEmpty ? nil : Birthday(parsing: birthday), dates: dates[id] ?? []))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT id, number, name, tier, status, birthday FROM customer
                WHERE birthday != '' AND \(current) AND \(AppDatabase.recurrenceKey("birthday")) IN (\(marks))
                """, arguments: arguments) { add(row) }
            if !dates.isEmpty {
                let list = dates.keys.map(String.init).joined(separator: ",")
                for row in try Row.fetchAll(db, sql: "SELECT id, number, name, tier, status, birthday FROM customer WHERE id IN (\(list)) AND \(current)") {
                    add(row)
                }
            }
            return people.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
        }
    }

    /// Sets the date labelled `label` on the card `ref` names (replacing one with that label), in one transaction.
    public func setCustomerDate(customer ref: String, label: String, date: Birthday) throws -> Customer {
        try customerWrite { db in
            let c = try AppDatabase.resolveCustomer(db, ref)
            if c.forgottenAt != nil { throw MustDoError.invalidInput(.salesCustomerForgotten, ["customer": c.number]) }
            try db.execute(sql: "INSERT INTO customer_date (customer_id, label, date) VALUES (?, ?, ?) ON CONFLICT(customer_id, label) DO UPDATE SET date = excluded.date",
                           arguments: [c.id, label, date.description])
            return c
        }
    }

    /// Removes the date labelled `label` from the card `ref` names; throws one sentence when the card has no such date.
    public func removeCustomerDate(customer ref: String, label: String) throws -> Customer {
        try customerWrite { db in
            let c = try AppDatabase.resolveCustomer(db, ref)
            try db.execute(sql: "DELETE FROM customer_date WHERE customer_id = ? AND label = ?", arguments: [c.id, label])
            if db.changesCount == 0 {
                throw MustDoError.invalidInput(.greetDateUnknown, ["label": label.quotedForMessage(), "customer": c.number])
            }
            return c
        }
    }
}
