import Foundation
import Testing
import MustDoTestSupport

/// `mustdo routines add|edit|retire|restore|move|export|import` against the real binary.
@Suite struct RoutineCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    let t = ["--today", "2026-11-23"]

    func items(_ extra: [String] = []) throws -> [[String: Any]] {
        let root = try cli.json(["today", "--json"] + (extra.isEmpty ? t : extra)) as! [String: Any]
        return (root["periods"] as! [[String: Any]]).flatMap { p in (p["items"] as! [[String: Any]]).map { i in
            var i = i
            i["kind"] = p["kind"]
            return i
        } }
    }

    func routines() throws -> [[String: Any]] { try cli.json(["routines", "--json"] + t) as! [[String: Any]] }

    func routinesText() throws -> String {
        let r = try cli.run(["routines", "--json"] + t)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func listingIsUnchanged() throws {
        let plain = try cli.run(["routines", "--period", "week"] + t)
        let list = try cli.run(["routines", "list", "--period", "week"] + t)
        #expect(plain.status == 0 && plain.stdout == list.stdout)
        #expect(plain.stdout.hasPrefix("Weekly (19)\n  week-learning-meeting "))
        #expect(try routines().count == 99)
    }

    @Test func addPutsTheRoutineInTheCurrentPeriod() throws {
        let r = try cli.run(["routines", "add", "--period", "week", "--title", "Call Mr. Wang back", "--due", "wed", "--target", "3",
                             "--tag", "customer", "--tag", "phone", "--note", "about the order"] + t)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("week-call-mr-wang-back") && r.stdout.contains("as 100"))
        let item = try items().first { $0["routine"] as? String == "week-call-mr-wang-back" }
        #expect(item?["kind"] as? String == "week")
        #expect(item?["due"] as? String == "2026-11-25" && item?["target"] as? Int == 3 && item?["ref"] as? Int == 100)
        let stored = try routines().first { $0["id"] as? String == "week-call-mr-wang-back" }!
        #expect(stored["tags"] as? [String] == ["customer", "phone"] && stored["note"] as? String == "about the order")
        #expect(stored["active_from"] as? String == "2026-11-23")
        // A Chinese title gets <period>-<n>; a workdays-only daily one is absent on Sunday.
        let zh = try cli.run(["routines", "add", "--period", "day", "--title", "给王先生回电话", "--workdays-only"] + t)
        #expect(zh.status == 0 && zh.stdout.contains("day-1"), "\(zh.stderr)")
        #expect(try items().contains { $0["routine"] as? String == "day-1" && $0["title"] as? String == "给王先生回电话" })
        let sunday = try items(["--today", "2026-11-29"])
        #expect(!sunday.contains { $0["routine"] as? String == "day-1" })
        #expect(sunday.contains { $0["routine"] as? String == "week-call-mr-wang-back" })
        // An explicit id.
        #expect(try cli.run(["routines", "add", "--period", "quarter", "--title", "Q", "--id", "quarter-q", "--due", "last-workday@2"] + t).status == 0)
        #expect(try items().first { $0["routine"] as? String == "quarter-q" }?["due"] as? String == "2026-11-30")
    }

    @Test func addRefusesBadInputWithOneSentence() throws {
        let before = try routinesText()
        let cases: [([String], String)] = [
            (["--period", "fortnight", "--title", "x"], "--period must be"),
            (["--period", "month", "--title", "x", "--due", "fri"], "--due fri does not fit a month routine"),
            (["--period", "week", "--title", "x", "--due", "someday"], "--due 'someday' is not a rule"),
            (["--period", "week", "--title", "x", "--target", "0"], "--target must be a whole number"),
            (["--period", "week", "--title", "x", "--workdays-only"], "only applies to daily routines"),
            (["--period", "week", "--title", "x", "--tag", "a,b"], "contains a comma"),
            (["--period", "week", "--title", "   "], "--title is empty"),
            (["--period", "week", "--title", "x", "--id", "Week X"], "is not valid"),
            (["--period", "week", "--title", "x", "--id", "week-expenses"], "is taken already"),
        ]
        for (args, message) in cases {
            let r = try cli.run(["routines", "add"] + args + t)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
        #expect(try routinesText() == before)
        let zh = try cli.run(["routines", "add", "--period", "month", "--title", "x", "--due", "fri", "--lang", "zh"] + t)
        #expect(zh.status == 64 && zh.stderr.contains("不适用于每月必做事项"))
    }

    @Test func editChangesTheCurrentPeriodAndHistoryKeepsTheOldTitle() throws {
        // History: last week was listed (and checked) before the rename.
        #expect(try cli.run(["check", "week-expenses", "--today", "2026-11-16"]).status == 0)
        let old = try items(["--today", "2026-11-16"]).first { $0["routine"] as? String == "week-expenses" }!["title"] as! String
        let e = try cli.run(["routines", "edit", "week-expenses", "--title", "Settle the week's expenses (new form)", "--due", "thu", "--target", "2"] + t)
        #expect(e.status == 0, "\(e.stderr)")
        #expect(e.stdout.contains("Changed week-expenses"))
        let now = try items().first { $0["routine"] as? String == "week-expenses" }!
        #expect(now["title"] as? String == "Settle the week's expenses (new form)")
        #expect(now["due"] as? String == "2026-11-26" && now["target"] as? Int == 2)
        let then = try items(["--today", "2026-11-16"]).first { $0["routine"] as? String == "week-expenses" }!
        #expect(then["title"] as? String == old && then["state"] as? String == "done" && then["target"] is NSNull)
        // Removing things, and refusing contradictions or nothing.
        #expect(try cli.run(["routines", "edit", "week-expenses", "--no-due", "--no-target", "--no-tags"] + t).status == 0)
        let stored = try routines().first { $0["id"] as? String == "week-expenses" }!
        #expect(stored["due"] is NSNull && stored["target"] is NSNull && (stored["tags"] as? [String])?.isEmpty == true)
        #expect(try items().first { $0["routine"] as? String == "week-expenses" }?["due"] as? String == "2026-11-29")
        let both = try cli.run(["routines", "edit", "week-expenses", "--due", "fri", "--no-due"] + t)
        #expect(both.status == 64 && both.stderr.contains("cannot be combined"))
        let nothing = try cli.run(["routines", "edit", "week-expenses"] + t)
        #expect(nothing.status == 64 && nothing.stderr.contains("Nothing to change"))
        let unknown = try cli.run(["routines", "edit", "week-nope", "--title", "x"] + t)
        #expect(unknown.status == 64 && unknown.stderr.contains("There is no routine 'week-nope'"))
        let daily = try cli.run(["routines", "edit", "week-expenses", "--every-day"] + t)
        #expect(daily.status == 64 && daily.stderr.contains("only applies to daily routines"))
        // Every day from now on: today's (Sunday) list gains it.
        #expect(!(try items(["--today", "2026-11-29"]).contains { $0["routine"] as? String == "day-detail-tasks" }))
        #expect(try cli.run(["routines", "edit", "day-detail-tasks", "--every-day", "--today", "2026-11-29"]).status == 0)
        #expect(try items(["--today", "2026-11-29"]).contains { $0["routine"] as? String == "day-detail-tasks" })
    }

    @Test func retireAndRestore() throws {
        let r = try cli.run(["routines", "retire", "week-expenses"] + t)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("its open item left this week's list"))
        #expect(!(try items().contains { $0["routine"] as? String == "week-expenses" }))
        #expect(try routines().first { $0["id"] as? String == "week-expenses" }?["retired_on"] as? String == "2026-11-23")
        #expect(try cli.run(["routines", "--period", "week"] + t).stdout.contains("retired 2026-11-23"))
        #expect(try cli.run(["routines", "retire", "week-expenses"] + t).stdout.contains("already"))
        // A done item stays when its routine is retired.
        #expect(try cli.run(["check", "week-learning-meeting"] + t).status == 0)
        let kept = try cli.run(["routines", "retire", "week-learning-meeting"] + t)
        #expect(kept.stdout.contains("is done and stays"))
        #expect(try items().first { $0["routine"] as? String == "week-learning-meeting" }?["state"] as? String == "done")
        // Nothing next week.
        #expect(!(try items(["--today", "2026-11-30"]).contains { $0["routine"] as? String == "week-expenses" }))
        let back = try cli.run(["routines", "restore", "week-expenses", "--today", "2026-11-30"])
        #expect(back.status == 0 && back.stdout.contains("Restored week-expenses"), "\(back.stderr)")
        #expect(try items(["--today", "2026-11-30"]).first { $0["routine"] as? String == "week-expenses" }?["state"] as? String == "open")
        #expect(try cli.run(["routines", "restore", "week-expenses"] + t).stdout.contains("is not retired"))
        #expect(try cli.run(["routines", "retire", "nope"] + t).status == 64)
    }

    @Test func moveChangesTheOrderEverywhere() throws {
        let m = try cli.run(["routines", "move", "week-expenses", "--before", "week-learning-meeting"] + t)
        #expect(m.status == 0, "\(m.stderr)")
        #expect(m.stdout.contains("1. week-expenses"))
        let weekly = try routines().filter { $0["period"] as? String == "week" }.map { $0["id"] as! String }
        #expect(weekly.first == "week-expenses" && weekly[1] == "week-learning-meeting")
        let listed = try items().filter { $0["kind"] as? String == "week" }.map { $0["routine"] as! String }
        #expect(listed == weekly)
        let text = try cli.run(["today"] + t).stdout
        let lines = text.components(separatedBy: "\n")
        let start = lines.firstIndex { $0.hasPrefix("Weekly") }!
        #expect(lines[start + 1].hasSuffix("[ ] Settle this week's expense claims  due 11-27"), "\(lines[start + 1])")
        // After, across periods, itself, neither or both.
        #expect(try cli.run(["routines", "move", "week-expenses", "--after", "week-learning-meeting"] + t).status == 0)
        #expect(try routines().filter { $0["period"] as? String == "week" }.prefix(2).map { $0["id"] as! String } == ["week-learning-meeting", "week-expenses"])
        let across = try cli.run(["routines", "move", "week-expenses", "--before", "month-tally-sales"] + t)
        #expect(across.status == 64 && across.stderr.contains("only within their period"))
        #expect(try cli.run(["routines", "move", "week-expenses", "--before", "week-expenses"] + t).status == 64)
        #expect(try cli.run(["routines", "move", "week-expenses"] + t).status == 64)
        #expect(try cli.run(["routines", "move", "week-expenses", "--before", "a", "--after", "b"] + t).status == 64)
    }

    @Test func exportRoundTripsThroughImport() throws {
        #expect(try cli.run(["routines", "add", "--period", "week", "--title", "Say \"hi\", 打招呼", "--tag", "客户", "--note", "two\\lines"] + t).status == 0)
        #expect(try cli.run(["routines", "edit", "month-tally-sales", "--due", "15", "--target", "9"] + t).status == 0)
        #expect(try cli.run(["routines", "retire", "day-motivate"] + t).status == 0)
        let file = dir.file("mine.toml")
        let e = try cli.run(["routines", "export", "--output", file] + t)
        #expect(e.status == 0, "\(e.stderr)")
        #expect(e.stdout.contains("Exported 99 routines"))
        let toml = try String(contentsOfFile: file, encoding: .utf8)
        #expect(toml.contains("[[routine]]") && !toml.contains("day-motivate"))
        #expect(try cli.run(["routines", "export"] + t).stdout == toml)
        #expect(try cli.run(["routines", "export", "--output", file] + t).status == 64, "no overwrite without --force")
        #expect(try cli.run(["routines", "export", "--output", file, "--force"] + t).status == 0)
        #expect(try cli.run(["routines", "export", "--format", "yaml"] + t).status == 64)
        // Into a fresh database, replacing the built-in pack.
        let other = CLIRunner(directory: dir.path + "/b")
        try FileManager.default.createDirectory(atPath: other.directory, withIntermediateDirectories: true)
        let i = try other.run(["routines", "import", file, "--replace"] + t)
        #expect(i.status == 0, "\(i.stderr)")
        #expect(i.stdout.contains("1 added") && i.stdout.contains("1 retired"))
        func shape(_ list: [[String: Any]]) -> [String] {
            list.filter { $0["retired_on"] is NSNull }.map { r in
                ["id", "period", "title", "due", "target", "workdays_only", "tags", "note"].map { "\(r[$0] ?? "nil")" }.joined(separator: "|")
            }
        }
        let mine = try routines()
        let theirs = try other.json(["routines", "--json"] + t) as! [[String: Any]]
        #expect(shape(theirs) == shape(mine))
        // Importing the same file again changes nothing.
        #expect(try other.run(["routines", "import", file, "--replace"] + t).stdout.contains("0 added, 0 updated, 0 restored, 0 retired, 99 unchanged"))
        #expect(try other.run(["routines", "import", file, "--merge", "--replace"] + t).status == 64)
    }

    @Test func aBrokenImportFileChangesNothing() throws {
        let before = try routinesText()
        let today = try cli.run(["today", "--json"] + t).stdout
        let cases: [(String, String, String)] = [
            ("syntax.toml", "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\n", "syntax.toml, line 4"),
            ("due.toml", "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\n\n[[routine]]\nid = \"month-y\"\nperiod = \"month\"\ntitle = \"y\"\ndue = \"fri\"\n",
             "due.toml, line 10, due: a weekday due rule needs a weekly routine; nothing was imported."),
            ("period.toml", "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\n\n[[routine]]\nid = \"week-expenses\"\nperiod = \"month\"\ntitle = \"y\"\n",
             "period.toml, line 8, period: 'week-expenses' is a week routine already"),
            ("field.toml", "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\ncolour = \"red\"\n", "field.toml, line 5, colour: unknown field"),
            ("tags.toml", "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\ntags = [\"a,b\"]\n", "tags.toml, line 5, tags"),
            ("crlf.toml", "[[routine]]\r\nid = \"week-x\"\r\nperiod = \"week\"\r\ntitle = \"x\"\r\ndue = \"15\"\r\n", "crlf.toml, line 5, due"),
            ("dup.toml", "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\n[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\n", "line 6, id"),
        ]
        for (name, text, message) in cases {
            let path = dir.file(name)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            for mode in ["--merge", "--replace"] {
                let r = try cli.run(["routines", "import", path, mode] + t)
                #expect(r.status == 65, "\(name): \(r.stderr)")
                #expect(r.stderr.contains(message), "\(name): \(r.stderr)")
                #expect(r.stderr.split(separator: "\n").count == 1)
            }
        }
        let missing = try cli.run(["routines", "import", dir.file("nope.toml")] + t)
        #expect(missing.status == 65 && missing.stderr.contains("does not exist"))
        #expect(try routinesText() == before)
        #expect(try cli.run(["today", "--json"] + t).stdout == today)
        // A dry run reports and writes nothing either.
        let good = dir.file("good.toml")
        try "[[routine]]\nid = \"week-x\"\nperiod = \"week\"\ntitle = \"x\"\n".write(toFile: good, atomically: true, encoding: .utf8)
        let dry = try cli.run(["routines", "import", good, "--replace", "--dry-run"] + t)
        #expect(dry.status == 0 && dry.stdout.contains("1 added") && dry.stdout.contains("99 retired"))
        #expect(try routinesText() == before)
    }
}
