import Foundation
import Testing
import MustDoTestSupport

/// `mustdo customers …` against the real binary: zh and en output, refusals in one sentence with nothing changed.
@Suite struct CustomersCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }
    let t = ["--today", "2026-11-27"]

    func run(_ args: [String], lang: String = "en") throws -> CLIRunner.Result { try cli.run(["customers"] + args + t + ["--lang", lang]) }

    func list() throws -> [[String: Any]] { try cli.json(["customers", "list", "--json", "--archived"] + t) as! [[String: Any]]
        + (try cli.json(["customers", "list", "--json"] + t) as! [[String: Any]]) }

    /// Everything stored, as the JSON of each card with its history.
    func snapshot() throws -> String {
        var out = ""
        for id in 1...6 {
            let r = try cli.run(["customers", "show", String(id), "--json"] + t)
            out += r.status == 0 ? r.stdout : "-"
        }
        return out
    }

    func addTwo() throws {
        var r = try run(["add", "--name", "张三", "--company", "华为技术", "--tier", "key", "--decision-date", "2026-12-10",
                         "--phone", "138 0000 0000", "--person", "王总:decision-maker", "--person", "李四:buyer:reports to 王总",
                         "--tag", "vip", "--birthday", "lunar:1980-04-12", "--notes", "likes tea\nand golf"])
        #expect(r.status == 0 && r.stdout == "Added KH-2026-0001 张三.\n", "\(r.stderr)")
        r = try run(["add", "--name", "Acme Ltd", "--status", "customer", "--tier", "general"], lang: "zh")
        #expect(r.status == 0 && r.stdout == "已添加 KH-2026-0002 Acme Ltd。\n", "\(r.stderr)")
    }

    @Test func listAlignsChineseColumnsInBothLanguages() throws {
        try addTwo()
        let en = try run(["list"])
        #expect(en.status == 0)
        #expect(en.stdout == """
            Number        Name      Company   Tier     Status    Filled
            KH-2026-0001  张三      华为技术  key      prospect  7/14 !
            KH-2026-0002  Acme Ltd            general  customer  4/14 !
            2 customers

            """)
        let zh = try run([], lang: "zh")
        #expect(zh.stdout == """
            编号          客户名称  公司      客户类别  状态    完整度
            KH-2026-0001  张三      华为技术  关键      准客户  7/14 !
            KH-2026-0002  Acme Ltd            一般      客户    4/14 !
            共 2 位客户

            """)
        #expect(try run(["list", "--tier", "key"]).stdout.contains("张三") && !run(["list", "--tier", "key"]).stdout.contains("Acme"))
        #expect(try run(["list", "--status", "customer", "--search", "acme"]).stdout.contains("Acme Ltd"))
        #expect(try run(["list", "--tag", "nosuch"]).stdout.hasPrefix("No customers match"))
        #expect(try run(["list", "--search", "0000"]).stdout.contains("张三"))
    }

    @Test func showPrintsEveryFieldPeopleWarningsAndHistory() throws {
        try addTwo()
        let r = try run(["edit", "KH-2026-0001", "--tier", "important", "--buying-power", "yes"])
        #expect(r.stdout == "Changed KH-2026-0001 张三: Tier important, Buying power yes.\n", "\(r.stderr)")
        let show = try run(["show", "kh-2026-0001"])
        #expect(show.status == 0)
        for line in ["KH-2026-0001  张三 · 华为技术", "  Created by              salesrep", "  Notes                   likes tea\n                          and golf",
                     "  Tier                    important (the decision date suggests key)", "  Decision expected       2026-12-10, in 13 days",
                     "  Birthday                lunar 1980-04-12 (四月十二), next 2027-05-17", "  Who decides             王总\n                          buyer 李四: reports to 王总",
                     "  Qualified prospect      1 of 4 met: Buying power yes · Need unknown", "7 of the 14 card items are empty: Needs, Financial status",
                     "Timeline: visits, promises, appointments, edits\n", "  Tier: key → important", "created"] {
            #expect(show.stdout.contains(line), "missing \(line):\n\(show.stdout)")
        }
        let zh = try run(["show", "张三"], lang: "zh")
        for line in ["  购买决策人    —\n", "  生日          农历 1980-04-12(四月十二),下次 2027-05-17\n", "  客户类别      重要(按决策日期应为关键)\n",
                     "  人员          王总(决策人)\n                李四(采购):reports to 王总\n", "  客户类别:关键 → 重要\n",
                     "  建档检查      客户卡 14 项中有 7 项未填:需求状况、财务状况、经营状况、采购状况、信用状况、对外关系、业务联系人。\n"] {
            #expect(zh.stdout.contains(line), "missing \(line):\n\(zh.stdout)")
        }
        let json = try cli.json(["customers", "show", "1", "--json"] + t) as! [String: Any]
        #expect(json["tier"] as? String == "important" && json["birthday"] as? String == "lunar:1980-04-12")
        #expect(json["next_birthday"] as? String == "2027-05-17" && json["decision_makers"] as? [String] == ["王总"])
        #expect((json["people"] as! [[String: Any]]).map { $0["role"] as! String } == ["decision-maker", "buyer"])
        #expect((json["history"] as! [[String: Any]]).count == 3)
        #expect((json["filing"] as! [String: Any])["missing"] as? [Int] == [5, 6, 7, 8, 9, 10, 11])
    }

    @Test func badInputIsOneSentenceWithExitCodeAndNothingChanged() throws {
        try addTwo()
        try #require(try run(["add", "--name", "张三", "--company", "别的公司"]).status == 0)
        let before = try snapshot()
        let cases: [([String], Int32, String)] = [
            (["add", "--name", String(repeating: "名", count: 10_000)], 64, "--name is 10000 characters long, more than the 200 allowed"),
            (["add", "--company", "x"], 64, "The customer's name is empty"),
            (["add", "--name", "x", "--tier", "vip"], 64, "'vip' is not a tier"),
            (["add", "--name", "x", "--decision-date", "2026-02-30"], 64, "--decision-date '2026-02-30' is not a date"),
            (["add", "--name", "x", "--birthday", "1990-02-30"], 64, "The birthday '1990-02-30' is not a date"),
            (["add", "--name", "x", "--status", "lost"], 64, "A lost customer needs a reason"),
            (["add", "--name", "x", "--colour", "red"], 64, "There is no customer field '--colour'"),
            (["add", "--name", "x", "--name", "y"], 64, "--name is given twice"),
            (["add", "--name"], 64, "--name needs a value"),
            (["add", "--name", "Wang\u{1b}[2J"], 64, "--name contains the control character \\u{1b}"),
            (["edit", "张三", "--tier", "key"], 64, "'张三' matches 2 customers (KH-2026-0001 张三; KH-2026-0003 张三)"),
            (["edit", "KH-2026-0099", "--tier", "key"], 64, "There is no customer 'KH-2026-0099'"),
            (["edit", "1"], 64, "Nothing to change"),
            (["edit", "1", "--remove-person", "赵六"], 64, "There is no person '赵六' on KH-2026-0001"),
            (["edit", "1", "--person", "赵六:boss"], 64, "'赵六:boss' is not a person"),
            (["edit", "1", "--email", "not-an-address"], 64, "is not an e-mail address"),
            (["show", "nobody"], 64, "There is no customer 'nobody'"),
            (["list", "--tier", "vip"], 64, "--tier 'vip' is not known"),
            (["list", "--sort", "colour"], 64, "'colour' is not a sort order"),
            (["merge", "1", "1"], 64, "cannot be merged into itself"),
            (["forget", "1"], 64, "add --yes to confirm"),
        ]
        for (args, code, message) in cases {
            let r = try run(args)
            #expect(r.status == code, "\(args.map { $0.prefix(20) }): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args.map { $0.prefix(20) }): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stdout.isEmpty)
        }
        #expect(try snapshot() == before, "a refused command changes nothing")
        let zh = try run(["add", "--name", "x", "--tier", "vip"], lang: "zh")
        #expect(zh.status == 64 && zh.stderr == "mustdo: “vip”不是客户类别:请用 key(一个月内决策)、important(2–3 个月)或 general(半年左右)。\n")
        let ambiguous = try run(["edit", "张三", "--tier", "key"], lang: "zh")
        #expect(ambiguous.stderr.contains("“张三”匹配到 2 位客户(KH-2026-0001 张三; KH-2026-0003 张三):请改用编号。"))
    }

    @Test func archiveRestoreMergeAndForget() throws {
        try addTwo()
        #expect(try run(["archive", "Acme Ltd"]).stdout.hasPrefix("Archived KH-2026-0002 Acme Ltd: it is hidden"))
        #expect(try !run(["list"]).stdout.contains("Acme"))
        #expect(try run(["list", "--archived"]).stdout.contains("Acme"))
        #expect(try run(["merge", "1", "2"]).stderr.contains("KH-2026-0002 is archived: restore it"))
        #expect(try run(["restore", "KH-2026-0002"]).stdout == "Restored KH-2026-0002 Acme Ltd.\n")
        let merged = try run(["merge", "KH-2026-0001", "Acme Ltd"])
        #expect(merged.status == 0 && merged.stdout.hasPrefix("Merged KH-2026-0002 into KH-2026-0001"), "\(merged.stderr)")
        let show = try run(["show", "1"]).stdout
        #expect(show.contains("KH-2026-0002: created") && show.contains("KH-2026-0002 merged in"))
        #expect(try run(["show", "2"]).stdout.contains("  Merged into             KH-2026-0001\n"))
        let forget = try run(["forget", "1", "--yes"])
        #expect(forget.stdout == "Erased the personal data of KH-2026-0001: only the number and anonymous counts remain.\n", "\(forget.stderr)")
        #expect(try run(["list"]).stdout.hasPrefix("No customers match"))
        let gone = try run(["show", "KH-2026-0001"]).stdout
        #expect(gone.hasPrefix("KH-2026-0001  (erased)") && !gone.contains("张三") && !gone.contains("王总"))
        #expect(try run(["edit", "1", "--name", "x"]).stderr.contains("KH-2026-0001 was erased on request"))
        #expect(try run(["add", "--name", "新客户"]).stdout == "Added KH-2026-0003 新客户.\n")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.database)) + ((try? Data(contentsOf: URL(fileURLWithPath: cli.database + "-wal"))) ?? Data())
        #expect(!String(decoding: bytes, as: UTF8.self).contains("华为技术"))
    }

    @Test func thePrefixComesFromTheConfigFile() throws {
        let config = dir.file("config.toml")
        try "[customers]\nnumber_prefix = \"BJ{year}-\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let r = try cli.run(["customers", "add", "--name", "x", "--config", config] + t)
        #expect(r.stdout == "Added BJ2026-0001 x.\n", "\(r.stderr)")
        var st = stat()
        #expect(stat(cli.database, &st) == 0 && st.st_mode & 0o777 == 0o600)
    }
}
