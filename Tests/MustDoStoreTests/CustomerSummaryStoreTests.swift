import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

/// Each card's completeness stored in its row (`customer.missing`, migration `v12-customer-summary`): after every
/// kind of write it says what the card's own `FilingReport` says, a write outside the store never leaves a wrong
/// count behind, and a database from before the migration gets it filled in.
@Suite struct CustomerSummaryStoreTests {
    static let now = "2026-11-20T09:00:00"
    static let today = LocalDate(parsing: "2026-11-27")!

    /// The stored items of every card (forgotten ones included) against `FilingReport` of the whole card, and the
    /// lean list's counts against the cards' (`what` names the write, for the failure message).
    static func expectAgree(_ db: AppDatabase, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ids = try db.read { try Int64.fetchAll($0, sql: "SELECT id FROM customer ORDER BY id") }
        #expect(!ids.isEmpty, sourceLocation: sourceLocation)
        for id in ids {
            let card = try #require(try db.customer(id: id))
            let expected = FilingReport(card: card, today: today, settings: CustomerSettings()).missing
            #expect(try db.storedMissingItems(id: id) == expected, "after \(what): \(card.number) \(card.name)", sourceLocation: sourceLocation)
        }
        for archived in [false, true] {
            let cards = try db.customers(CustomerQuery(archived: archived)).sorted { $0.id < $1.id }
            let expected = cards.map { CustomerListRow(card: $0, today: today, settings: CustomerSettings()) }
            let rows = try db.customerList(CustomerQuery(archived: archived), today: today, reviewDays: CustomerSettings().reviewDays).rows
            #expect(rows == expected, "list after \(what)", sourceLocation: sourceLocation)
        }
    }

    @Test func theStoredCompletenessFollowsEveryKindOfWrite() throws {
        let db = try AppDatabase.inMemory()
        // add
        var a = Customer(name: "张三")
        try a.set(.phone, "138 0013 8000", today: Self.today)
        let first = try db.addCustomer(a, prefix: "KH-", now: Self.now)
        var b = Customer(name: "李四")
        try b.set(.company, "华兴贸易", today: Self.today)
        try b.set(.needs, "servers", today: Self.today)
        let second = try db.addCustomer(b, prefix: "KH-", now: Self.now)
        try Self.expectAgree(db, "add")
        #expect(try db.storedMissingItems(id: first.id)?.contains(.needs) == true)
        // edit: fields filled in and emptied, the tier standing in for a grade
        _ = try db.editCustomer(id: first.id, now: Self.now, reviewedOn: Self.today) {
            $0[.needs] = "a printer"
            $0[.notes] = "met at the fair"
            $0[.tier] = "key"
        }
        _ = try db.editCustomer(id: second.id, now: Self.now, reviewedOn: nil) { $0[.needs] = "" }
        try Self.expectAgree(db, "edit")
        #expect(try db.storedMissingItems(id: first.id)?.contains(.grade) == false)
        // people: a decision-maker and a contact fill two items without their fields
        let before = try #require(try db.customer(id: first.id))
        try db.changeCustomer(id: first.id, expected: nil, now: Self.now) {
            $0.put(CustomerPerson(name: "王总", role: .decisionMaker))
            $0.put(CustomerPerson(name: "小李", role: .contact))
        }
        try Self.expectAgree(db, "people added")
        #expect(try db.storedMissingItems(id: first.id).map { $0.contains(.decisionMaker) || $0.contains(.contact) } == false)
        // undo (the screen's: the card put back as it was, if unchanged since), then redo
        let after = try #require(try db.customer(id: first.id))
        try db.changeCustomer(id: first.id, expected: after, now: Self.now) { $0 = before }
        try Self.expectAgree(db, "undo")
        #expect(try db.storedMissingItems(id: first.id)?.contains(.decisionMaker) == true)
        try db.changeCustomer(id: first.id, expected: before, now: Self.now) { $0 = after }
        try Self.expectAgree(db, "redo")
        // a person's role changed, then removed
        try db.changeCustomer(id: first.id, expected: nil, now: Self.now) { $0.people = [CustomerPerson(name: "王总", role: .buyer)] }
        try Self.expectAgree(db, "people changed")
        // archive and restore
        _ = try db.setCustomerArchived(id: second.id, true, now: Self.now)
        try Self.expectAgree(db, "archive")
        _ = try db.setCustomerArchived(id: second.id, false, now: Self.now)
        try Self.expectAgree(db, "restore")
        // import: new cards and a merged duplicate
        var c = Customer(name: "王五")
        try c.set(.credit, "AA", today: Self.today)
        var dup = Customer(name: "李四")
        try dup.set(.company, "华兴贸易", today: Self.today)
        try dup.set(.financial, "sound", today: Self.today)
        _ = try db.importCustomers([CustomerImportItem(card: c, uid: nil, place: "test"), CustomerImportItem(card: dup, uid: nil, place: "test")],
                                   duplicates: .merge, prefix: "KH-", now: Self.now)
        try Self.expectAgree(db, "import")
        #expect(try db.storedMissingItems(id: second.id)?.contains(.financial) == false, "the merged duplicate's field counts")
        // merge, forget
        let third = try db.addCustomer(Customer(name: "赵六"), prefix: "KH-", now: Self.now)
        _ = try db.mergeCustomers(into: first.id, from: third.id, now: Self.now)
        try Self.expectAgree(db, "merge")
        _ = try db.forgetCustomer(id: second.id, now: Self.now)
        try Self.expectAgree(db, "forget")
    }

