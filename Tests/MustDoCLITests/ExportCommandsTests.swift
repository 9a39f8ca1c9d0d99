import Foundation
import Testing
import MustDoTestSupport

/// `mustdo export ics|csv|json`, `mustdo backup` and `mustdo holidays` against the real binary.
@Suite struct ExportCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    let t = ["--today", "2026-11-23"]

    /// Two weeks of history with a few items done, one skipped, and a Chinese note with a comma and quotes.
    func history() throws {
        for day in ["2026-11-16", "2026-11-18"] {
            #expect(try cli.run(["check", "day-motivate", "day-detail-tasks", "--today", day]).status == 0)
        }
        #expect(try cli.run(["check", "week-expenses", "--today", "2026-11-20"]).status == 0)
        #expect(try cli.run(["skip", "day-outdoor-exercise", "--reason", "下雨,\"大\"雨", "--today", "2026-11-17"]).status == 0)
        #expect(try cli.run(["check", "day-motivate"] + t).status == 0)
    }

    @Test func icsIsCRLFFoldedAndStable() throws {
        try history()
        let a = try cli.run(["export", "ics"] + t)
        #expect(a.status == 0, "\(a.stderr)")
        let b = try cli.run(["export", "ics"] + t)
        let bytes = Array(a.stdout.utf8)
        // Every line ends in CRLF and is at most 75 octets.
        #expect(a.stdout.hasSuffix("END:VCALENDAR\r\n"))
        let lines = a.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") && !$0.contains("\r") })
        #expect(bytes.count > 1000)
        func uids(_ s: String) -> [String] { s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(a.stdout) == uids(b.stdout))
        #expect(uids(a.stdout).count == 99 + 6, "99 routines, 6 done items")
        #expect(a.stdout.contains("UID:week-expenses/2026-W47@mustdo\r\n"))
        #expect(a.stdout.contains("UID:day-motivate/2026-11-23@mustdo\r\n"))
        // A range keeps only the done items of periods overlapping it.
        let ranged = try cli.run(["export", "ics", "--from", "2026-11-18", "--to", "2026-11-18"] + t)
        #expect(uids(ranged.stdout).filter { $0.contains("/") }.sorted() == ["UID:day-detail-tasks/2026-11-18@mustdo", "UID:day-motivate/2026-11-18@mustdo",
                                                                           "UID:week-expenses/2026-W47@mustdo"])
        let bad = try cli.run(["export", "ics", "--from", "2026-12-01", "--to", "2026-11-01"] + t)
        #expect(bad.status == 64 && bad.stderr.contains("--from 2026-12-01 is after --to 2026-11-01"))
        #expect(try cli.run(["export", "ics", "--from", "someday"] + t).status == 64)
    }

    @Test func csvAndJSONHoldTheSameRows() throws {
        try history()
        let csv = try cli.run(["export", "csv", "--bom", "--lang", "zh"] + t, env: ["LANG": "zh_CN.UTF-8"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(Array(csv.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.stdout.dropFirst().hasPrefix("date,end,due,period,key,routine,title,state,done_at,skip_reason,progress,target,note\r\n"))
        #expect(csv.stdout.contains(",skipped,,\"下雨,\"\"大\"\"雨\","))
        #expect(!(try cli.run(["export", "csv"] + t).stdout.hasPrefix("\u{FEFF}")))
        let root = try cli.json(["export", "json"] + t) as! [String: Any]
        let rows = root["occurrences"] as! [[String: Any]]
        #expect(root["from"] is NSNull && root["to"] is NSNull)
        #expect(rows.count == csv.stdout.components(separatedBy: "\r\n").count - 2)
        let skipped = rows.first { $0["state"] as? String == "skipped" }!
        #expect(skipped["skip_reason"] as? String == "下雨,\"大\"雨" && skipped["date"] as? String == "2026-11-17")
        let greet = rows.first { $0["routine"] as? String == "day-greet-customers" }!
        #expect(greet["target"] as? Int == 5 && greet["progress"] as? Int == 0)
        #expect(rows.contains { $0["state"] as? String == "missed" })
        let done = rows.first { $0["routine"] as? String == "week-expenses" && $0["key"] as? String == "2026-W47" }!
        #expect(done["state"] as? String == "done" && (done["done_at"] as? String)?.hasPrefix("2026-11-20T") == true)
        let ranged = try cli.json(["export", "json", "--from", "2026-11-23"] + t) as! [String: Any]
        #expect((ranged["occurrences"] as! [[String: Any]]).allSatisfy { ($0["end"] as! String) >= "2026-11-23" })
    }

    @Test func outputFilesAreNotOverwrittenWithoutForce() throws {
        let file = dir.file("out.csv")
        let first = try cli.run(["export", "csv", "--output", file] + t)
        #expect(first.status == 0 && first.stdout.contains(file), "\(first.stderr)")
        let content = try String(contentsOfFile: file, encoding: .utf8)
        let again = try cli.run(["export", "json", "--output", file] + t)
        #expect(again.status == 64 && again.stderr.contains("exists already"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == content)
        #expect(try cli.run(["export", "json", "--output", file, "--force"] + t).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("{\"from\""))
        let nowhere = try cli.run(["export", "ics", "--output", dir.file("no/such/folder/x.ics")] + t)
        #expect(nowhere.status == 73 && nowhere.stderr.contains("Cannot write"))
    }

    @Test func backupWritesACheckedCopy() throws {
        let none = try cli.run(["backup"] + t)
        #expect(none.status == 66 && none.stderr.contains("nothing to back up"))
        try history()
        let r = try cli.run(["backup"] + t)
        #expect(r.status == 0, "\(r.stderr)")
        let path = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path == dir.path + "/backups/mustdo-2026-11-23.sqlite")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        check.arguments = [path, "PRAGMA integrity_check; SELECT COUNT(*) FROM routine; SELECT COUNT(*) FROM occurrence WHERE state = 'done';"]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        check.waitUntilExit()
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "ok\n99\n6\n")
        let again = try cli.run(["backup"] + t)
        #expect(again.status == 64 && again.stderr.contains("exists already"))
        #expect(try cli.run(["backup", "--force"] + t).status == 0)
        let other = dir.file("elsewhere/copy.sqlite")
        let refused = try cli.run(["backup", other] + t)
        #expect(refused.status == 73 && refused.stderr.contains("--parents"))
        #expect(try cli.run(["backup", other, "--parents"] + t).stdout == other + "\n")
        #expect(try cli.run(["today", "--db", other] + t).status == 0, "the copy opens as a MustDo database")
    }

    func writeConfig(_ text: String) throws {
        let configDir = dir.path + "/config/mustdo"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try text.write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
    }

    @Test func theHolidayFileShapesTheLists() throws {
        let configDir = dir.path + "/config/mustdo"
        try writeConfig("holidays_file = \"cn.toml\"\n")
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/holidays-2026-cn.example.toml").path
        try FileManager.default.copyItem(atPath: example, toPath: configDir + "/cn.toml")
        func daily(_ day: String) throws -> [String] {
            let root = try cli.json(["today", "--json", "--today", day]) as! [String: Any]
            return ((root["periods"] as! [[String: Any]])[0]["items"] as! [[String: Any]]).map { $0["routine"] as! String }
        }
        // Last-workday due dates: February 2026 ends on a swapped Saturday.
        let root = try cli.json(["today", "--json", "--today", "2026-02-10"]) as! [String: Any]
        let monthly = (root["periods"] as! [[String: Any]])[2]["items"] as! [[String: Any]]
        #expect(monthly.first { $0["routine"] as? String == "month-tally-sales" }?["due"] as? String == "2026-02-28")
        #expect(try daily("2026-10-01").count == 6, "National Day: only the six every-day routines")
        #expect(try daily("2026-10-10").count == 27, "the swapped Saturday is a workday")
        #expect(try daily("2026-10-12").count == 27)
        // `mustdo holidays` lists them with names.
        let list = try cli.run(["holidays", "--year", "2026"] + t)
        #expect(list.status == 0 && list.stdout.contains("2026-10-01 Thu  国庆节") && list.stdout.contains("2026-02-28 Sat  春节调休上班"))
        // A broken holiday file stops every command with its name and line.
        try "holidays = [\"2026-10-01\"]\nworkdays = [\"2026-13-01\"]\n".write(toFile: configDir + "/cn.toml", atomically: true, encoding: .utf8)
        let broken = try cli.run(["today"] + t)
        #expect(broken.status == 78 && broken.stderr.contains("cn.toml, line 2, workdays"))
        try FileManager.default.removeItem(atPath: configDir + "/cn.toml")
        let missing = try cli.run(["today"] + t)
        #expect(missing.status == 78 && missing.stderr.contains("holidays_file"))
    }

    @Test func holidaysImportConvertsAnICS() throws {
        let ics = dir.file("cn.ics")
        let text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//y//ZH",
                    "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261008", "SUMMARY:国庆节", "END:VEVENT",
                    "BEGIN:VEVENT", "UID:b", "DTSTART;VALUE=DATE:20261010", "SUMMARY:国庆节补班", "END:VEVENT",
                    "END:VCALENDAR"].joined(separator: "\r\n") + "\r\n"
        try text.write(toFile: ics, atomically: true, encoding: .utf8)
        let out = dir.path + "/config/mustdo/holidays.toml"
        try FileManager.default.createDirectory(atPath: dir.path + "/config/mustdo", withIntermediateDirectories: true)
        let r = try cli.run(["holidays", "import", ics, "--output", out] + t)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Read 2 events: 7 days off, 1 swapped workdays"))
        #expect(try cli.run(["holidays", "import", ics, "--output", out] + t).status == 64)
        let stdout = try cli.run(["holidays", "import", ics] + t)
        #expect(stdout.stdout.contains("holidays = [\n  \"2026-10-01\",") && stdout.stdout.contains("workdays = [\n  \"2026-10-10\",\n]"))
        try writeConfig("holidays_file = \"holidays.toml\"\n")
        let list = try cli.run(["holidays"] + t)
        #expect(list.stdout.contains("2026-10-10 Sat  国庆节补班"), "\(list.stdout)")
        let notICS = dir.file("x.ics")
        try "hello".write(toFile: notICS, atomically: true, encoding: .utf8)
        let bad = try cli.run(["holidays", "import", notICS] + t)
        #expect(bad.status == 65 && bad.stderr.contains("not an iCalendar file"))
    }
}
