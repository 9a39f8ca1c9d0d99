import Foundation
import GRDB
import MustDoCore

/// Each card's search key kept in the database (`customer_search_key`), so `customers list --search` and the screen
/// read keys instead of building 10,000 of them from the pinyin table on every run. A key is written in the same
/// transaction as the card (every write goes through `customerWrite`, which ends with `refreshCustomerSearchKeys`);
/// triggers delete a card's key whenever its name, company, number, phone or people change, so a key is never stale
/// after any write, whichever code made it. Keys of another `SearchKey.storedVersion` count as missing.
extension AppDatabase {
    /// The `v8-customer-search-key` migration.
    static let customerSearchKeyMigration = """
        -- A card's search key (SearchKey.stored) and its symbol mask; rebuilt when missing or of another version.
        CREATE TABLE customer_search_key (
          customer_id INTEGER PRIMARY KEY,
          version INTEGER NOT NULL,
          mask INTEGER NOT NULL,
          key BLOB NOT NULL
        );
        CREATE TRIGGER customer_search_key_card AFTER UPDATE OF name, company, number, phone ON customer
          BEGIN DELETE FROM customer_search_key WHERE customer_id = NEW.id; END;
        CREATE TRIGGER customer_search_key_card_gone AFTER DELETE ON customer
          BEGIN DELETE FROM customer_search_key WHERE customer_id = OLD.id; END;
        CREATE TRIGGER customer_search_key_person_in AFTER INSERT ON customer_person
          BEGIN DELETE FROM customer_search_key WHERE customer_id = NEW.customer_id; END;
        CREATE TRIGGER customer_search_key_person_out AFTER DELETE ON customer_person
          BEGIN DELETE FROM customer_search_key WHERE customer_id = OLD.customer_id; END;
        CREATE TRIGGER customer_search_key_person_change AFTER UPDATE ON customer_person
          BEGIN
            DELETE FROM customer_search_key WHERE customer_id = OLD.customer_id;
            DELETE FROM customer_search_key WHERE customer_id = NEW.customer_id;
          END;
        """

    /// The key of a card with these texts, exactly as `Customer.searchKey` builds it.
    static func customerSearchKey(name: String, company: String, number: String, phone: String, people: [String]) -> SearchKey {
        var card = Customer(name: name)
        card[.company] = company
        card[.phone] = phone
        card.number = number
        card.people = people.map { CustomerPerson(name: $0, role: .contact) }
        return card.searchKey
    }

    /// Builds and stores the key of every card that has none of the current version (inside a write transaction),
    /// with its rows in `customer_start_pair` (`startPairRows`: false only for migrations before that table).
    /// Returns how many were built.
    @discardableResult
    static func refreshCustomerSearchKeys(_ db: Database, startPairRows: Bool = true) throws -> Int {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id, c.name, c.company, c.number, c.phone FROM customer c
            LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = ?
            WHERE k.customer_id IS NULL
            """, arguments: [SearchKey.storedVersion])
        guard !rows.isEmpty else { return 0 }
        var people: [Int64: [String]] = [:]
        let ids = Set(rows.map { $0[0] as Int64 })
        for row in try Row.fetchAll(db, sql: "SELECT customer_id, name FROM customer_person ORDER BY customer_id, position") {
            let id: Int64 = row[0]
            if ids.contains(id) { people[id, default: []].append(row[1]) }
        }
        let marks = Array(repeating: "?", count: SearchKey.pairWords).joined(separator: ", ")
        let updates = (0..<SearchKey.pairWords).map { "pairs\($0) = excluded.pairs\($0)" }.joined(separator: ", ")
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO customer_search_key (customer_id, version, mask, key, \(pairColumns)) VALUES (?, ?, ?, ?, \(marks))
            ON CONFLICT(customer_id) DO UPDATE SET version = excluded.version, mask = excluded.mask, key = excluded.key, \(updates)
            """)
        var pairs: [(id: Int64, pairs: [Int64])] = []
        for row in rows {
            let id: Int64 = row[0]
            let key = customerSearchKey(name: row[1], company: row[2], number: row[3], phone: row[4], people: people[id] ?? [])
            let startPairs = key.startPairs
            let values: [DatabaseValueConvertible] = [id, SearchKey.storedVersion, key.storedMask, key.stored] + startPairs
            try upsert.execute(arguments: StatementArguments(values))
            pairs.append((id, startPairs))
        }
        if startPairRows {
            // The replaced keys' pair rows go, the new ones' come (a search reads only the cards these rows name).
            try removeCustomerStartPairs(db, pairs.map(\.id))
            try insertCustomerStartPairs(db, pairs)
        }
        return rows.count
    }

    /// Stores the keys that are missing or of another version (after a migration, a new pinyin table, or a write
    /// by an older MustDo); does nothing, cheaply, when all are current. Returns how many were built.
    @discardableResult
    public func refreshCustomerSearchKeys() throws -> Int {
        let missing = try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM customer c LEFT JOIN customer_search_key k ON k.customer_id = c.id AND k.version = ?
                WHERE k.customer_id IS NULL)
                """, arguments: [SearchKey.storedVersion]) ?? false
        }
        guard missing else { return 0 }
        return try customerWrite { db in try AppDatabase.refreshCustomerSearchKeys(db) }
    }

    /// The stored key of card `id`, if it has a current one (for tests and checks).
    public func storedCustomerSearchKey(id: Int64) throws -> SearchKey? {
        try read { db in
            guard let data = try Data.fetchOne(db, sql: "SELECT key FROM customer_search_key WHERE customer_id = ? AND version = ?",
                                               arguments: [id, SearchKey.storedVersion]) else { return nil }
            return data.withUnsafeBytes { SearchKey(stored: $0) }
        }
    }
}
