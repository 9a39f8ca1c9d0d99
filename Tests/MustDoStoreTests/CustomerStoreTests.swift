import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private let today = d("2026-11-27")

/// The customer file in SQLite: numbers, history, archive, merge and forget, each one transaction.
@Suite struct CustomerStoreTests {
    let dir = TemporaryDirectory()

    func card(_ name: String, _ fields: [(CustomerField, String)] = []) throws -> Customer {
        var c = Customer(name: name)
        for (f, v) in fields { try c.set(f, v, today: today) }
        return c
    }

    func count(_ db: AppDatabase, _ sql: String) throws -> Int { try db.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    @Test func numbersFollowThePrefixAndAreNeverReused() throws {
        let db = try AppDatabase.inMemory()
        let a = try db.addCustomer(try card("张三"), prefix: "KH-2026-", now: "2026-11-27T09:00:00")
        let b = try db.addCustomer(try card("李四"), prefix: "KH-2026-", now: "2026-11-27T09:01:00")
        #expect(a.number == "KH-2026-0001" && b.number == "KH-2026-0002")
        try db.forgetCustomer(id: b.id, now: "2026-11-27T09:02:00")
        try db.write { try $0.execute(sql: "DELETE FROM customer_history; DELETE FROM customer WHERE id = ?", arguments: [a.id]) }
        let c = try db.addCustomer(try card("王五"), prefix: "KH-2026-", now: "2026-11-27T09:03:00")
        #expect(c.number == "KH-2026-0003", "neither a forgotten nor a deleted number comes back")
        #expect(try db.addCustomer(try card("赵六"), prefix: "KH-2027-", now: "2027-01-02T09:00:00").number == "KH-2027-0001")
        // A number typed by hand under a new prefix is skipped, not duplicated.
        try db.write { try $0.execute(sql: "UPDATE customer SET number = 'X-0001' WHERE id = ?", arguments: [c.id]) }
        #expect(try db.addCustomer(try card("钱七"), prefix: "X-", now: "2027-01-02T09:01:00").number == "X-0002")
    }

    @Test func aCardRoundTripsWithPeopleAndTags() throws {
        let db = try AppDatabase.inMemory()
        var c = try card("张三", [(.company, "华为"), (.tier, "key"), (.birthday, "lunar:1980-04-12"), (.notes, "two\nlines"), (.buyingPower, "yes")])
        c.put(try CustomerPerson(parsing: "王总:decision-maker"))
        c.put(try CustomerPerson(parsing: "李四:buyer:reports to 王总"))
        try c.addTags(["vip", "golf"])
        let stored = try db.addCustomer(c, prefix: "KH-", now: "2026-11-27T09:00:00")
        let read = try #require(try db.customer(id: stored.id))
        #expect(read == stored)
        #expect(read.people.map(\.name) == ["王总", "李四"] && read.tags == ["golf", "vip"] && read.reviewedOn == today)
        #expect(try db.resolveCustomer("kh-0001").id == stored.id)
        #expect(try db.resolveCustomer("华为").id == stored.id)
        #expect(try db.resolveCustomer(String(stored.id)).id == stored.id)
    }

    @Test func everyEditIsRecordedInTheSameTransaction() throws {
        let db = try AppDatabase.inMemory()
        let c = try db.addCustomer(try card("张三", [(.tier, "general")]), prefix: "KH-", now: "2026-11-27T09:00:00")
        let (before, after) = try db.editCustomer(id: c.id, now: "2026-11-27T10:00:00", reviewedOn: nil) { card in
            try card.set(.tier, "key", today: today)
            try card.set(.phone, "010-1234 5678", today: today)
            try card.addTags(["vip"])
        }
        #expect(before.tier == .general && after.tier == .key)
        let h = try db.customerHistory(id: c.id)
        #expect(h.map(\.action) == [.create, .edit, .edit, .edit])
        #expect(h[1...].map { [$0.field, $0.old, $0.new] } == [["phone", "", "010-1234 5678"], ["tier", "general", "key"], ["tags", "", "vip"]])
        #expect(h.allSatisfy { $0.card == c.number })
        // A refused change writes nothing, not even part of it.
        let tokens = try count(db, "SELECT count(*) FROM customer_history")
        #expect(throws: MustDoError.self) {
            try db.editCustomer(id: c.id, now: "2026-11-27T11:00:00", reviewedOn: nil) { card in
                try card.set(.notes, "kept?", today: today)
                try card.set(.status, "lost", today: today)   // no reason: refused by validate()
            }
        }
        #expect(try db.customer(id: c.id)?[.notes] == "" && count(db, "SELECT count(*) FROM customer_history") == tokens)
        // --reviewed alone marks the card as checked.
        try db.editCustomer(id: c.id, now: "2027-03-01T09:00:00", reviewedOn: d("2027-03-01")) { _ in }
        #expect(try db.customer(id: c.id)?.reviewedOn == d("2027-03-01"))
        #expect(try db.customerHistory(id: c.id).last?.action == .review)
    }

