import Foundation
import Testing
import MustDoTestSupport

/// `mustdo customers export|import`: vCard 3.0/4.0 (file and folder), MustDo's JSON and CSV round trips unchanged,
/// duplicates merged or skipped as chosen, files checked whole.
@Suite struct CustomersExchangeTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "rep"]) }
    let t = ["--today", "2026-11-27"]

    /// Two cards that use every field, people with notes, tags, a lunar birthday (leap month) and a solar one, an archived lost card.
    func fill(_ runner: CLIRunner) throws {
        let adds: [[String]] = [
            ["--name", "张三", "--company", "华为, 技术", "--tier", "key", "--notes", "likes \"tea\"\nand golf; 周末", "--person", "王总:decision-maker",
             "--person", "李四:buyer:reports to 王总, nephew", "--person", "小赵:user", "--tag", "vip", "--tag", "golf",
             "--birthday", "lunar:2020-L04-12", "--trust", "views", "--phone", "+86 138 0013 8000", "--email", "zhang@huawei.example",
             "--address", "深圳市南山区科技园; 2栋", "--decision-maker", "王总", "--grade", "A", "--needs", "服务器\n存储",
             "--financial", "good", "--business", "growing", "--purchasing", "yearly", "--credit", "AA", "--relations", "与李总是同学",
             "--contact", "小李", "--decision-date", "2026-12-20", "--buying-power", "yes", "--has-need", "no", "--approachable", "yes",
             "--authority", "unknown", "--personality", "direct", "--hobbies", "golf\ntea", "--family", "two kids", "--social", "rotary club",
             "--referred-by", "老王"],
            ["--name", "Acme Ltd", "--status", "lost", "--lost-reason", "price", "--email", "buy@acme.example", "--birthday", "1980-02-29",
             "--hobbies", "sailing\n\nchess"],
        ]
        for a in adds { #expect(try runner.run(["customers", "add"] + a + t).status == 0) }
        #expect(try runner.run(["customers", "archive", "Acme Ltd"] + t).status == 0)
    }

    func text(_ path: String) throws -> String { String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) }

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o777 : 0
    }

    @Test func jsonAndCSVRoundTripUnchanged() throws {
        try fill(cli)
        let original = try cli.run(["customers", "export", "--format", "json"] + t).stdout
        for format in ["json", "csv"] {
            let file = dir.file("out.\(format)")
            let r = try cli.run(["customers", "export", "--format", format, "--output", file] + t)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(mode(file) == 0o600)
            let other = CLIRunner(directory: dir.path, environment: ["MUSTDO_DB": dir.file("other-\(format).sqlite")])
            let dry = try other.run(["customers", "import", file, "--dry-run"] + t)
            #expect(dry.stdout.contains("2 would be added") && dry.stdout.contains("nothing was written"), "\(dry.stdout)")
            #expect(try other.run(["customers", "--json"] + t).stdout == "[]\n")
            let imported = try other.run(["customers", "import", file] + t)
            #expect(imported.stdout == "\(file): 2 added, 0 merged, 0 skipped, 0 already present unchanged.\n", "\(imported.stderr)")
            #expect(try other.run(["customers", "export", "--format", format] + t).stdout == (try text(file)), "\(format)")
            #expect(try other.run(["customers", "export", "--format", "json"] + t).stdout == original, "\(format)")
            // The same file again: every card is already there and the same.
            #expect(try other.run(["customers", "import", file] + t).stdout.contains("0 added, 0 merged, 0 skipped, 2 already present unchanged"))
            // Numbers taken over by an import are never handed out again.
            #expect(try other.run(["customers", "add", "--name", "new"] + t).stdout == "Added KH-2026-0003 new.\n")
        }
    }

    @Test(arguments: ["3.0", "4.0"]) func vCardRoundTripUnchangedInAFileAndAFolder(version: String) throws {
        try fill(cli)
        let original = try cli.run(["customers", "export", "--format", "json"] + t).stdout
        let file = dir.file("all.vcf"), folder = dir.file("book/")
        for output in [file, folder] {
            let r = try cli.run(["customers", "export", "--format", "vcf", "--version", version, "--output", output] + t)
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(mode(file) == 0o600 && mode(folder) == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 2 && files.allSatisfy { $0.hasSuffix(".vcf") && mode(folder + $0) == 0o600 }, "\(files)")
        let vcf = try text(file)
        #expect(vcf.contains("VERSION:\(version)\r\n") && vcf.contains("X-MUSTDO-LUNAR-BDAY:2020-L04-12") && vcf.contains("X-MUSTDO-TIER:key"))
        #expect(vcf.contains(version == "4.0" ? "BDAY:20200603" : "BDAY:2020-06-03"), "the lunar birthday's solar day")
        for (i, source) in [file, folder].enumerated() {
            let other = CLIRunner(directory: dir.path, environment: ["MUSTDO_DB": dir.file("v\(version)-\(i).sqlite")])
            let imported = try other.run(["customers", "import", source] + t)
            #expect(imported.status == 0 && imported.stdout.contains("2 added"), "\(imported.stdout) \(imported.stderr)")
            #expect(try other.run(["customers", "export", "--format", "json"] + t).stdout == original, "\(source)")
            // Written again, the vCards are the same bytes (UIDs kept).
            #expect(try other.run(["customers", "export", "--format", "vcf", "--version", version] + t).stdout == vcf)
        }
    }

    @Test func exportRefusesToReplaceWithoutForce() throws {
        try fill(cli)
        let file = dir.file("c.vcf"), folder = dir.file("book")
        #expect(try cli.run(["customers", "export", "--format", "vcf", "--output", file] + t).status == 0)
        #expect(try cli.run(["customers", "export", "--format", "vcf", "--output", folder + "/"] + t).status == 0)
        let again = try cli.run(["customers", "export", "--format", "vcf", "--output", file] + t)
        #expect(again.status == 64 && again.stderr.contains("exists already, so nothing was written"), "\(again.stderr)")
        let folderAgain = try cli.run(["customers", "export", "--format", "vcf", "--output", folder] + t)
        #expect(folderAgain.status == 64 && folderAgain.stderr.contains("already holds 2 of these cards' .vcf files: add --force"), "\(folderAgain.stderr)")
        #expect(try cli.run(["customers", "export", "--format", "vcf", "--output", folder, "--force"] + t).status == 0)
        let version = try cli.run(["customers", "export", "--format", "json", "--version", "4.0"] + t)
        #expect(version.status == 64 && version.stderr.contains("--version applies to vCard only"))
        let bad = try cli.run(["customers", "export", "--format", "xml"] + t)
        #expect(bad.status == 64 && bad.stderr.contains("'xml' is not an export format: use json, csv or vcf"))
    }

    @Test func duplicatesNeedAChoiceAndAreMergedOrSkipped() throws {
        try fill(cli)
        let before = try cli.run(["customers", "export", "--format", "json"] + t).stdout
        let file = dir.file("dup.vcf")
        try """
        BEGIN:VCARD\r
        VERSION:3.0\r
        FN:Zhang San\r
        TEL:13800138000\r
        NOTE:met at the fair\r
        END:VCARD\r
        BEGIN:VCARD\r
        VERSION:4.0\r
        FN:Bob Lee\r
        ORG:Initech\r
        EMAIL:bob@initech.example\r
        END:VCARD\r
        BEGIN:VCARD\r
        VERSION:4.0\r
        FN:Bob Lee\r
        ORG:Initech\r
        TITLE:CTO\r
        CATEGORIES:trade fair\r
        END:VCARD\r

        """.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try cli.run(["customers", "import", file] + t)
        #expect(refused.status == 64)
        #expect(refused.stdout == """
            \(file), line 1: Zhang San, same phone as KH-2026-0001 张三: needs a choice
            \(file), line 13: Bob Lee, same name and company as the card at \(file), line 7: needs a choice

            """, "\(refused.stdout)")
        #expect(refused.stderr == "mustdo: 2 cards of \(file) are already in the customer file or twice in the file: add --duplicates merge or --duplicates skip; nothing was imported.\n")
        let dry = try cli.run(["customers", "import", file, "--dry-run", "--duplicates", "merge"] + t)
        #expect(dry.status == 0 && dry.stdout.hasSuffix("1 would be added, 2 merged, 0 skipped, 0 already present unchanged; nothing was written (--dry-run).\n"))
        #expect(try cli.run(["customers", "export", "--format", "json"] + t).stdout == before, "a refusal and a dry run write nothing")

        let skip = CLIRunner(directory: dir.path, environment: ["MUSTDO_DB": dir.file("skip.sqlite"), "USER": "rep"])
        try fill(skip)
        let skipped = try skip.run(["customers", "import", file, "--duplicates", "skip"] + t)
        #expect(skipped.stdout.hasSuffix("1 added, 0 merged, 2 skipped, 0 already present unchanged.\n"), "\(skipped.stdout)")
        let bob = try skip.json(["customers", "show", "Bob Lee", "--json"] + t) as! [String: Any]
        #expect(bob["email"] as? String == "bob@initech.example" && bob["tags"] as? [String] == [])

        let merged = try cli.run(["customers", "import", file, "--duplicates", "merge"] + t)
        #expect(merged.status == 0 && merged.stdout.hasSuffix("1 added, 2 merged, 0 skipped, 0 already present unchanged.\n"), "\(merged.stdout)")
        let zhang = try cli.json(["customers", "show", "KH-2026-0001", "--json"] + t) as! [String: Any]
        #expect(zhang["notes"] as? String == "likes \"tea\"\nand golf; 周末\nmet at the fair", "long texts are appended")
        #expect(zhang["name"] as? String == "张三", "the stored card keeps its own values")
        let show = try cli.run(["customers", "show", "KH-2026-0001"] + t).stdout
        #expect(show.contains("Notes: likes"), "the merge is in the history: \(show)")
        let bobMerged = try cli.json(["customers", "show", "Bob Lee", "--json"] + t) as! [String: Any]
        #expect(bobMerged["tags"] as? [String] == ["trade fair"] && (bobMerged["notes"] as? String ?? "").contains("TITLE: CTO"))
        let choice = try cli.run(["customers", "import", file, "--duplicates", "both"] + t)
        #expect(choice.status == 64 && choice.stderr.contains("'both' is not a choice for --duplicates: use merge or skip"))
    }

    @Test func googleAndOutlookCSVByTheirOwnHeaders() throws {
        let google = dir.file("google.csv")
        try (CustomersExchangeFixtures.google).write(toFile: google, atomically: true, encoding: .utf8)
        let outlook = dir.file("outlook.csv")
        try (CustomersExchangeFixtures.outlook).write(toFile: outlook, atomically: true, encoding: .utf8)
        let g = try cli.run(["customers", "import", google] + t)
        #expect(g.status == 0 && g.stdout == "\(google): 3 added, 0 merged, 0 skipped, 0 already present unchanged.\n", "\(g.stdout) \(g.stderr)")
        let o = try cli.run(["customers", "import", outlook] + t)
        #expect(o.status == 0 && o.stdout == "\(outlook): 2 added, 0 merged, 0 skipped, 0 already present unchanged.\n", "\(o.stdout) \(o.stderr)")
        let cards = try cli.json(["customers", "list", "--json"] + t) as! [[String: Any]]
        func card(_ name: String) -> [String: Any] { cards.first { $0["name"] as? String == name } ?? [:] }
        let wang = card("王小明")
        #expect(wang["company"] as? String == "深圳华信科技有限公司" && wang["phone"] as? String == "+86 138 0013 8000, 0755-8888 1234")
        #expect(wang["email"] as? String == "wang@huaxin.example" && wang["birthday"] as? String == "1985-03-12")
        #expect(wang["address"] as? String == "科技园南路 88 号, 深圳, 广东, 518057, 中国")
        #expect(wang["tags"] as? [String] == ["展会"], "Google's system groups are not tags: \(wang)")
        #expect((wang["notes"] as? String ?? "").hasPrefix("喜欢喝茶\n\n") && (wang["notes"] as? String ?? "").contains("TITLE: 采购经理"))
        #expect(card("Emily Chen")["email"] as? String == "emily.chen@globex.example")
        #expect(card("李娜")["company"] as? String == "上海恒达贸易有限公司")
        let john = card("John Smith")
        #expect(john["company"] as? String == "Acme Ltd" && john["email"] as? String == "john.smith@acme.example")
        #expect(john["birthday"] as? String == "1978-06-12", "Outlook writes dates month first: \(john)")
        #expect((john["phone"] as? String ?? "").contains("+1 555 0100"))
        #expect(card("刘洋")["address"] as? String == "天河路 1 号, 广州, 广东, 510000, 中国")
        // Each card got a stable UID: importing the file again finds them all the same.
        let again = try cli.run(["customers", "import", google] + t)
        #expect(again.stdout.hasSuffix("0 added, 0 merged, 0 skipped, 3 already present unchanged.\n"), "\(again.stdout)")
        // --format names the layout: an Outlook file is not a Google one.
        let wrong = try cli.run(["customers", "import", outlook, "--format", "google"] + t)
        #expect(wrong.status == 64 && wrong.stderr.contains("the header line is not that of Google Contacts"), "\(wrong.stderr)")
    }

    @Test func badFilesNameTheLineAndPropertyAndWriteNothing() throws {
        try fill(cli)
        let before = try cli.run(["customers", "export", "--format", "json"] + t).stdout
        let db = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        let long = String(repeating: "长", count: 10_000)
        let cases: [(String, String, Int32, String)] = [
            ("a.csv", "name,tier\r\nA,key\r\n\"B\",vip\r\n", 65, "a.csv, line 3, tier: 'vip' is not a tier"),
            ("d.json", "[{\"name\": \"x\", \"decision_date\": \"2026-02-30\"}]", 65, "d.json, #1 decision_date: --decision-date '2026-02-30' is not a date"),
            ("broken.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:B\r\nEND:VCARD\r\n", 65,
             "broken.vcf, line 4, BEGIN: a new `BEGIN:VCARD` comes before the card begun on line 1 has its `END:VCARD`"),
            ("date.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nBDAY:1990-13-45\r\nEND:VCARD\r\n", 65,
             "date.vcf, line 4, BDAY: 1990-13-45 is not a date"),
            ("long.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\(long)\r\nEND:VCARD\r\n", 65,
             "long.vcf, line 4, FN: --name is 10000 characters long"),
            ("mail.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEMAIL:not-an-address\r\nEND:VCARD\r\n", 65, "mail.vcf, line 4, EMAIL:"),
            ("tier.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nX-MUSTDO-TIER:vip\r\nEND:VCARD\r\n", 65, "tier.vcf, line 4, X-MUSTDO-TIER: 'vip' is not a tier"),
            ("headers.csv", "Vorname,Nachname,Firma\r\nA,B,C\r\n", 65, "headers.csv, line 1: the first line Vorname,Nachname,Firma is not the header line of a contact CSV"),
            ("gdate.csv", "First Name,Last Name,Organization Name,Birthday\r\nA,B,C,1990-02-30\r\n", 65, "gdate.csv, line 2, Birthday: 1990-02-30 is not a date"),
        ]
        for (name, content, code, message) in cases {
            try content.write(toFile: dir.file(name), atomically: true, encoding: .utf8)
            let r = try cli.run(["customers", "import", dir.file(name)] + t)
            #expect(r.status == code, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(message) && r.stderr.hasSuffix("nothing was imported.\n"), "\(name): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(name): \(r.stderr)")
        }
        #expect(try cli.run(["customers", "export", "--format", "json"] + t).stdout == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == db, "the database file is unchanged")
        let missing = try cli.run(["customers", "import", dir.file("none.json"), "--lang", "zh"] + t)
        #expect(missing.status == 65 && missing.stderr.contains("客户文件"))
        let format = try cli.run(["customers", "import", dir.file("a.csv"), "--format", "xls"] + t)
        #expect(format.status == 64 && format.stderr.contains("'xls' is not an import format"))
        try FileManager.default.createDirectory(atPath: dir.file("empty"), withIntermediateDirectories: true)
        let empty = try cli.run(["customers", "import", dir.file("empty")] + t)
        #expect(empty.status == 64 && empty.stderr.contains("holds no .vcf file"), "\(empty.stderr)")
    }

    @Test func searchFindsByPinyinNumberPhoneCompanyAndPeople() throws {
        for a in [["--name", "张三", "--company", "深圳华信科技", "--phone", "138 0013 8000", "--person", "王总:decision-maker"],
                  ["--name", "李四", "--company", "Acme Ltd"], ["--name", "赵四"], ["--name", "John Smith", "--tier", "key"]] {
            #expect(try cli.run(["customers", "add"] + a + t).status == 0)
        }
        func names(_ search: String, _ extra: [String] = []) throws -> [String] {
            let r = try cli.run(["customers", "list", "--json", "--search", search] + extra + t)
            #expect(r.status == 0, "\(r.stderr)")
            return (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]).map { $0["name"] as! String }
        }
        #expect(try names("zs") == ["张三", "赵四"])
        #expect(try names("zhang") == ["张三"])
        #expect(try names("张") == ["张三"])
        #expect(try names("KH-2026-0002") == ["李四"])
        #expect(try names("13800138000") == ["张三"])
        #expect(try names("huaxin") == ["张三"])
        #expect(try names("acme") == ["李四"])
        #expect(try names("wangzong") == ["张三"], "a person's name")
        #expect(try names("js") == ["John Smith"])
        #expect(try names("s", ["--tier", "key"]) == ["John Smith"], "the SQL filters still apply")
        let table = try cli.run(["customers", "list", "--search", "zs"] + t).stdout
        #expect(table.contains("张三") && table.contains("赵四") && !table.contains("李四"), "\(table)")
        #expect(try cli.run(["customers", "list", "--search", "zz"] + t).stdout.hasPrefix("No customers match"))
    }
}
