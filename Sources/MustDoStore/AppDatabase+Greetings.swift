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
