import Foundation
import Testing
import MustDoTestSupport

/// The real `mustdo` binary against a temporary database, config folder and fixed date.
@Suite struct CLITests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }

    func sha(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func todayPrintsAllSixPeriodsAndCheckPersists() throws {
        let r = try cli.run(["today", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        for heading in ["Daily", "Weekly", "Monthly", "Quarterly", "Half-year", "Yearly"] { #expect(r.stdout.contains("\n\(heading)  ")) }
        #expect(r.stdout.contains("2026-W48  2026-11-23 – 2026-11-29 · 7 days left · 0/19 done"))
        #expect(r.stdout.contains("   3 [ ] Break today's work down into detailed tasks"))
        let c = try cli.run(["check", "3", "--today", "2026-11-23"])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("3 [x] Break today's work down into detailed tasks — done"))
        let again = try cli.run(["today", "--today", "2026-11-23"])
        #expect(again.stdout.contains("   3 [x] Break today's work down into detailed tasks"))
        #expect(again.stdout.contains("1/27 done"))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        _ = try cli.run(["check", "day-detail-tasks", "--today", "2026-11-23"])
        let root = try cli.json(["today", "--json"], env: ["MUSTDO_TODAY": "2026-11-23"]) as! [String: Any]
        #expect(root["date"] as? String == "2026-11-23")
        let periods = root["periods"] as! [[String: Any]]
        #expect(periods.map { $0["kind"] as! String } == ["day", "week", "month", "quarter", "half", "year"])
        #expect(periods.map { $0["key"] as! String } == ["2026-11-23", "2026-W48", "2026-11", "2026-Q4", "2026-H2", "2026"])
        #expect(periods[3]["start"] as? String == "2026-10-01" && periods[3]["end"] as? String == "2026-12-31")
        let items = periods.flatMap { $0["items"] as! [[String: Any]] }
        #expect(items.count == 99)
        let detail = items.first { $0["routine"] as? String == "day-detail-tasks" }!
        #expect(detail["state"] as? String == "done")
        #expect(detail["due"] is NSNull)
        let greet = items.first { $0["routine"] as? String == "day-greet-customers" }!
        #expect(greet["target"] as? Int == 5 && greet["progress"] as? Int == 0)
        let expenses = items.first { $0["routine"] as? String == "week-expenses" }
        #expect(expenses?["due"] as? String == "2026-11-27")
        for item in items { for key in ["ref", "routine", "title", "state", "due", "progress", "target"] { #expect(item[key] != nil) } }
    }

    @Test func skipUncheckAndAddCount() throws {
        let t = ["--today", "2026-11-23"]
        #expect(try cli.run(["skip", "5", "--reason", "no gifts left"] + t).status == 0)
        #expect(try cli.run(["add-count", "day-greet-customers", "5"] + t).stdout.contains("(5/5)"))
        #expect(try cli.run(["uncheck", "5"] + t).status == 0)
        let items = (try cli.json(["today", "--json"] + t) as! [String: Any])["periods"] as! [[String: Any]]
        let daily = items[0]["items"] as! [[String: Any]]
        #expect(daily[4]["state"] as? String == "open")
        #expect(daily.first { $0["routine"] as? String == "day-greet-customers" }?["state"] as? String == "done")
        let bad = try cli.run(["add-count", "3"] + t)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("has no count"))
    }

    @Test func seedsChineseFromLANGAndLangOverrides() throws {
        let zh = try cli.run(["today", "--today", "2026-11-23"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("每日必做"))
        #expect(zh.stdout.contains("早上用十分钟鼓舞自己,增强自信"))
        let en = try cli.run(["today", "--today", "2026-11-23", "--lang", "en"], env: ["LANG": "zh_CN.UTF-8"])
        #expect(en.stdout.contains("Daily"))
        let other = CLIRunner(directory: dir.path + "/b")
        try FileManager.default.createDirectory(atPath: other.directory, withIntermediateDirectories: true)
        let i = try other.run(["init", "--lang", "zh", "--today", "2026-11-23"])
        #expect(i.status == 0)
        #expect(i.stdout.contains("99"))
        let again = try other.run(["init"])
        #expect(again.stdout.contains("nothing changed"))
        #expect(try other.run(["routines", "--period", "week"]).stdout.contains("核销一次本周的费用"))
    }

    @Test func badInputEndsInOneSentenceAndAnExitCode() throws {
        let date = try cli.run(["today", "--today", "2026-02-30"])
        #expect(date.status == 64)
        #expect(date.stderr.contains("'2026-02-30'") && date.stderr.contains("YYYY-MM-DD"))
        #expect(date.stderr.split(separator: "\n").count == 1)
        let envDate = try cli.run(["today"], env: ["MUSTDO_TODAY": "tomorrow"])
        #expect(envDate.status == 64 && envDate.stderr.contains("MUSTDO_TODAY"))
        let ref = try cli.run(["check", "999", "--today", "2026-11-23"])
        #expect(ref.status == 64)
        #expect(ref.stderr.contains("mustdo today"))
        // One bad ref among good ones changes nothing.
        _ = try cli.run(["check", "1", "999", "--today", "2026-11-23"])
        #expect(try cli.run(["today", "--today", "2026-11-23"]).stdout.contains("   1 [ ] "))
        let period = try cli.run(["routines", "--period", "fortnight"])
        #expect(period.status == 64)
    }

    @Test func corruptForeignAndNewerDatabasesAreLeftUntouched() throws {
        let junk = dir.file("junk.sqlite")
        _ = FileManager.default.createFile(atPath: junk, contents: Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }))
        let before = sha(junk)
        let r = try cli.run(["today", "--db", junk])
        #expect(r.status == 65)
        #expect(r.stderr.contains("not a MustDo database"))
        #expect(sha(junk) == before)

        // A real database with a truncated tail.
        _ = try cli.run(["today", "--today", "2026-11-23"])
        let real = sha(cli.database)!
        let cut = dir.file("cut.sqlite")
        _ = FileManager.default.createFile(atPath: cut, contents: real.prefix(real.count / 3))
        let cutBefore = sha(cut)
        let c = try cli.run(["today", "--db", cut, "--today", "2026-11-23"])
        #expect(c.status != 0)
        #expect(sha(cut) == cutBefore)

        // A database from a newer MustDo.
        let newer = dir.file("newer.sqlite")
        try FileManager.default.copyItem(atPath: cli.database, toPath: newer)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [newer, "PRAGMA journal_mode=DELETE; INSERT INTO grdb_migrations VALUES ('v99-from-the-future');"]
        try sqlite.run(); sqlite.waitUntilExit()
        let newerBefore = sha(newer)
        let n = try cli.run(["today", "--db", newer, "--today", "2026-11-24"])
        #expect(n.status == 65)
        #expect(n.stderr.contains("newer MustDo"))
        #expect(sha(newer) == newerBefore)

        // A folder in the database's place.
        let folder = dir.file("folder.sqlite")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let f = try cli.run(["today", "--db", folder])
        #expect(f.status == 66)
        #expect(f.stderr.contains("folder"))
    }

    @Test func invalidConfigNamesFileLineAndKey() throws {
        let configDir = dir.path + "/config/mustdo"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try "language = \"en\"\nfiscal_start_month = 13\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        let r = try cli.run(["today", "--today", "2026-11-23"])
        #expect(r.status == 78)
        #expect(r.stderr.contains("config.toml, line 2, fiscal_start_month"))
        #expect(!FileManager.default.fileExists(atPath: cli.database), "nothing is created when the config is broken")
    }

    @Test func fiscalAndWeekSettingsChangeKeysAndRanges() throws {
        let configDir = dir.path + "/config/mustdo"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try "week_start = \"sunday\"\nfiscal_start_month = 4\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        let root = try cli.json(["today", "--json", "--today", "2026-11-22"]) as! [String: Any]
        let periods = root["periods"] as! [[String: Any]]
        #expect(periods.map { $0["key"] as! String } == ["2026-11-22", "2026-W48-sun", "2026-11", "FY2026-Q3@04", "FY2026-H2@04", "FY2026@04"])
        #expect(periods[1]["start"] as? String == "2026-11-22")
        #expect(periods[5]["end"] as? String == "2027-03-31")
    }
}
