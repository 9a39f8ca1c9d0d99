import Foundation
import GRDB
import Testing
import MustDoTestSupport
@testable import mustdo
import MustDoCore

/// `mustdo customers list` keeps a large table the second time the same list is asked for and replays it after
/// (`QuickCustomerList`, issue 10): what is printed never differs from a list worked out afresh, whatever changed in
/// between (a card, the day, the language, the review interval in config.toml, the options).
@Suite struct CustomersListKeptTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }

    /// The kept rows: (key, whether the table is kept rather than only marked).
    func kept() throws -> [(String, Bool)] {
        try DatabaseQueue(path: cli.database).read { db in
            try Row.fetchAll(db, sql: "SELECT key, output IS NOT NULL FROM customer_list_cache ORDER BY id").map { ($0[0], $0[1]) }
        }
    }

    /// The list worked out afresh: the same command once every kept table is gone.
    func fresh(_ args: [String]) throws -> CLIRunner.Result {
        try DatabaseQueue(path: cli.database).write { try $0.execute(sql: "DELETE FROM customer_list_cache") }
        return try cli.run(args)
    }

    @Test func aKeptListIsAlwaysTheListOfNow() throws {
        let day = ["--today", "2026-11-27"]
        // Enough cards for a table larger than what is kept the first time (64 KiB).
        var vcf = ""
        for i in 0..<900 {
            vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\(i)\r\nORG:深圳华强电子有限公司第\(i)分公司\r\nTEL:1380013\(String(format: "%04d", i))\r\nEND:VCARD\r\n"
        }
        try vcf.write(toFile: dir.file("cards.vcf"), atomically: true, encoding: .utf8)
        #expect(try cli.run(["customers", "import", dir.file("cards.vcf")] + day).status == 0)
        let list = ["customers", "list", "--lang", "en"] + day
        let first = try cli.run(list)
        #expect(first.status == 0 && first.stdout.utf8.count > 65_536 && first.stdout.hasSuffix("900 customers\n"))
        // Asked once: marked only; asked again: kept; then replayed, byte for byte.
        let second = try cli.run(list)
        let third = try cli.run(list)
        #expect(second.stdout == first.stdout && third.stdout == first.stdout && third.status == 0)
        #expect(try kept().map(\.1) == [true])
        // A search's small table is never kept (nor marked): working it out costs what keeping it would.
        let search = try cli.run(["customers", "list", "--search", "张三12", "--lang", "en"] + day)
        #expect(try search.stdout.contains("张三12 ") && search.stdout.hasSuffix("11 customers\n") && kept().count == 1)
        #expect(try cli.run(["customers", "list", "--search", "张三12", "--lang", "en"] + day).stdout == search.stdout)
        #expect(try kept().count == 1)

        // A card renamed: the next list shows it, and equals the list worked out afresh.
        #expect(try cli.run(["customers", "edit", "KH-2026-0001", "--name", "李四"] + day).status == 0)
        #expect(try kept().isEmpty)
        let renamed = try cli.run(list)
        #expect(renamed.stdout.contains("李四") && renamed.stdout != first.stdout)
        _ = try cli.run(list)
        #expect(try cli.run(list).stdout == renamed.stdout && kept().map(\.1) == [true])
        #expect(try fresh(list).stdout == renamed.stdout)

        // The other day, the other language, other options, another review interval: each its own table.
        _ = try cli.run(list)
        _ = try cli.run(list)
        let variants: [[String]] = [
            ["customers", "list", "--lang", "en", "--today", "2027-06-01"],
            ["customers", "list", "--lang", "zh"] + day,
            ["customers", "list", "--lang", "en", "--tier", "key"] + day,
            ["customers", "list", "--lang", "en", "--sort", "status"] + day,
            ["customers", "list", "--lang", "en", "--sort", "name"] + day,
            ["customers", "list", "--lang", "zh", "--sort", "updated", "--search", "张三1"] + day,
            ["customers", "list", "--lang", "en", "--archived"] + day,
        ]
        for args in variants {
            let out = try cli.run(args)
            #expect(out.status == 0, "\(args)")
            #expect(try fresh(args).stdout == out.stdout, "\(args)")
        }
        #expect(try cli.run(["customers", "list", "--lang", "zh"] + day).stdout.hasSuffix("共 900 位客户\n"))
        // The review interval from config.toml is part of the question too.
        _ = try cli.run(list)
        _ = try cli.run(list)
        let config = dir.file("config/mustdo")
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "[customers]\nreview_days = 1\n".write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        let strict = try cli.run(list)
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(try fresh(list).stdout == strict.stdout)
    }

    @Test func everyPartOfTheQuestionIsInTheKey() throws {
        let day = LocalDate(parsing: "2026-11-27")!
        func key(_ q: CustomerQuery, _ lang: Language = .en, _ today: LocalDate = day, _ review: Int = 90) -> String {
            CustomersListCacheKey.key(q, language: lang, today: today, reviewDays: review)
        }
        let base = CustomerQuery()
        let keys = [key(base), key(base, .zh), key(base, .en, day.adding(days: 1)), key(base, .en, day, 30),
                    key(CustomerQuery(tier: .key)), key(CustomerQuery(status: .lost)), key(CustomerQuery(tag: "vip")),
                    key(CustomerQuery(tag: "")), key(CustomerQuery(search: "zs")), key(CustomerQuery(search: "")),
                    key(CustomerQuery(sort: .tier)), key(CustomerQuery(archived: true)),
                    // Texts that would run together if the parts were only joined.
                    key(CustomerQuery(tag: "a;1:b")), key(CustomerQuery(tag: "a", search: "b")), key(CustomerQuery(tag: "a;", search: "b"))]
        #expect(Set(keys).count == keys.count)
        #expect(key(base) == key(CustomerQuery()), "the same question, the same key")
    }
}