    @Test func archivingHidesWithoutLosing() throws {
        let db = try AppDatabase.inMemory()
        let a = try db.addCustomer(try card("张三"), prefix: "KH-", now: "2026-11-27T09:00:00")
        try db.addCustomer(try card("李四"), prefix: "KH-", now: "2026-11-27T09:00:00")
        #expect(try db.setCustomerArchived(id: a.id, true, now: "2026-11-27T10:00:00").changed)
        #expect(try !db.setCustomerArchived(id: a.id, true, now: "2026-11-27T10:00:00").changed)
        #expect(try db.customers().map(\.name) == ["李四"])
        #expect(try db.customers(CustomerQuery(archived: true)).map(\.name) == ["张三"])
        try db.setCustomerArchived(id: a.id, false, now: "2026-11-27T11:00:00")
        #expect(try db.customers().map(\.name) == ["张三", "李四"])
        #expect(try db.customerHistory(id: a.id).map(\.action) == [.create, .archive, .restore])
    }

    @Test func listingFiltersAndSorts() throws {
        let db = try AppDatabase.inMemory()
        try db.addCustomer(try card("Zed", [(.tier, "general"), (.status, "customer"), (.phone, "555 0101")]), prefix: "KH-", now: "2026-11-27T09:00:00")
        var b = try card("张三", [(.tier, "key"), (.company, "Acme_Ltd")])
        try b.addTags(["vip"])
        b.put(CustomerPerson(name: "王总", role: .decisionMaker))
        try db.addCustomer(b, prefix: "KH-", now: "2026-11-27T09:01:00")
        try db.addCustomer(try card("Amy"), prefix: "KH-", now: "2026-11-27T09:02:00")
        func names(_ q: CustomerQuery) throws -> [String] { try db.customers(q).map(\.name) }
        #expect(try names(CustomerQuery(tier: .key)) == ["张三"])
        #expect(try names(CustomerQuery(status: .customer)) == ["Zed"])
        #expect(try names(CustomerQuery(tag: "vip")) == ["张三"])
        #expect(try names(CustomerQuery(search: "acme_")) == ["张三"])
        #expect(try names(CustomerQuery(search: "zs")) == ["张三"], "pinyin initials, as the screen's search")
        #expect(try names(CustomerQuery(search: "0101")) == ["Zed"])
        #expect(try names(CustomerQuery(search: "kh-0003")) == ["Amy"])
        #expect(try names(CustomerQuery(search: "王总")) == ["张三"])
        #expect(try names(CustomerQuery(sort: .tier)) == ["张三", "Zed", "Amy"])
        #expect(try names(CustomerQuery(sort: .name)) == ["Amy", "Zed", "张三"])
        #expect(try names(CustomerQuery(sort: .updated)) == ["Amy", "张三", "Zed"])
    }

    @Test func mergingKeepsBothHistoriesPeopleAndTags() throws {
        let db = try AppDatabase.inMemory()
        var a = try card("张三", [(.phone, "111 1111"), (.notes, "met at the fair")])
        a.put(CustomerPerson(name: "王总", role: .decisionMaker))
        try a.addTags(["vip"])
        var b = try card("张三 (dup)", [(.phone, "222 2222"), (.email, "z@example.com"), (.notes, "likes tea")])
        b.put(CustomerPerson(name: "李四", role: .buyer, note: "reports to 王总"))
        try b.addTags(["golf"])
        let sa = try db.addCustomer(a, prefix: "KH-", now: "2026-11-27T09:00:00")
        let sb = try db.addCustomer(b, prefix: "KH-", now: "2026-11-27T09:01:00")
        try db.editCustomer(id: sb.id, now: "2026-11-27T09:02:00", reviewedOn: nil) { try $0.set(.tier, "key", today: today) }
        let merged = try db.mergeCustomers(into: sa.id, from: sb.id, now: "2026-11-27T10:00:00")
        #expect(merged[.phone] == "111 1111" && merged[.email] == "z@example.com" && merged.tier == .key)
        #expect(merged[.notes] == "met at the fair\nlikes tea")
        #expect(merged.people.map(\.name) == ["王总", "李四"] && merged.tags == ["golf", "vip"])
        #expect(try db.customer(id: sa.id) == merged.withoutDates(from: try db.customer(id: sa.id)!))
        let gone = try #require(try db.customer(id: sb.id))
        #expect(gone.isArchived && gone.mergedInto == sa.id && gone[.phone] == "222 2222", "B is archived whole, pointing to A")
        #expect(try db.customers().map(\.id) == [sa.id])
        let h = try db.customerHistory(id: sa.id)
        #expect(h.filter { $0.card == sb.number }.map(\.action) == [.create, .edit, .mergeInto])
        #expect(h.contains { $0.action == .mergeIn && $0.other == sb.number })
        #expect(throws: MustDoError.self) { try db.mergeCustomers(into: sa.id, from: sa.id, now: "x") }
        #expect(throws: MustDoError.self) { try db.mergeCustomers(into: sa.id, from: sb.id, now: "x") }   // B is archived now
    }

