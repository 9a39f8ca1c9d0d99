import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

/// The customer list's lean read (`customerList`), from which the screen's list and `customers list` both build their
/// one presentation model: its rows must say what the whole cards' filing reports say, its stored keys must find what
/// the cards' own keys find, and a card without a current key still gets one.
@Suite struct CustomerListStoreTests {
    static let now = "2026-11-20T09:00:00"
    static func day(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

    /// Cards with every mix of fields, people, tags, statuses, decision dates, archived ones, and visits before and
    /// after the card's last edit.
    static func seed() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        var random = SystemRandomNumberGenerator()
        let fields: [(CustomerField, String)] = [(.company, "华兴贸易"), (.decisionMaker, "王总"), (.phone, "138 0013 8000"), (.needs, "servers"),
                                                 (.financial, "ok"), (.credit, "AA"), (.notes, "n"), (.contact, "小李"), (.tier, "key"),
                                                 (.address, "深圳"), (.grade, "A")]
        let names = ["张三", "李四", "王五", "John Smith", "单田芳", "欧阳娜娜", "Zoë Adams", "吕布"]
        for i in 0..<48 {
            var c = Customer(name: names[i % names.count] + String(i))
            for (f, v) in fields where Bool.random(using: &random) { try c.set(f, v, today: day("2026-11-20")) }
            if i % 3 == 0 { try c.set(.status, "customer", today: day("2026-11-20")) }
            if i % 4 == 0 { try c.set(.decisionDate, i % 8 == 0 ? "2026-11-25" : "2027-01-10", today: day("2026-11-20")) }
            if i % 5 == 0 { c.put(CustomerPerson(name: "赵钱", role: i % 2 == 0 ? .decisionMaker : .contact)) }
            if i % 2 == 0 { try c.addTags(["vip"]) }
            if i % 7 == 0 { try c.addTags(["north", "a-tag"]) }
            let stored = try db.addCustomer(c, prefix: "KH-", now: i % 6 == 0 ? "2026-06-01T09:00:00" : now)
            if i % 4 == 1 {
                // A visit after the card's last change: "not filled in after the visit" warns.
                try db.logVisit(Visit(at: LocalDateTime(parsing: "2026-11-24 10:00")!, customerID: stored.id, goal: VisitGoal("g"), result: "r"),
                                now: "2026-11-24T18:00:00")
            }
            if i % 11 == 0 { try db.changeCustomer(id: stored.id, expected: nil, now: now) { $0.archivedAt = now } }
        }
        return db
    }

    @Test(arguments: ["2026-11-24", "2026-11-27", "2027-03-01"])
    func leanRowsSayWhatTheCardsSay(today: String) throws {
        let db = try Self.seed()
        for archived in [false, true] {
            for query in [CustomerQuery(archived: archived), CustomerQuery(tier: .key, archived: archived), CustomerQuery(tag: "vip", archived: archived),
                          CustomerQuery(search: "zs", archived: archived)] {
                let cards = try db.customers(query).sorted { $0.id < $1.id }
                let expected = cards.map { CustomerListRow(card: $0, today: Self.day(today), settings: CustomerSettings()) }
                let lean = try db.customerList(query, today: Self.day(today), reviewDays: CustomerSettings().reviewDays, detail: true)
                #expect(lean.rows == expected, "\(query) on \(today)")
                #expect(lean.keys.count == lean.rows.count)
                #expect(!expected.isEmpty || query.tier != nil || query.search != nil)
            }
        }
        // The fixture does hold what the comparison is about.
        let rows = try db.customerList(CustomerQuery(), today: Self.day(today), reviewDays: 90, detail: true).rows
        #expect(rows.contains { $0.lastContact != nil } && rows.contains { !$0.tags.isEmpty })
    }

    @Test func aVisitAfterTheLastEditWarnsInTheList() throws {
        let db = try AppDatabase.inMemory()
        var full = Customer(name: "张三")
        for f in [CustomerField.createdBy, .decisionMaker, .grade, .phone, .needs, .financial, .business, .purchasing, .credit, .relations, .contact, .notes] {
            try full.set(f, f == .phone ? "1234567" : f == .grade ? "A" : "x", today: Self.day("2026-11-20"))
        }
        let c = try db.addCustomer(full, prefix: "KH-", now: Self.now)
        #expect(try db.customerList(CustomerQuery(), today: Self.day("2026-11-27"), reviewDays: 90).rows.map(\.warns) == [false])
        try db.logVisit(Visit(at: LocalDateTime(parsing: "2026-11-24 10:00")!, customerID: c.id, goal: VisitGoal("g"), result: "r"),
                        now: "2026-11-24T18:00:00")
        let row = try #require(try db.customerList(CustomerQuery(), today: Self.day("2026-11-27"), reviewDays: 90).rows.first)
        #expect(row.warns && row.filled == 14 && row.lastContact == Self.day("2026-11-24"))
        // Filling the card in after the visit clears it.
        try db.editCustomer(id: c.id, now: "2026-11-25T09:00:00", reviewedOn: nil) { $0[.notes] = "after the visit" }
        #expect(try db.customerList(CustomerQuery(), today: Self.day("2026-11-27"), reviewDays: 90).rows.map(\.warns) == [false])
    }

    @Test func theStoredKeysFindWhatTheCardsKeysFind() throws {
        let db = try Self.seed()
        let today = Self.day("2026-11-27")
        let lean = try db.customerList(CustomerQuery(), today: today, reviewDays: 90, detail: true)
        let fromStore = CustomerListPresentation(rows: lean.rows, keys: lean.keys, language: .en)
        let fromCards = CustomerListPresentation(cards: try db.customers(CustomerQuery()).sorted { $0.id < $1.id }, today: today,
                                                 settings: CustomerSettings(), language: .en)
        #expect(fromStore.rows == fromCards.rows)
        let order = fromStore.order(.number, .init())
        var found = 0
        for text in ["zs", "zhang", "ls", "shan", "dan", "tf", "oyn", "ouyang", "js", "smith", "zoe", "lv", "lu", "13800", "华兴", "KH-", "vip", "zq",
                     "zhao", "wz", "x", ""] {
            let q = SearchKey.Query(text)
            let a = fromStore.matching(q, in: order), b = fromCards.matching(q, in: order)
            #expect(a == b, "search \(text)")
            found += a.count
        }
        #expect(found > 100)
    }

    @Test func aCardWithoutAStoredKeyIsStillListedAndSearched() throws {
        let db = try AppDatabase.inMemory()
        let c = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: Self.now)
        _ = try db.addCustomer(Customer(name: "李四"), prefix: "KH-", now: Self.now)
        // A key dropped (another MustDo wrote the card) and a damaged one.
        try db.write { db in
            try db.execute(sql: "DELETE FROM customer_search_key WHERE customer_id = ?", arguments: [c.id])
            try db.execute(sql: "UPDATE customer_search_key SET key = x'0102' WHERE customer_id != ?", arguments: [c.id])
        }
        let lean = try db.customerList(CustomerQuery(), today: Self.day("2026-11-27"), reviewDays: 90, detail: true)
        let p = CustomerListPresentation(rows: lean.rows, keys: lean.keys, language: .zh)
        let order = p.order(.number, .init())
        #expect(p.matching(SearchKey.Query("zs"), in: order).map { p.rows[$0].name } == ["张三"])
        #expect(p.matching(SearchKey.Query("ls"), in: order).map { p.rows[$0].name } == ["李四"])
        #expect(try db.storedCustomerSearchKey(id: c.id) != nil, "the missing key was stored for the next read")
    }
}
