import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

/// `customers list` through `QuickCustomerList` (issue 10): the quick read lists exactly what the full path lists, and
/// a kept table (`customer_list_cache`, migration `v16-customer-list-cache`) is replayed only while nothing it shows
/// has changed: every kind of change, by MustDo or by hand, empties it; a table made from a read that another process
/// wrote after is not kept; and a forgotten name leaves no stored table behind.
@Suite(.serialized) struct CustomerListCacheStoreTests {
    private static let now = "2026-11-27T09:00:00"
    private static let day = LocalDate(parsing: "2026-11-27")!
    let dir = TemporaryDirectory()

    /// A file with cards of every tier and status, people, tags, an archived card and a visit.
    func file() throws -> (path: String, ids: [Int64]) {
        let path = dir.file("db.sqlite")
        let db = try AppDatabase.open(path: path)
        defer { db.closeBeforeExit() }
        var ids: [Int64] = []
        let names = ["张三", "张珊珊", "李四", "John Smith", "欧阳明", "Zhang Wei", "王五"]
        for (i, name) in names.enumerated() {
            var card = Customer(name: name)
            card[.company] = i % 2 == 0 ? "深圳华强电子有限公司" : "Acme Ltd"
            card[.tier] = ["key", "important", "general", ""][i % 4]
            card[.status] = ["prospect", "customer", "dormant", "lost"][i % 4]
            if i % 4 == 3 { card[.lostReason] = "price" }
            card[.phone] = "1380013800\(i)"
            if i % 3 == 0 { card.tags = ["vip"] }
            if i == 1 { card.people = [CustomerPerson(name: "赵六", role: .buyer)] }
            ids.append(try db.addCustomer(card, prefix: "KH-", now: Self.now).id)
        }
        _ = try db.setCustomerArchived(id: ids[6], true, now: Self.now)
        return (path, ids)
    }

    /// One row as text, every value `CustomerListBytes` holds.
    private func line(_ r: CustomerListBytes) -> String {
        [String(r.id), String(decoding: r.number, as: UTF8.self), String(decoding: r.name, as: UTF8.self),
         String(decoding: r.company, as: UTF8.self), r.tier?.rawValue ?? "-", r.status.rawValue, String(r.filled),
         String(r.warns), r.lastContact?.description ?? "-"].joined(separator: "|")
    }

    private func quickRows(_ path: String, _ query: CustomerQuery) throws -> [String] {
        let quick = try #require(QuickCustomerList.begin(path: path))
        defer { quick.close() }
        var rows: [String] = []
        #expect(quick.rows(query, today: Self.day, reviewDays: 90) { rows.append(line($0)) }, "\(query)")
        return rows
    }

    private func fullRows(_ path: String, _ query: CustomerQuery) throws -> [String] {
        let db = try AppDatabase.open(path: path)
        defer { db.closeBeforeExit() }
        var rows: [String] = []
        try db.customerList(query, today: Self.day, reviewDays: 90) { rows.append(line($0)) }
        return rows
    }

    @Test func theQuickReadListsWhatTheFullPathLists() throws {
        let (path, _) = try file()
        _ = try fullRows(path, CustomerQuery())   // stores any key or completeness the adds left to work out
        let queries = [CustomerQuery(), CustomerQuery(tier: .key), CustomerQuery(status: .customer), CustomerQuery(tag: "vip"),
                       CustomerQuery(search: "zs"), CustomerQuery(search: "zhang"), CustomerQuery(search: "赵六"),
                       CustomerQuery(search: "qqq"), CustomerQuery(search: "zs", archived: true), CustomerQuery(archived: true),
                       CustomerQuery(tier: .general, tag: "vip", search: "l")]
        var nonEmpty = 0
        for query in queries {
            let quick = try quickRows(path, query), full = try fullRows(path, query)
            #expect(quick == full, "\(query)")
            if !full.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty >= 8)
        // The rows the list model orders by name and by update: as the full path makes them.
        let db = try AppDatabase.open(path: path)
        defer { db.closeBeforeExit() }
        for query in queries {
            let quick = try #require(QuickCustomerList.begin(path: path))
            defer { quick.close() }
            let rows = quick.listRows(query, today: Self.day, reviewDays: 90)
            #expect(rows == (try db.customerList(query, today: Self.day, reviewDays: 90).rows), "\(query)")
        }
        #expect(try quickRows(path, CustomerQuery(search: "zs")).count == 2, "张三 and 张珊珊")
        #expect(try quickRows(path, CustomerQuery(search: "赵六")).count == 1, "a person's name finds the card")
    }