    @Test func forgetErasesTheTextFromTheFileAndKeepsAnonymousCounts() throws {
        let path = dir.file("customers.sqlite")
        let secret = ["ForgetMeName", "ForgetMeCompany", "139-4242-4242", "ForgetMePerson", "ForgetMeNote", "ForgetMeTag", "ForgetMeOldPhone"]
        var number = ""
        do {
            let db = try AppDatabase.open(path: path)
            var c = try card("ForgetMeName", [(.company, "ForgetMeCompany"), (.phone, "139-4242-4242"),
                                              (.notes, String(repeating: "ForgetMeNote ", count: 300)), (.tier, "key"), (.status, "customer")])
            c.put(CustomerPerson(name: "ForgetMePerson", role: .decisionMaker))
            try c.addTags(["ForgetMeTag"])
            let stored = try db.addCustomer(c, prefix: "KH-", now: "2026-11-27T09:00:00")
            number = stored.number
            try db.editCustomer(id: stored.id, now: "2026-11-27T09:01:00", reviewedOn: nil) { try $0.set(.hobbies, "ForgetMeOldPhone golf", today: today) }
            let other = try db.addCustomer(try card("Keeper", [(.notes, "stays")]), prefix: "KH-", now: "2026-11-27T09:02:00")
            let dup = try db.addCustomer(try card("ForgetMeName dup", [(.email, "forget@example.com")]), prefix: "KH-", now: "2026-11-27T09:03:00")
            try db.mergeCustomers(into: stored.id, from: dup.id, now: "2026-11-27T09:04:00")
            let bytesBefore = try fileText(path) + ((try? fileText(path + "-wal")) ?? "")
            #expect(bytesBefore.contains("ForgetMeName"), "the test would pass vacuously if the text never reached the file")
            #expect(try db.forgetCustomer(id: stored.id, now: "2026-11-27T10:00:00") == number)
            let f = try #require(try db.customer(id: stored.id))
            #expect(f.isForgotten && f.name.isEmpty && f.people.isEmpty && f.tags.isEmpty && f.tier == .key && f.status == .customer)
            #expect(try db.customer(id: dup.id)?.isForgotten == true, "a card merged into it is the same person")
            #expect(try db.customers().map(\.id) == [other.id])
            #expect(try db.customerCounts() == ["forgotten": 2, "prospect": 1])
            let h = try db.customerHistory(id: stored.id)
            #expect(h.count >= 4 && h.allSatisfy { $0.old == nil && $0.new == nil } && h.last?.action == .forget)
            #expect(throws: MustDoError.self) { try db.editCustomer(id: stored.id, now: "x", reviewedOn: nil) { try $0.set(.name, "back", today: today) } }
        }
        // The database file and its -wal, read as bytes: none of the erased text is left in any page.
        let bytes = try fileText(path) + ((try? fileText(path + "-wal")) ?? "")
        for s in secret + ["forget@example.com"] { #expect(!bytes.contains(s), "\(s) is still in the file") }
        #expect(bytes.contains("Keeper") && bytes.contains(number))
        let db = try AppDatabase.open(path: path)
        #expect(try db.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    func fileText(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }
}

extension Customer {
    /// This card with the dates of `other` (for comparing a returned card with the stored one).
    func withoutDates(from other: Customer) -> Customer {
        var c = self
        c.updatedAt = other.updatedAt
        c.reviewedOn = other.reviewedOn
        return c
    }
}
