import Foundation
import GRDB
import Testing
@testable import mustdo
import MustDoCore
@testable import MustDoStore

/// `customers list` lays its table out from SQLite's bytes (`CustomersListLines`); it must print byte for byte what
/// the list model's path (`CustomerListPresentation` and `CustomersListTable`, which the screen's list shares) prints,
/// for every kind of text a card can hold: CJK, kana, hangul and full-width forms, combining marks, emoji, names and
/// companies wider than 24 columns, second lines, control and bidi characters, invalid UTF-8, an empty tier, last
/// contacts, and a completeness mask no write makes.
@Suite struct CustomersListLinesTests {
    private static let now = "2026-11-27T09:00:00"
    private static let day = LocalDate(parsing: "2026-11-27")!

    private func model(_ db: AppDatabase, _ query: CustomerQuery, _ language: Language) throws -> [UInt8] {
        let rows = try db.customerList(query, today: Self.day, reviewDays: 90).rows
        let list = CustomerListPresentation(rows: rows, language: language)
        return CustomersListTable(language: language).text(list, list.order(query.sort, .init()))
    }

    private func lines(_ db: AppDatabase, _ query: CustomerQuery, _ language: Language) throws -> (bytes: [UInt8], safe: Bool) {
        var lines = CustomersListLines(language: language)
        try db.customerList(query, today: Self.day, reviewDays: 90) { lines.add($0) }
        return lines.text(query.sort)
    }

    private func compare(_ db: AppDatabase, _ what: String) throws -> Int {
        var compared = 0
        for language in [Language.en, .zh] {
            for sort in [CustomerSort.number, .tier, .status] {
                for query in [CustomerQuery(sort: sort), CustomerQuery(search: "zs", sort: sort), CustomerQuery(tier: .key, sort: sort),
                              CustomerQuery(search: "nobody-at-all", sort: sort)] {
                    let expected = try model(db, query, language)
                    let got = try lines(db, query, language)
                    if got.bytes != expected {
                        // The first line that differs, not two whole tables.
                        let a = String(decoding: got.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                        let b = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                        let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                        Issue.record("\(what) \(language) \(sort) \(query.search ?? ""): line \(i) is \(i < a.count ? String(a[i]).debugDescription : "missing"), expected \(i < b.count ? String(b[i]).debugDescription : "none")")
                    }
                    #expect(got.safe == CustomersListTable.isSafe(expected), "\(what) \(language) \(sort)")
                    compared += 1
                }
            }
        }
        return compared
    }

    @Test func theBytesPrintWhatTheListModelPrints() throws {
        let db = try AppDatabase.inMemory()
        let names = ["张三", "欧阳娜娜", "John Smith", "さくら", "김민준", "ＡＢＣ", "Zoë Müller", "Zoe\u{0308} Mu\u{0308}ller", "👍 Thumbs",
                     "张三丰张三丰张三丰张三丰张三丰", "A very long latin name that is wider than 24", "", "张\u{1b}[31m红", "\u{202e}evil",
                     "两行\n第二行", "Cr\rLf"]
        let companies = ["华为", "深圳华信科技有限公司深圳华信科技有限公司", "Acme", "", "株式会社テスト", "🏢 Office", "Tab\tCo",
                         "Line one\nline two", "中行"]
        let tiers: [CustomerTier?] = [.key, .important, .general, nil]
        let statuses: [CustomerStatus] = [.prospect, .customer, .dormant, .lost]
        for i in 0..<64 {
            var c = Customer(name: names[i % names.count].isEmpty ? "x" : names[i % names.count])
            c[.company] = companies[i % companies.count]
            c[.tier] = tiers[i % tiers.count]?.rawValue ?? ""
            c[.status] = statuses[(i / 4) % statuses.count].rawValue
            if c.status == .lost { c[.lostReason] = "price" }
            if i % 6 == 0 { c[.phone] = "138 0000 \(1000 + i)" }
            try db.addCustomer(c, prefix: "KH-", now: Self.now)
        }
        #expect(try compare(db, "cards as written") == 24)
        // What only the database can hold: an empty name, invalid UTF-8, a stray completeness mask, odd numbers.
        try db.write { db in
            try db.execute(sql: "UPDATE customer SET name = '' WHERE id = 12")
            try db.execute(sql: "UPDATE customer SET name = CAST(x'e5bca0ff41' AS TEXT) WHERE id = 3")
            // A three-byte lead without its continuation bytes, whose bits would read as an ideograph (U+4042).
            try db.execute(sql: "UPDATE customer SET name = CAST(x'e44142e5bca0' AS TEXT) WHERE id = 2")
            try db.execute(sql: "UPDATE customer SET company = CAST(x'e4b8ad80e8a18c' AS TEXT) WHERE id = 4")
            try db.execute(sql: "UPDATE customer SET number = CAST(x'4b482dc3a9' AS TEXT) WHERE id = 5")
            try db.execute(sql: "UPDATE customer SET number = 'KH-' || char(27) || '[0m' WHERE id = 6")
        }
        _ = try db.customerList(CustomerQuery(), today: Self.day, reviewDays: 90)   // stores what the raw writes cleared
        try db.write { db in
            try db.execute(sql: "UPDATE customer SET missing = 65535 WHERE id = 7")
            try db.execute(sql: "UPDATE customer SET missing = -1 WHERE id = 8")
        }
        #expect(try compare(db, "raw values") == 24)
        // Last contacts: the column appears.
        try db.write { db in
            try db.execute(sql: "UPDATE customer SET last_contact = '2026-11-20' WHERE id % 5 = 0")
            try db.execute(sql: "UPDATE customer SET last_contact = '2026-02-31' WHERE id = 9")
            try db.execute(sql: "UPDATE customer SET last_contact = 'soon' WHERE id = 11")
        }
        #expect(try compare(db, "with last contacts") == 24)
        let table = try lines(db, CustomerQuery(), .en)
        #expect(!table.safe, "the escape sequences in names and numbers send the table through the escaping writer")
        #expect(String(decoding: table.bytes, as: UTF8.self).contains("—"), "an empty tier")
    }

    @Test func onlyPlainTextSkipsTheEscapingWriter() throws {
        let db = try AppDatabase.inMemory()
        for name in ["张三", "李四", "Ann Lee"] { try db.addCustomer(Customer(name: name), prefix: "KH-", now: Self.now) }
        let plain = try lines(db, CustomerQuery(), .zh)
        let expected = try model(db, CustomerQuery(), .zh)
        #expect(plain.safe && plain.bytes == expected)
        try db.addCustomer(Customer(name: "Bidi\u{2067}x"), prefix: "KH-", now: Self.now)
        let bidi = try lines(db, CustomerQuery(), .zh)
        #expect(!bidi.safe)
    }
}
