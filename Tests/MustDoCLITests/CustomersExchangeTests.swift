import Foundation
import Testing
import MustDoTestSupport

/// `mustdo customers export|import` in MustDo's own JSON and CSV: round trips unchanged, files checked whole.
@Suite struct CustomersExchangeTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "rep"]) }
    let t = ["--today", "2026-11-27"]

    func fill(_ runner: CLIRunner) throws {
        let adds: [[String]] = [
            ["--name", "张三", "--company", "华为, 技术", "--tier", "key", "--notes", "likes \"tea\"\nand golf", "--person", "王总:decision-maker",
             "--person", "李四:buyer:reports to 王总, nephew", "--tag", "vip", "--tag", "golf", "--birthday", "lunar:2020-L04-12", "--trust", "views"],
            ["--name", "Acme Ltd", "--status", "lost", "--lost-reason", "price", "--email", "buy@acme.example"],
        ]
        for a in adds { #expect(try runner.run(["customers", "add"] + a + t).status == 0) }
        #expect(try runner.run(["customers", "archive", "Acme Ltd"] + t).status == 0)
    }

    @Test func jsonAndCSVRoundTripUnchanged() throws {
        try fill(cli)
        for format in ["json", "csv"] {
            let file = dir.file("out.\(format)")
            let r = try cli.run(["customers", "export", "--format", format, "--output", file] + t)
            #expect(r.status == 0, "\(r.stderr)")
            var st = stat()
            #expect(stat(file, &st) == 0 && st.st_mode & 0o777 == 0o600)
            let other = CLIRunner(directory: dir.path, environment: ["MUSTDO_DB": dir.file("other-\(format).sqlite")])
            let dry = try other.run(["customers", "import", file, "--dry-run"] + t)
            let empty = try other.run(["customers", "--json"] + t)
            #expect(dry.stdout.contains("2 customers would be imported") && empty.stdout == "[]\n")
            let imported = try other.run(["customers", "import", file] + t)
            #expect(imported.stdout == "Imported 2 customers from \(file); 0 already present were skipped.\n", "\(imported.stderr)")
            let again = try other.run(["customers", "export", "--format", format] + t)
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            #expect(again.stdout == written, "\(format)")
            #expect(try other.run(["customers", "import", file] + t).stdout.contains("Imported 0 customers") )
            // Numbers taken over by an import are never handed out again.
            #expect(try other.run(["customers", "add", "--name", "new"] + t).stdout == "Added KH-2026-0003 new.\n")
        }
    }

    @Test func aBadFileNamesTheLineAndFieldAndWritesNothing() throws {
        try fill(cli)
        let before = try cli.run(["customers", "export"] + t).stdout
        let cases: [(String, String, String)] = [
            ("a.csv", "name,tier\r\nA,key\r\n\"B\",vip\r\n", "a.csv, line 3, tier: 'vip' is not a tier"),
            ("b.csv", "nom,tier\nA,key\n", "b.csv, line 1, header: the header has the unknown or missing column nom"),
            ("c.csv", "name,tier\nA\n", "c.csv, line 2, record: the record has 1 values where the header has 2"),
            ("d.json", "[{\"name\": \"x\", \"decision_date\": \"2026-02-30\"}]", "d.json, #1 decision_date: --decision-date '2026-02-30' is not a date"),
            ("e.json", "[{\"name\": \"x\"}, {\"name\": \"\"}]", "e.json, #2 name: The customer's name is empty"),
            ("f.json", "[1, 2", "f.json, JSON: the file is not a JSON array of customer cards"),
            ("g.csv", "name,status\nx,lost\n", "g.csv, line 2, status: A lost customer needs a reason"),
        ]
        for (name, text, message) in cases {
            try text.write(toFile: dir.file(name), atomically: true, encoding: .utf8)
            let r = try cli.run(["customers", "import", dir.file(name)] + t)
            #expect(r.status == 65, "\(name): \(r.stderr)")
            #expect(r.stderr.contains(message) && r.stderr.hasSuffix("; nothing was imported.\n"), "\(name): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
        #expect(try cli.run(["customers", "export"] + t).stdout == before)
        let missing = try cli.run(["customers", "import", dir.file("none.json"), "--lang", "zh"] + t)
        #expect(missing.status == 65 && missing.stderr.contains("客户文件"))
        let format = try cli.run(["customers", "export", "--format", "vcf"] + t)
        #expect(format.status == 64 && format.stderr.contains("'vcf' is not an export format"))
    }
}
