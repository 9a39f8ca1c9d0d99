import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

/// The search keys kept in `customer_search_key`: they match exactly what a freshly built `Customer.searchKey`
/// matches, and every write replaces a card's key in its own transaction.
@Suite struct CustomerSearchKeyStoreTests {
    private static let now = "2026-11-27T09:00:00"

    /// Deterministic pseudo-random numbers (the same cards and queries on every run).
    private struct Rng {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[next(xs.count)] }
    }

    private static let surnames = ["张", "李", "王", "单", "欧阳", "尉迟", "曾", "长孙", "吕", "陈", "赵", "解", "朴", "乐"]
    private static let given = ["三", "四", "明", "长", "行", "华", "乐", "重", "女", "绿", "伟", "芳", "丽", "强", "的"]
    private static let companies = ["华为", "长城汽车", "重庆银行", "Acme Ltd", "中行", "乐视", "绿地集团", "", ""]
    private static let western = ["John Smith", "Zoë Müller", "Ann Lee", "O'Brien Zhang"]

    /// Cards with every kind of text the key indexes: surnames with polyphones, compound surnames, ü, Latin names,
    /// companies, phones, people.
    private func cards(_ count: Int) throws -> [Customer] {
        var rng = Rng(state: 42)
        var result: [Customer] = []
        for _ in 0..<count {
            let name = rng.next(5) == 0 ? rng.pick(Self.western)
                : rng.pick(Self.surnames) + rng.pick(Self.given) + (rng.next(2) == 0 ? rng.pick(Self.given) : "")
            var c = Customer(name: name)
            c[.company] = rng.pick(Self.companies)
            if rng.next(2) == 0 { c[.phone] = "138 \(1000 + rng.next(9000)) \(1000 + rng.next(9000))" }
            for _ in 0..<rng.next(3) { c.put(CustomerPerson(name: rng.pick(Self.surnames) + rng.pick(Self.given), role: .buyer)) }
            result.append(c)
        }
        return result
    }

    /// Queries of every shape: initials, full and partial pinyin, characters, digits, mixed, nonsense.
    private func queries(_ cards: [Customer]) -> [String] {
        var rng = Rng(state: 7)
        var result = ["zs", "zhang", "zhangs", "zhs", "oy", "ouyang", "yuchi", "shan", "dan", "chang", "zhang san", "lv", "lu",
                      "nv", "zoe", "muller", "js", "smith", "138", "1381", "华为", "hw", "cq", "zqyh", "kh-", "0001", "x", "q",
                      "le", "yue", "jie", "xie", "piao", "pu", "changsun", "zhangsun", "的", "de", "di", "zzz", "李四", "a", "ab"]
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        for _ in 0..<150 { result.append(String((0..<(1 + rng.next(4))).map { _ in rng.pick(letters) })) }
        for c in cards.prefix(40) { result.append(String(c.name.prefix(1 + rng.next(2)))) }
        return result
    }

    @Test func storedKeysMatchExactlyWhatFreshKeysMatch() throws {
        let db = try AppDatabase.inMemory()
        let items = try cards(400).map { CustomerImportItem(card: $0, uid: nil, place: "test") }
        _ = try db.importCustomers(items, duplicates: .skip, prefix: "KH-", now: Self.now)
        let stored = try db.customers(CustomerQuery(archived: false))
        #expect(stored.count > 300)
        let qs = queries(stored).map(SearchKey.Query.init)
        var compared = 0
        for card in stored {
            let key = try #require(try db.storedCustomerSearchKey(id: card.id), "every imported card has a key")
            let fresh = card.searchKey
            for q in qs {
                #expect(key.matches(q) == fresh.matches(q), "\(card.name) \(card[.company]) \(card[.phone])")
                compared += 1
            }
        }
        #expect(compared > 50_000)
        // And the listing (keys read from SQLite, mask test in SQL) lists what a fresh search finds, in order.
        for text in queries(stored) {
            let listed = try db.customerList(CustomerQuery(search: text), today: LocalDate(parsing: "2026-11-27")!, reviewDays: 90).rows.map(\.number)
            let q = SearchKey.Query(text)
            let expected = stored.filter { q.isEmpty || $0.searchKey.matches(q) }.map(\.number)
            #expect(listed == expected, "search \(text)")
        }
    }

    @Test func anEditReplacesTheKeyInItsOwnTransaction() throws {
        let db = try AppDatabase.inMemory()
        let zs = SearchKey.Query("zs"), ls = SearchKey.Query("ls"), ww = SearchKey.Query("ww")
        let c = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: Self.now)
        #expect(try db.storedCustomerSearchKey(id: c.id)?.matches(zs) == true)
        try db.editCustomer(id: c.id, now: Self.now, reviewedOn: nil) { $0[.name] = "李四" }
        // Read without any refresh: the edit's own transaction wrote the new key.
        let afterEdit = try #require(try db.storedCustomerSearchKey(id: c.id))
        #expect(afterEdit.matches(ls) && !afterEdit.matches(zs))
        // A failed edit changes neither the card nor its key.
        #expect(throws: (any Error).self) {
            try db.editCustomer(id: c.id, now: Self.now, reviewedOn: nil) { card in
                card[.name] = "王五"
                throw MustDoError.invalidInput(.custUnknown, ["ref": "x"])
            }
        }
        #expect(try db.storedCustomerSearchKey(id: c.id)?.matches(ls) == true)
        // People are searched: adding one from the screen's path updates the key too.
        try db.changeCustomer(id: c.id, expected: nil, now: Self.now) { $0.put(CustomerPerson(name: "王伟", role: .buyer)) }
        #expect(try db.storedCustomerSearchKey(id: c.id)?.matches(ww) == true)
        // Merging brings the other card's people into the key.
        let d = try db.addCustomer(Customer(name: "赵六"), prefix: "KH-", now: Self.now)
        try db.changeCustomer(id: d.id, expected: nil, now: Self.now) { $0.put(CustomerPerson(name: "钱七", role: .buyer)) }
        try db.mergeCustomers(into: c.id, from: d.id, now: Self.now)
        #expect(try db.storedCustomerSearchKey(id: c.id)?.matches(SearchKey.Query("qq")) == true)
        // Forgetting erases the name from the key.
        try db.forgetCustomer(id: c.id, now: Self.now)
        let forgotten = try #require(try db.storedCustomerSearchKey(id: c.id))
        #expect(!forgotten.matches(ls) && !forgotten.matches(ww))
    }

    @Test func aWriteOutsideTheStoreDropsTheKeyAndItIsRebuilt() throws {
        let db = try AppDatabase.inMemory()
        let c = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: Self.now)
        try db.write { try $0.execute(sql: "UPDATE customer SET name = '李四' WHERE id = ?", arguments: [c.id]) }
        #expect(try db.storedCustomerSearchKey(id: c.id) == nil, "a trigger drops the stale key")
        let day = LocalDate(parsing: "2026-11-27")!
        #expect(try db.customerList(CustomerQuery(search: "ls"), today: day, reviewDays: 90).rows.map(\.id) == [c.id])
        #expect(try db.storedCustomerSearchKey(id: c.id)?.matches(SearchKey.Query("ls")) == true, "the search stored it again")
        // A key of another version (a new pinyin table) counts as missing and is rebuilt; a damaged one is ignored.
        try db.write { try $0.execute(sql: "UPDATE customer_search_key SET version = 0") }
        #expect(try db.storedCustomerSearchKey(id: c.id) == nil)
        #expect(try db.refreshCustomerSearchKeys() == 1)
        try db.write { try $0.execute(sql: "UPDATE customer_search_key SET key = x'0102'") }
        #expect(try db.customerList(CustomerQuery(search: "ls"), today: day, reviewDays: 90).rows.map(\.id) == [c.id])
        #expect(try db.customerList(CustomerQuery(search: "zs"), today: day, reviewDays: 90).rows.isEmpty)
    }

    /// The stored keys are only as current as `SearchKey.storedVersion`: a changed pinyin table or polyphone list
    /// must raise it, or databases would keep matching with the old readings.
    @Test func aNewPinyinTableRaisesTheStoredVersion() {
        var hash: UInt64 = 0xcbf29ce484222325
        func add(_ s: String) { for b in s.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }; hash = (hash ^ 0xff) &* 0x100000001b3 }
        PinyinTable.syllables.forEach(add)
        add(PinyinTable.indices)
        for (k, v) in PinyinPolyphones.surnames.sorted(by: { $0.key.value < $1.key.value }) { add(String(k)); v.forEach(add) }
        for (k, v) in PinyinPolyphones.compoundSurnames.sorted(by: { $0.key < $1.key }) { add(k); v.forEach(add) }
        for (k, v) in PinyinPolyphones.readings.sorted(by: { $0.key.value < $1.key.value }) { add(String(k)); v.forEach(add) }
        let known: [Int: UInt64] = [1: 150744406089307439, 2: 150744406089307439, 3: 150744406089307439]
        #expect(known[SearchKey.storedVersion] == hash, "the pinyin tables changed (fingerprint \(hash)): raise SearchKey.storedVersion and record it here")
    }
}
