import Foundation
import Testing
import MustDoTestSupport

/// `mustdo sales …` against the real binary: import, add and rank in zh and en; every refusal is one sentence, exits
/// non-zero, and leaves the figures as they were.
@Suite struct SalesCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }
    let t = ["--today", "2026-11-27"]

    func run(_ args: [String], lang: String = "en") throws -> CLIRunner.Result { try cli.run(args + t + ["--lang", lang]) }

    func file(_ name: String, _ text: String) throws -> String {
        let path = dir.path + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every figure stored, as the JSON ranking of three months.
    func figures() throws -> String {
        try ["2025-11", "2026-10", "2026-11"].map { try run(["sales", "rank", "--month", $0, "--json"]).stdout }.joined()
    }

    func seed() throws {
        for (name, extra) in [("张三", ["--tier", "key"]), ("Acme Ltd", []), ("王五", []), ("赵六", [])] {
            #expect(try run(["customers", "add", "--name", name] + extra).status == 0)
        }
        let csv = try file("sales.csv", """
            customer,month,amount,volume
            张三,2026-11,60000,12
            Acme Ltd,2026-11,25000.50,5
            KH-2026-0003,2026-11,10000,
            4,2026-11,4999.50,1
            张三,2026-10,50000,10
            Acme Ltd,2026-10,30000,6
            王五,2025-11,20000,4

            """)
        let r = try run(["sales", "import", csv])
        #expect(r.status == 0 && r.stdout == "Imported 7 figures for 4 customers, 2025-11 to 2026-11 (0 replaced earlier figures) from \(csv).\n", "\(r.stderr)")
    }

    @Test func rankShowsSharesTheEightyPercentLineAndTheComparisons() throws {
        try seed()
        let en = try run(["sales"])
        #expect(en.status == 0)
        #expect(en.stdout == """
            Sales ranking 2026-11
            Customers who bought: 4; amount 100,000.00, volume 18.
            Previous month 2026-10: 80,000.00 (+25.0%).
            Same month last year 2025-11: 20,000.00 (+400.0%).

            #  Customer                  Amount  Share  Cumulative  Volume  vs 2026-10  vs 2025-11
            1  KH-2026-0001 张三      60,000.00  60.0%       60.0%      12      +20.0%           —
            2  KH-2026-0002 Acme Ltd  25,000.50  25.0%       85.0%       5      −16.7%           —
            ── 80% line: the top 2 customers (50.0% of those who bought) bring 85.0% of the sales ──
            3  KH-2026-0003 王五      10,000.00  10.0%       95.0%       0           —      −50.0%
            4  KH-2026-0004 赵六       4,999.50   5.0%      100.0%       1           —           —

            """)
        let zh = try run(["sales", "rank", "--markdown"], lang: "zh")
        #expect(zh.stdout.hasPrefix("# 2026-11 销售排名\n\n4 位客户购买,销售额 100,000.00,销量 18。\n上月 2026-10:80,000.00(+25.0%)。\n"))
        #expect(zh.stdout.contains("**80% 线:前 2 位客户(占购买客户的 50.0%)带来 85.0% 的销售额**"))
        #expect(zh.stdout.contains("| 2 | KH-2026-0002 Acme Ltd | 25,000.50 | 25.0% | 85.0% | 5 | −16.7% | — | ✓ |"))
        let json = try cli.json(["sales", "--json"] + t) as! [String: Any]
        #expect(json["vital_count"] as? Int == 2 && json["total"] as? Double == 100000 && json["vs_previous"] as? Double == 0.25)
        let rows = json["rows"] as! [[String: Any]]
        #expect(rows.map { $0["vital"] as! Bool } == [true, true, false, false] && rows[1]["amount"] as? Double == 25000.5)
        // October: Acme and 张三 ranked; nobody silent.
        let oct = try run(["sales", "--month", "2026-10"])
        #expect(oct.stdout.contains("1  KH-2026-0001 张三") && !oct.stdout.contains("Bought before"))
    }

    @Test func addAccumulatesInOneTransaction() throws {
        try seed()
        var r = try run(["sales", "add", "赵六", "--amount", "500.5", "--volume", "2"], lang: "zh")
        #expect(r.status == 0 && r.stdout == "已给 KH-2026-0004 赵六 的 2026-11 加上 500.50:当月合计 5,500.00,销量 3。\n", "\(r.stderr)")
        r = try run(["sales", "add", "KH-2026-0002", "--month", "2026-12", "--amount", "7"])
        #expect(r.stdout == "Added 7.00 to KH-2026-0002 Acme Ltd for 2026-12: the month's total is now 7.00, volume 0.\n")
        // Without --month, rank shows the latest month with figures up to this month: November, not December.
        #expect(try run(["sales"]).stdout.hasPrefix("Sales ranking 2026-11\n"))
    }

    @Test func badInputChangesNothing() throws {
        try seed()
        let before = try figures()
        let cases: [([String], String, Int32)] = [
            (["sales", "add", "nobody", "--amount", "5"], "There is no customer 'nobody'", 64),
            (["sales", "add", "张三", "--amount=-5"], "--amount: -5 is negative", 64),
            (["sales", "add", "张三", "--amount", "12abc"], "--amount: 12abc is not a number", 64),
            (["sales", "add", "张三", "--amount", "1.234"], "more than two decimals", 64),
            (["sales", "add", "张三", "--amount", "5", "--month", "2026-13"], "--month: 2026-13 is not a month", 64),
            (["sales", "add", "张三", "--amount", "5", "--volume", "x"], "--volume: x is not a number", 64),
            (["sales", "rank", "--month", "11/2026"], "--month: 11/2026 is not a month", 64),
            (["sales", "rank", "--json", "--markdown"], "either --json or --markdown", 64),
        ]
        for (args, text, code) in cases {
            let r = try run(args)
            #expect(r.status == code && r.stderr.contains(text) && r.stdout.isEmpty, "\(args): \(r.status) \(r.stderr)")
        }
        let files: [(String, String, String)] = [
            ("customer,month,amount\n张三,2026-11,100\n张三,2026-13,5\n", "line 3, month: 2026-13 is not a month", "en"),
            ("customer,month,amount\n张三,2026-11,100\nnobody,2026-11,5\n", "line 3, customer: There is no customer 'nobody'", "en"),
            ("customer,month,amount\n张三,2026-11,-1\n", "第 2 行的 amount 无效:-1 是负数", "zh"),
            ("customer,month,amount,volume\n张三,2026-11,100,many\n", "line 2, volume: many is not a number", "en"),
            ("name,month,amount\n张三,2026-11,100\n", "line 1, header: the header name,month,amount must name the columns", "en"),
            ("customer,month,amount\n张三,2026-11,100\nKH-2026-0001,2026-11,5\n", "line 3, customer: KH-2026-0001 张三 already has a figure for 2026-11 on line 2", "en"),
            ("customer,month,amount\n张三,2026-11\n", "line 2, CSV: this line has 2 fields but the header has 3", "en"),
            ("", "line 1, header: the file has no sales lines", "en"),
        ]
        for (i, (text, message, lang)) in files.enumerated() {
            let path = try file("bad\(i).csv", text)
            let r = try run(["sales", "import", path], lang: lang)
            #expect(r.status == 65 && r.stderr.contains(message) && r.stdout.isEmpty, "\(text): \(r.stderr)")
        }
        let missing = try run(["sales", "import", dir.path + "/none.csv"])
        #expect(missing.status == 65 && missing.stderr.contains("none.csv"))
        #expect(try figures() == before, "a refused command changed the figures")
        // A dry run checks and writes nothing either.
        let dry = try run(["sales", "import", try file("dry.csv", "customer,month,amount\n赵六,2026-11,1\n"), "--dry-run"])
        #expect(dry.status == 0 && dry.stdout.contains("(1 would replace earlier figures); nothing was written (--dry-run)"))
        #expect(try figures() == before)
    }
}