    @Test func aWriteOutsideTheStoreIsNeverShownWrong() throws {
        let db = try AppDatabase.inMemory()
        let card = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: Self.now)
        // The sqlite3 shell, or an older MustDo: the triggers clear the stored value ...
        try db.write { db in
            try db.execute(sql: "UPDATE customer SET notes = 'n', needs = 'x' WHERE id = ?", arguments: [card.id])
            try db.execute(sql: "INSERT INTO customer_person (customer_id, position, name, role, note) VALUES (?, 0, '王总', 'decision-maker', '')",
                           arguments: [card.id])
        }
        #expect(try db.storedMissingItems(id: card.id) == nil)
        // ... the list works it out meanwhile, and stores it for the next read.
        let row = try #require(try db.customerList(CustomerQuery(), today: Self.today, reviewDays: 90).rows.first)
        let whole = try #require(try db.customer(id: card.id))
        #expect(row.filled == FilingReport(card: whole, today: Self.today, settings: CustomerSettings()).filled)
        #expect(try db.storedMissingItems(id: card.id) == FilingReport(card: whole, today: Self.today, settings: CustomerSettings()).missing)
        try Self.expectAgree(db, "a write outside the store")
    }

    @Test func theMigrationFillsItInForADatabaseFromBefore() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/v11.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(queue, upTo: "v11-sales-plan")
            try queue.write { db in
                let cards: [(String, String, String, String)] = [("KH-0001", "张三", "华兴贸易", "138 0013 8000"), ("KH-0002", "李四", "", ""),
                                                                ("KH-0003", "John Smith", "Acme Ltd", "")]
                for (i, (number, name, company, phone)) in cards.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO customer (number, name, company, phone, needs, tier, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'me', '2026-06-01T09:00:00', '2026-06-01T09:00:00')
                        """, arguments: [number, name, company, phone, i == 0 ? "servers" : "", i == 2 ? "key" : ""])
                }
                try db.execute(sql: "INSERT INTO customer_person (customer_id, position, name, role, note) VALUES (2, 0, '王总', 'contact', '')")
            }
        }
        let db = try AppDatabase.open(path: path)
        for id: Int64 in [1, 2, 3] { #expect(try db.storedMissingItems(id: id) != nil, "card \(id) is filled in by the migration") }
        try Self.expectAgree(db, "the migration")
        // The keys were built again with their start pairs: the search finds what it found.
        #expect(try db.customerList(CustomerQuery(search: "zs"), today: Self.today, reviewDays: 90).rows.map { $0.number } == ["KH-0001"])
        #expect(try db.customerList(CustomerQuery(search: "js"), today: Self.today, reviewDays: 90).rows.map { $0.number } == ["KH-0003"])
        #expect(try db.storedCustomerSearchKey(id: 2) != nil)
    }
}
