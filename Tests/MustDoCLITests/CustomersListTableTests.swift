import Foundation
import Testing
import MustDoTestSupport

/// `customers list` prints from lean rows whose completeness and warning SQLite works out: they must say what the
/// card's own filing report says (`--json`), for cards with every mix of the 14 items, people, stale reviews and
/// passed decision dates.
@Suite struct CustomersListTableTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "rep"]) }

    @Test func theTableSaysWhatTheFilingReportSays() throws {
        var random = SystemRandomNumberGenerator()
        let optional: [(String, String)] = [("--decision-maker", "王总"), ("--grade", "A"), ("--address", "深圳"), ("--phone", "138 0000 0000"),
                                            ("--email", "a@b.example"), ("--needs", "servers"), ("--financial", "ok"), ("--business", "ok"),
                                            ("--purchasing", "yearly"), ("--credit", "AA"), ("--relations", "x"), ("--contact", "小李"),
                                            ("--notes", "n"), ("--tier", "key"), ("--person", "老王:decision-maker"), ("--person", "小赵:contact"),
                                            ("--person", "小钱:buyer")]
        for i in 0..<40 {
            var args = ["customers", "add", "--name", "客户\(i)"]
            var seen = Set<String>()
            for (option, value) in optional where Bool.random(using: &random) {
                if option != "--person", !seen.insert(option).inserted { continue }
                args += [option, value]
            }
            if i % 5 == 0 { args += ["--status", "customer"] }
            if i % 3 == 0 { args += ["--decision-date", i % 2 == 0 ? "2026-12-01" : "2027-03-01"] }
            // Created in June: not reviewed for more than 90 days by November 27.
            let day = i % 4 == 0 ? "2026-06-01" : "2026-11-20"
            let r = try cli.run(args + ["--today", day], env: ["USER": i % 7 == 0 ? "" : "rep"])
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        // All 14 items filled, reviewed recently: no warning.
        #expect(try cli.run(["customers", "add", "--name", "Full", "--decision-maker", "x", "--grade", "A", "--phone", "1234567",
                             "--needs", "n", "--financial", "f", "--business", "b", "--purchasing", "p", "--credit", "c", "--relations", "r",
                             "--contact", "c", "--notes", "n", "--today", "2026-11-27"]).status == 0)
        for today in ["2026-11-27", "2026-12-15"] {
            let json = try cli.json(["customers", "list", "--json", "--today", today]) as! [[String: Any]]
            var expected: [String: String] = [:]
            for card in json {
                let filing = card["filing"] as! [String: Any]
                let warns = !(filing["warnings"] as! [Any]).isEmpty
                expected[card["number"] as! String] = "\(filing["filled"] as! Int)/14" + (warns ? " !" : "")
            }
            let table = try cli.run(["customers", "list", "--today", today]).stdout
            var seen: [String: String] = [:]
            for line in table.split(separator: "\n").dropFirst() where line.hasPrefix("KH-") {
                let number = String(line.prefix { $0 != " " })
                let filled = line.split(separator: "  ").last!.trimmingCharacters(in: .whitespaces)
                seen[number] = filled
            }
            #expect(seen == expected, "on \(today)")
            #expect(expected.values.contains("14/14") && expected.values.contains { $0.hasSuffix("!") })
        }
    }

    @Test func userTextIsEscapedAndCJKAligned() throws {
        #expect(try cli.run(["customers", "add", "--name", "欧阳娜娜", "--company", "深圳华信科技有限公司深圳华信科技有限公司", "--today", "2026-11-27"]).status == 0)
        #expect(try cli.run(["customers", "add", "--name", "Bob", "--company", "Acme", "--tier", "key", "--today", "2026-11-27"]).status == 0)
        func columns(_ line: Substring) -> Int {
            // Display columns before the tier column (CJK characters are two wide).
            let cut = line.range(of: "Tier") ?? line.range(of: "—") ?? line.range(of: "key")!
            return line[..<cut.lowerBound].unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1 != "…" ? 2 : 1) }
        }
        let table = try cli.run(["customers", "list", "--today", "2026-11-27"]).stdout
        let lines = table.split(separator: "\n")
        #expect(lines.count == 4 && lines[1].hasPrefix("KH-2026-0001  欧阳娜娜  深圳华信科技有限公司深…  —"), "\(table)")
        #expect(Set(lines.prefix(3).map(columns)).count == 1, "the tier column lines up: \(table)")
        // A name stored by another program with an escape sequence (the console refuses to type one) is shown escaped.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", cli.database, "UPDATE customer SET name = 'Bob' || char(27) || '[31m' WHERE name = 'Bob'"]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0, "sqlite3 is needed to store a name the console refuses")
        let escaped = try cli.run(["customers", "list", "--today", "2026-11-27"]).stdout
        #expect(!escaped.contains("\u{1b}") && escaped.contains("Bob\\u{1b}[31m"), "\(escaped)")
    }

    /// The table is the console's face of the screen's list model: a visit after the card's last edit warns (`!`) as
    /// the card's filing report does, the last contact is a column once visits exist, and `--sort name` orders Chinese
    /// names by pinyin among Latin ones, as the screen does.
    @Test func theTableShowsTheVisitCheckLastContactAndPinyinOrder() throws {
        let full = ["--decision-maker", "x", "--grade", "A", "--phone", "1234567", "--needs", "n", "--financial", "f", "--business", "b",
                    "--purchasing", "p", "--credit", "c", "--relations", "r", "--contact", "c", "--notes", "n", "--today", "2026-11-20"]
        for name in ["张三", "Wendy", "李四", "Adam"] {
            #expect(try cli.run(["customers", "add", "--name", name] + full).status == 0)
        }
        let before = try cli.run(["customers", "list", "--today", "2026-11-27"]).stdout
        #expect(before.contains("14/14") && !before.contains("!") && !before.contains("Last contact"), "\(before)")
        let visit = try cli.run(["visit", "张三", "--goal", "g", "--result", "r", "--at", "2026-11-24 10:00", "--today", "2026-11-27"])
        #expect(visit.status == 0, "\(visit.stderr)")
        let after = try cli.run(["customers", "list", "--today", "2026-11-27"]).stdout
        let row = try #require(after.split(separator: "\n").first { $0.contains("张三") })
        #expect(row.hasSuffix("14/14 !") && row.contains("2026-11-24"), "\(after)")
        #expect(after.split(separator: "\n").first?.contains("Last contact") == true, "\(after)")
        let json = try cli.json(["customers", "list", "--json", "--today", "2026-11-27"]) as! [[String: Any]]
        let card = try #require(json.first { $0["name"] as? String == "张三" })
        #expect(!((card["filing"] as! [String: Any])["warnings"] as! [Any]).isEmpty, "the card's own report warns too")
        let sorted = try cli.run(["customers", "list", "--sort", "name", "--today", "2026-11-27"]).stdout
        let names = sorted.split(separator: "\n").dropFirst().dropLast().map { $0.split(separator: " ", omittingEmptySubsequences: true)[1] }
        #expect(names == ["Adam", "李四", "Wendy", "张三"], "\(sorted)")
    }
}
