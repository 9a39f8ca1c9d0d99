import GRDB
import GRDBSQLite
import MustDoCore

/// The search keys' start pairs of two letters (`SearchKey.startPairs`, bits 0 to 675) kept as a table from each pair
/// to its cards (`customer_start_pair`, migration `v15-customer-list`), so `customers list --search zs` looks up the
/// cards whose key can begin a match with `zs` instead of scanning every key's pair columns.
///
/// The table only ever narrows: every card it names is read with its key, which is tested again (version, symbol
/// mask, pair column) and matched, so a row left from an older key costs a lookup, never a wrong result. What must
/// hold is the other way: every current key has a row for each of its letter pairs. Keys are written in one place,
/// `refreshCustomerSearchKeys`, which writes the rows of the pairs of each key it stores and first removes those of the
/// key it replaces (SQLite's `secure_delete`, which customer writes turn on, overwrites them: a forgotten card's
/// pairs do not stay). Pairs with a digit are not kept: they share 92 bits and nearly every card (phones, numbers)
/// has most of them, so a lookup would narrow nothing; such a search scans the keys' index as before.
extension AppDatabase {
    /// The `v15-customer-list` migration's table (its rows are written by `fillCustomerStartPairs`).
    static let customerStartPairMigration = """
        -- Each card's letter start pairs (SearchKey.startPairs bits 0-675), to look up a search's candidates.
        CREATE TABLE customer_start_pair (
          pair INTEGER NOT NULL,
          customer_id INTEGER NOT NULL,
          PRIMARY KEY (pair, customer_id)
        ) WITHOUT ROWID;
        """

    /// How many start-pair bits have rows: the 676 pairs of two letters (`SearchKey.pairBit`).
    static let letterPairBits = 676

    /// Runs the `v15-customer-list` migration: the table, filled from the current keys' stored pair columns.
    static func customerStartPairMigrate(_ db: Database) throws {
        try db.execute(sql: customerStartPairMigration)
        let words = (letterPairBits + 63) / 64
        var pairs: [(Int64, [Int64])] = []
        let columns = (0..<words).map { "pairs\($0)" }.joined(separator: ", ")
        for row in try Row.fetchAll(db, sql: "SELECT customer_id, \(columns) FROM customer_search_key WHERE version = ?",
                                    arguments: [SearchKey.storedVersion]) {
            pairs.append((row[0], (0..<words).map { row[$0 + 1] }))
        }
        try insertCustomerStartPairs(db, pairs)
    }

    /// Removes the start-pair rows of the cards `ids` (whose keys are about to be stored again): for a few cards, a
    /// lookup of each letter pair per card (no index leads by card); for many, one pass over the table.
    static func removeCustomerStartPairs(_ db: Database, _ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        if ids.count > 16 {
            try db.execute(sql: "DELETE FROM customer_start_pair WHERE customer_id IN (\(ids.map(String.init).joined(separator: ",")))")
            return
        }
        let statement = try db.cachedStatement(sql: """
            WITH RECURSIVE b(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM b WHERE x < \(letterPairBits - 1))
            DELETE FROM customer_start_pair WHERE customer_id = ? AND pair IN b
            """)
        for id in ids { try statement.execute(arguments: [id]) }
    }

    /// Writes the rows of the letter pairs of each `(id, startPairs)`, in key order (pair, then card), which SQLite
    /// appends fastest.
    static func insertCustomerStartPairs(_ db: Database, _ keys: [(id: Int64, pairs: [Int64])]) throws {
        var rows: [Int64] = []   // pair << 40 | id: one sortable integer per row
        for (id, pairs) in keys {
            for (w, word) in pairs.enumerated() where w * 64 < letterPairBits {
                var bits = UInt64(bitPattern: word)
                while bits != 0 {
                    let bit = w * 64 + bits.trailingZeroBitCount
                    bits &= bits - 1
                    if bit < letterPairBits { rows.append((Int64(bit) << 40) | id) }
                }
            }
        }
        guard !rows.isEmpty else { return }
        rows.sort()
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO customer_start_pair (pair, customer_id) VALUES (?, ?)")
        let s = statement.sqliteStatement
        for row in rows {
            sqlite3_bind_int64(s, 1, row >> 40)
            sqlite3_bind_int64(s, 2, row & ((1 << 40) - 1))
            let code = sqlite3_step(s)
            sqlite3_reset(s)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
    }

    /// The start-pair bit `query` must have as a row of `customer_start_pair` (two letters first), or nil.
    static func startPairRowBit(_ query: SearchKey.Query) -> Int? {
        guard let pair = SearchKey.startPair(of: query) else { return nil }
        let bit = pair.word * 64 + UInt64(bitPattern: pair.mask).trailingZeroBitCount
        return bit < letterPairBits ? bit : nil
    }
}
