import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

/// `customer_start_pair` (migration `v15-customer-list`): after every kind of write, its rows are exactly the letter
/// start pairs of the stored keys (none missing, or a search would lose the card; none left from an old key, or a
/// forgotten name's initials would stay), and a search through it lists what a fresh search finds.
@Suite struct CustomerStartPairStoreTests {
    private static let now = "2026-11-27T09:00:00"
    private static let day = LocalDate(parsing: "2026-11-27")!

    /// The rows the table must hold: each current key's letter pairs (`SearchKey.startPairs` bits 0-675).
    private func expectedRows(_ db: AppDatabase) throws -> Set<[Int64]> {
        try db.read { db in
            var rows = Set<[Int64]>()
            for row in try Row.fetchAll(db, sql: "SELECT customer_id, key FROM customer_search_key WHERE version = ?",
                                        arguments: [SearchKey.storedVersion]) {
                let id: Int64 = row[0]
                let data: Data = row[1]
                let key = try #require(data.withUnsafeBytes { SearchKey(stored: $0) })
                for (w, word) in key.startPairs.enumerated() {
                    for b in 0..<64 where UInt64(bitPattern: word) >> UInt64(b) & 1 == 1 && w * 64 + b < 676 {
                        rows.insert([Int64(w * 64 + b), id])
                    }
                }
            }
            return rows
        }
    }

    private func storedRows(_ db: AppDatabase) throws -> Set<[Int64]> {
        try db.read { db in
            Set(try Row.fetchAll(db, sql: "SELECT pair, customer_id FROM customer_start_pair").map { [$0[0], $0[1]] as [Int64] })
        }
    }

    private func pairBit(_ text: String) -> Int64 { Int64(AppDatabase.startPairRowBit(SearchKey.Query(text))!) }

    @Test func everyWriteKeepsTheRowsExactlyTheKeysPairs() throws {
        let db = try AppDatabase.inMemory()
        func check(_ what: String) throws {
            let expected = try expectedRows(db), stored = try storedRows(db)
            #expect(!expected.isEmpty, "\(what)")
            #expect(stored == expected, "\(what): missing \(expected.subtracting(stored).count), left over \(stored.subtracting(expected).count)")
        }
        let c = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: Self.now)
        try check("add")
        #expect(try storedRows(db).contains([pairBit("zs"), c.id]))
        try db.editCustomer(id: c.id, now: Self.now, reviewedOn: nil) { $0[.name] = "李四" }
        try check("edit")
        #expect(!(try storedRows(db).contains([pairBit("zs"), c.id])), "the old name's pair is gone")
        try db.changeCustomer(id: c.id, expected: nil, now: Self.now) { $0.put(CustomerPerson(name: "王伟", role: .buyer)) }
        try check("a person added")
        let d = try db.addCustomer(Customer(name: "赵六"), prefix: "KH-", now: Self.now)
        try db.mergeCustomers(into: c.id, from: d.id, now: Self.now)
        try check("merge")
        let items = (0..<40).map { i in CustomerImportItem(card: Customer(name: ["欧阳明", "John Smith", "单华", "吕芳"][i % 4] + String(i)), uid: nil, place: "t") }
        _ = try db.importCustomers(items, duplicates: .skip, prefix: "KH-", now: Self.now)
        try check("import of 40 (one pass over the table)")
        // A write outside the store drops the key; the next read stores it again, with its rows.
        let e = try db.addCustomer(Customer(name: "钱八"), prefix: "KH-", now: Self.now)
        try db.write { try $0.execute(sql: "UPDATE customer SET name = '孙七' WHERE id = ?", arguments: [e.id]) }
        #expect(try db.customerList(CustomerQuery(search: "sq"), today: Self.day, reviewDays: 90).rows.map(\.id) == [e.id])
        try check("a write outside the store, then a search")
        // Forgetting erases the name's pairs, not only the name.
        try db.forgetCustomer(id: c.id, now: Self.now)
        try check("forget")
        #expect(!(try storedRows(db).contains { $0[1] == c.id && ($0[0] == pairBit("ls") || $0[0] == pairBit("ww")) }))
        #expect(try db.customerList(CustomerQuery(search: "ls"), today: Self.day, reviewDays: 90).rows.isEmpty)
    }

    @Test func theMigrationFillsTheTableFromTheStoredKeys() throws {
        let db = try AppDatabase.inMemory()
        let items = (0..<30).map { i in CustomerImportItem(card: Customer(name: ["张三", "李四", "Ann Lee"][i % 3] + String(i)), uid: nil, place: "t") }
        _ = try db.importCustomers(items, duplicates: .skip, prefix: "KH-", now: Self.now)
        let before = try storedRows(db)
        try db.write { db in
            try db.execute(sql: "DROP TABLE customer_start_pair")
            try AppDatabase.customerStartPairMigrate(db)
        }
        #expect(try storedRows(db) == before)
        #expect(try storedRows(db) == expectedRows(db))
        #expect(try db.customerList(CustomerQuery(search: "zs"), today: Self.day, reviewDays: 90).rows.count == 10)
    }

    @Test func aStaleRowNeverListsACardThatDoesNotMatch() throws {
        let db = try AppDatabase.inMemory()
        let c = try db.addCustomer(Customer(name: "李四"), prefix: "KH-", now: Self.now)
        // A row for a pair the card's key does not have (as an older key's would be): the key's own tests drop it.
        try db.write { try $0.execute(sql: "INSERT INTO customer_start_pair (pair, customer_id) VALUES (?, ?)", arguments: [pairBit("zs"), c.id]) }
        #expect(try db.customerList(CustomerQuery(search: "zs"), today: Self.day, reviewDays: 90).rows.isEmpty)
        #expect(try db.customerList(CustomerQuery(search: "ls"), today: Self.day, reviewDays: 90).rows.map(\.id) == [c.id])
    }
}