    /// Keeps `text` as the table of `key`, in a read begun afresh.
    private func keep(_ path: String, _ key: String, _ text: String?) throws {
        let quick = try #require(QuickCustomerList.begin(path: path))
        defer { quick.close() }
        if let text {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { quick.store(key, day: Self.day, $0) })
        } else {
            #expect(quick.store(key, day: Self.day, nil))
        }
    }

    /// What a fresh read finds for `key`, and the bytes it replays.
    private func replay(_ path: String, _ key: String) throws -> (QuickCustomerList.Replay, String) {
        let quick = try #require(QuickCustomerList.begin(path: path))
        defer { quick.close() }
        var out: [UInt8] = []
        let found = quick.replay(key) { out.append(contentsOf: $0) }
        return (found, String(decoding: out, as: UTF8.self))
    }

    @Test func aKeptTableIsReplayedWholeUntilAnythingItShowsChanges() throws {
        let (path, ids) = try file()
        // A table larger than one piece of the replay, with text in every script.
        let table = String(repeating: "KH-0001  张三  Acme Ltd  key  prospect  3/14 !\n", count: 4000)
        try keep(path, "k", table)
        let (found, text) = try replay(path, "k")
        #expect(found == .replayed && text == table)
        #expect(try replay(path, "other").0 == .none)
        let changes: [(String, (AppDatabase) throws -> Void)] = [
            ("a card added", { _ = try $0.addCustomer(Customer(name: "新客户"), prefix: "KH-", now: Self.now) }),
            ("a card renamed", { _ = try $0.editCustomer(id: ids[0], now: Self.now, reviewedOn: nil) { $0[.name] = "张三丰" } }),
            ("a tier changed", { _ = try $0.editCustomer(id: ids[1], now: Self.now, reviewedOn: nil) { $0[.tier] = "general" } }),
            ("a tag added", { _ = try $0.editCustomer(id: ids[2], now: Self.now, reviewedOn: nil) { $0.tags = ["new"] } }),
            ("a person added", { _ = try $0.changeCustomer(id: ids[3], expected: nil, now: Self.now) { $0.people.append(CustomerPerson(name: "钱七", role: .user)) } }),
            ("a card archived", { _ = try $0.setCustomerArchived(id: ids[4], true, now: Self.now) }),
            ("a card restored", { _ = try $0.setCustomerArchived(id: ids[6], false, now: Self.now) }),
            ("a visit logged", { db in
                _ = try db.logVisit(Visit(kind: .call, at: LocalDateTime(parsing: "2026-11-27 08:00")!, customerID: ids[5], goal: VisitGoal("news"), result: "ok"), now: Self.now)
            }),
            ("a card merged", { _ = try $0.mergeCustomers(into: ids[0], from: ids[1], now: Self.now) }),
            ("a card forgotten", { _ = try $0.forgetCustomer(id: ids[2], now: Self.now) }),
            ("a person renamed by hand", { try $0.write { try $0.execute(sql: "UPDATE customer_person SET name = 'x' WHERE (customer_id, position) = (SELECT customer_id, position FROM customer_person LIMIT 1)") } }),
            ("a person removed by hand", { try $0.write { try $0.execute(sql: "DELETE FROM customer_person WHERE (customer_id, position) = (SELECT customer_id, position FROM customer_person LIMIT 1)") } }),
            ("a person added by hand", { db in
                try db.write { try $0.execute(sql: "INSERT INTO customer_person (customer_id, position, name, role) VALUES (?, 9, '孙八', 'user')", arguments: [ids[0]]) }
            }),
            ("a tag removed by hand", { try $0.write { try $0.execute(sql: "DELETE FROM customer_tag WHERE (customer_id, tag) = (SELECT customer_id, tag FROM customer_tag LIMIT 1)") } }),
            ("a last contact set by hand", { try $0.write { try $0.execute(sql: "UPDATE customer SET last_contact = '2026-11-26' WHERE id = ?", arguments: [ids[3]]) } }),
            ("a card deleted by hand", { db in
                try db.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA foreign_keys = OFF")
                    try db.execute(sql: "DELETE FROM customer WHERE id = (SELECT max(id) FROM customer)")
                }
            }),
        ]
        for (what, change) in changes {
            try keep(path, "k", "a table")
            #expect(try replay(path, "k").0 == .replayed, "\(what): kept before")
            let db = try AppDatabase.open(path: path)
            do { try change(db) } catch { Issue.record("\(what): \(error)") }
            db.closeBeforeExit()
            #expect(try replay(path, "k").0 == .none, "\(what): the kept table is gone")
        }
        // Writes elsewhere (the day's routines, the journal) leave it.
        try keep(path, "k", "a table")
        let db = try AppDatabase.open(path: path)
        try db.write { try $0.execute(sql: "INSERT INTO journal (key, plan, review) VALUES ('2026-11-27', 'plan', '')") }
        db.closeBeforeExit()
        #expect(try replay(path, "k").0 == .replayed)
    }

    @Test func aTableReadBeforeAnotherProcessWroteIsNotKept() throws {
        let (path, ids) = try file()
        let quick = try #require(QuickCustomerList.begin(path: path))
        var rows = 0
        #expect(quick.rows(CustomerQuery(), today: Self.day, reviewDays: 90) { _ in rows += 1 })
        #expect(rows == 6)
        // Another process renames a card after the read began: the table just made would show the old name.
        let other = try AppDatabase.open(path: path)
        _ = try other.editCustomer(id: ids[0], now: Self.now, reviewedOn: nil) { $0[.name] = "张三丰" }
        other.closeBeforeExit()
        let stale = Array("a table with 张三".utf8)
        #expect(!stale.withUnsafeBufferPointer { quick.store("k", day: Self.day, $0) })
        quick.close()
        #expect(try replay(path, "k").0 == .none)
        // Without a write in between, the same store is kept.
        try keep(path, "k", "a table with 张三丰")
        #expect(try replay(path, "k") == (.replayed, "a table with 张三丰"))
    }

    @Test func aQuestionAskedOnceIsMarkedAndOnlyTheNewestTablesOfTheDayStay() throws {
        let (path, _) = try file()
        try keep(path, "big", nil)
        #expect(try replay(path, "big").0 == .askedBefore)
        try keep(path, "big", "the table")
        #expect(try replay(path, "big") == (.replayed, "the table"))
        for i in 0..<AppDatabase.customerListCacheLimit { try keep(path, "q\(i)", "table \(i)") }
        #expect(try replay(path, "big").0 == .none, "the oldest went")
        for i in 0..<AppDatabase.customerListCacheLimit { #expect(try replay(path, "q\(i)") == (.replayed, "table \(i)")) }
        // A table of the next day: the previous day's are removed.
        let quick = try #require(QuickCustomerList.begin(path: path))
        #expect(Array("tomorrow".utf8).withUnsafeBufferPointer { quick.store("t", day: Self.day.adding(days: 1), $0) })
        #expect(try replay(path, "q0").0 == .none && replay(path, "t").0 == .replayed)
        let count = try AppDatabase.open(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer_list_cache") }
        #expect(count == 1)
    }

    @Test func aForgottenNameLeavesNoKeptTableInTheFile() throws {
        let (path, ids) = try file()
        let name = "欧阳明"
        try keep(path, "k", String(repeating: "KH-0005  \(name)  深圳华强电子有限公司\n", count: 3000))
        try keep(path, "s", "KH-0005  \(name)\n")
        let db = try AppDatabase.open(path: path)
        _ = try db.forgetCustomer(id: ids[4], now: Self.now)
        db.closeBeforeExit()
        let needle = Data(name.utf8)
        for file in [path, path + "-wal"] {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            #expect(data.range(of: needle) == nil, "\(file) still holds the forgotten name")
        }
    }
}
