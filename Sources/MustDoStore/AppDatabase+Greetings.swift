import GRDB
import GRDBSQLite
import MustDoCore

/// The greet list's reading (current cards with their birthdays and card dates) and the card dates' writes.
extension AppDatabase {
    /// Every current card (not archived, merged or forgotten) as the greet list needs it, read in one transaction.
    public func greetingPeople() throws -> [GreetingCalendar.Person] {
        try read { db in
            let reader = PlanReader(db.sqliteConnection!)
            defer { reader.finalize() }
            return try AppDatabase.greetingPeople(reader)
        }
    }

    static func greetingPeople(_ r: PlanReader) throws -> [GreetingCalendar.Person] {
        var dates: [Int64: [GreetingCalendar.CardDate]] = [:]
        try r.each("SELECT customer_id, label, date FROM customer_date ORDER BY customer_id, label") { s in
            guard let d = Birthday(parsing: PlanReader.text(s, 2)) else { return }
            dates[sqlite3_column_int64(s, 0), default: []].append(GreetingCalendar.CardDate(label: PlanReader.text(s, 1), date: d))
        }
        var people: [GreetingCalendar.Person] = []
        try r.each("""
            SELECT id, number, name, tier, status, birthday FROM customer
            WHERE archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL ORDER BY number
            """) { s in people.append(greetingPerson(s, dates: dates)) }
        return people
    }

    /// A card from a row of `id, number, name, tier, status, birthday`, with its dates from `dates`.
    private static func greetingPerson(_ s: OpaquePointer, dates: [Int64: [GreetingCalendar.CardDate]]) -> GreetingCalendar.Person {
        let id = sqlite3_column_int64(s, 0)
        let birthday = PlanReader.text(s, 5)
        return GreetingCalendar.Person(id: id, number: PlanReader.text(s, 1), name: PlanReader.text(s, 2), tier: CustomerTier(rawValue: PlanReader.text(s, 3)),
                                       status: CustomerStatus(rawValue: PlanReader.text(s, 4)) ?? .prospect,
                                       birthday: birthday.isEmpty ? nil : Birthday(parsing: birthday), dates: dates[id] ?? [])
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
        try read { db in
            let reader = PlanReader(db.sqliteConnection!)
            defer { reader.finalize() }
            return try AppDatabase.greetingPeople(reader, from: first, through: last)
        }
    }

    static func greetingPeople(_ r: PlanReader, from first: LocalDate, through last: LocalDate) throws -> [GreetingCalendar.Person] {
        guard let keys = GreetingCalendar.recurrenceKeys(from: first, through: last) else { return try greetingPeople(r) }
        let marks = Array(repeating: "?", count: keys.count + 1).joined(separator: ",")
        let arguments = ([""] + keys).map(QuickConnection.Value.text)
        var dates: [Int64: [GreetingCalendar.CardDate]] = [:]
        try r.each("""
            SELECT customer_id, label, date FROM customer_date WHERE \(AppDatabase.recurrenceKey("date")) IN (\(marks))
            ORDER BY customer_id, label
            """, arguments) { s in
            guard let d = Birthday(parsing: PlanReader.text(s, 2)) else { return }
            dates[sqlite3_column_int64(s, 0), default: []].append(GreetingCalendar.CardDate(label: PlanReader.text(s, 1), date: d))
        }
        let current = "archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL"
        var ids = Set<Int64>()
        var people: [GreetingCalendar.Person] = []
        func add(_ s: OpaquePointer) {
            guard ids.insert(sqlite3_column_int64(s, 0)).inserted else { return }
            people.append(greetingPerson(s, dates: dates))
        }
        try r.each("""
            SELECT id, number, name, tier, status, birthday FROM customer
            WHERE birthday != '' AND \(current) AND \(AppDatabase.recurrenceKey("birthday")) IN (\(marks))
            """, arguments, add)
        if !dates.isEmpty {
            let list = dates.keys.map(String.init).joined(separator: ",")
            try r.each("SELECT id, number, name, tier, status, birthday FROM customer WHERE id IN (\(list)) AND \(current)", [], add)
        }
        return people.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
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
