import Foundation
import GRDB
import Testing
import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

/// `mustdo week`, `plan`, `journal`, `add`, `focus` and the focus/tasks in `today`, run as the real binary.
///
/// Goldens live in `Tests/Goldens/` (outside every target, so SwiftPM does not see them);
/// `RECORD_GOLDENS=1 swift test --filter WeekPlanJournalTests` re-records them on purpose.
@Suite struct WeekPlanJournalTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    static let today = ["--today", "2026-11-26"]

    /// A copy of the `ReviewFixture` history (today 2026-11-26) at the runner's database path.
    func fixture(_ language: Language, settings: CalendarSettings = .standard) throws -> CLIRunner {
        try FixtureFiles.copy(language: language, settings: settings, to: cli.database)
        return cli
    }

    func writeConfig(_ text: String) throws {
        let configDir = dir.path + "/config/mustdo"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try text.write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
    }

    func ok(_ args: [String], _ cli: CLIRunner? = nil, env: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try (cli ?? self.cli).run(args, env: env)
        #expect(r.status == 0, "mustdo \(args.joined(separator: " ")): \(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout
    }

    // MARK: - Goldens

    @Test(arguments: [Language.en, .zh])
    func weekReviewTextMarkdownAndJSONMatchTheGoldens(language: Language) throws {
        let cli = try fixture(language)
        let lang = ["--lang", language.rawValue]
        Golden.assert(try ok(["week"] + Self.today + lang, cli), "week.\(language.rawValue).golden.txt")
        Golden.assert(try ok(["week", "--markdown"] + Self.today + lang, cli), "week.\(language.rawValue).golden.md")
        Golden.assert(try ok(["week", "--json"] + Self.today + lang, cli), "week.\(language.rawValue).golden.json")
        // The previous week, by key and by `last`, is the same printout.
        let byKey = try ok(["week", "--week", "2026-W47"] + Self.today + lang, cli)
        #expect(byKey == (try ok(["week", "--week", "last"] + Self.today + lang, cli)))
        #expect(byKey == (try ok(["week", "--week", "2026-11-18"] + Self.today + lang, cli)))
        Golden.assert(byKey, "week-previous.\(language.rawValue).golden.txt")
    }

    @Test(arguments: [Language.en, .zh])
    func planAndTodayMatchTheGoldens(language: Language) throws {
        let cli = try fixture(language)
        let lang = ["--lang", language.rawValue]
        // Visits and promises (issue 11): an appointment today, one that cannot be kept, promises due both ways, a
        // customer commitment due tomorrow, and a long rebate with conditions whose progress is to be checked.
        let before = ["--today", "2026-11-25"]
        _ = try ok(["customers", "add", "--name", "张三", "--company", "华为"] + before, cli)
        _ = try ok(["visit", "张三", "--goal", "site visit", "--result", "agreed", "--commit", "send two engineers", "--by", "2026-11-27",
                    "--who", "王总", "--next", "2026-11-26 14:30", "--place", "华为大厦", "--about", "demo", "--at", "2026-11-25 09:00"] + before, cli)
        _ = try ok(["visit", "张三", "--goal", "say hello", "--result", "chatted", "--kind", "call", "--at", "2026-11-25 10:00"] + before, cli)
        _ = try ok(["appointments", "add", "张三", "--at", "2026-11-28 10:00", "--place", "office"] + before, cli)
        _ = try ok(["appointments", "cancel", "2", "--reason", "fever"] + before, cli)
        _ = try ok(["promise", "add", "张三", "--ours", "--what", "send the samples", "--by", "2026-11-25"] + before, cli)
        _ = try ok(["promise", "add", "张三", "--kind", "payment", "--what", "pay invoice 42", "--by", "2026-11-28", "--credibility", "low",
                    "--credibility-note", "paid late twice"] + before, cli)
        _ = try ok(["promise", "add", "张三", "--ours", "--kind", "rebate", "--what", "annual tiered rebate", "--by", "2027-09-30",
                    "--conditions", "2% over 1M; 3% over 2M", "--written", "--today", "2026-09-01"], cli)
        Golden.assert(try ok(["plan"] + Self.today + lang, cli), "plan.\(language.rawValue).golden.txt")
        Golden.assert(try ok(["plan", "--json"] + Self.today + lang, cli), "plan.\(language.rawValue).golden.json")
        Golden.assert(try ok(["today"] + Self.today + lang, cli), "today-focus.\(language.rawValue).golden.txt")
        Golden.assert(try ok(["focus"] + Self.today + lang, cli), "focus.\(language.rawValue).golden.txt")
    }

    @Test func sundayWeeksStartOnSundayAndForeignWeekKeysAreRefused() throws {
        try writeConfig("week_start = \"sunday\"\n")
        let cli = try fixture(.en, settings: CalendarSettings(weekStart: .sunday))
        let text = try ok(["week"] + Self.today, cli)
        Golden.assert(text, "week-sunday.en.golden.txt")
        #expect(text.contains("Week 48 (2026-W48-sun) · 2026-11-22 – 2026-11-28"))
        let json = try cli.json(["week", "--json"] + Self.today) as! [String: Any]
        #expect((json["week"] as! [String: Any])["key"] as? String == "2026-W48-sun")
        #expect((json["days"] as! [String]).first == "2026-11-22")
        #expect((json["previous_week"] as! [String: Any])["key"] as? String == "2026-W47-sun")
        #expect(try ok(["week", "--week", "2026-W47-sun"] + Self.today, cli).contains("2026-11-15 – 2026-11-21"))

        let wrong = try cli.run(["week", "--week", "2026-W48"] + Self.today)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.split(separator: "\n").count == 1)
        #expect(wrong.stderr.contains("2026-W48 is a week starting on Monday, but your weeks start on Sunday"))
        #expect(wrong.stderr.contains("week_start = \"sunday\" in \(dir.path)/config/mustdo/config.toml") && wrong.stderr.contains("use 2026-W48-sun"))
        let zh = try cli.run(["week", "--week", "2026-W48-sat", "--lang", "zh"] + Self.today)
        #expect(zh.status == 64 && zh.stderr.contains("请用 2026-W48-sun"))
    }

    @Test func mondayIsTheDefaultAndOtherKeysAreRefusedWithTheSetting() throws {
        let cli = try fixture(.en)
        let r = try cli.run(["week", "--week", "2026-W48-sun"] + Self.today)
        #expect(r.status == 64)
        #expect(r.stderr.contains("week_start is \"monday\" by default") && r.stderr.contains("use 2026-W48."))
        for bad in ["2026-W54", "W48", "2026-11", "soon"] {
            let b = try cli.run(["week", "--week", bad] + Self.today)
            #expect(b.status == 64 && b.stderr.contains("is not a week key"), "\(bad)")
        }
        let both = try cli.run(["week", "--json", "--markdown"] + Self.today)
        #expect(both.status == 64 && both.stderr.contains("not both"))
        // Far back before any history, and next week: empty but fine.
        #expect(try ok(["week", "--week", "2020-W01"] + Self.today, cli).contains("(no daily routines this week)"))
        #expect(try ok(["week", "--week", "next"] + Self.today, cli).contains("Week 49 (2026-W49)"))
    }

    // MARK: - JSON shapes

    @Test func weekJSONCarriesTheWholeReview() throws {
        let cli = try fixture(.en)
        let root = try cli.json(["week", "--json"] + Self.today) as! [String: Any]
        #expect(Set(root.keys) == ["week", "previous_week", "today", "days", "rows", "day_percent", "week_percent", "previous_day_percent",
                                   "previous_week_percent", "change_points", "struggling", "weekly", "longer_done", "counts", "tasks",
                                   "journal", "next_week", "weekly_summary", "tasks_summary", "activity"])
        #expect(root["day_percent"] as! [Any?] as NSArray == [11, 15, 7, 4, NSNull(), NSNull(), NSNull()] as NSArray, "Wednesday's skip is not done")
        #expect(root["week_percent"] as? Int == 9 && root["previous_week_percent"] as? Int == 16 && root["change_points"] as? Int == -7)
        let rows = root["rows"] as! [[String: Any]]
        let meeting = rows.first { $0["routine"] as? String == "day-morning-meeting" }!
        #expect(meeting["marks"] as! NSArray == ["missed", "done", "missed", "open", "open", NSNull(), NSNull()] as NSArray)
        #expect(meeting["current_streak"] as? Int == 0 && meeting["longest_streak"] as? Int == 1 && meeting["missed"] as? Int == 2)
        #expect((root["struggling"] as! [String]).count == 23)
        let journal = root["journal"] as! [[String: Any]]
        #expect(journal.map { $0["key"] as! String } == ["2026-11-24", "2026-11-25"])
        #expect((root["next_week"] as! [String: Any])["plan"] as? String == "Next week: finish the quarterly customer files")
        let task = (root["tasks"] as! [[String: Any]])[0]
        #expect(task["kind"] as? String == "task" && task["key"] as? String == "2026-11-25" && task["state"] as? String == "open")
    }

    @Test func todayJSONKeepsEveryFieldAndAddsFocusAndKind() throws {
        let cli = try fixture(.en)
        let root = try cli.json(["today", "--json"] + Self.today) as! [String: Any]
        let periods = root["periods"] as! [[String: Any]]
        let items = periods.flatMap { $0["items"] as! [[String: Any]] }
        for item in items {
            for key in ["ref", "routine", "title", "state", "due", "progress", "target", "overdue", "done_at", "skip_reason", "note", "kind", "focus"] {
                #expect(item[key] != nil, "\(key)")
            }
        }
        let focusRefs = root["focus"] as! [Int]
        #expect(focusRefs.count == 1)
        let focused = items.filter { $0["focus"] as? Bool == true }
        #expect(focused.map { $0["ref"] as! Int } == focusRefs && focused[0]["routine"] as? String == "week-ask-top-colleague")
        let tasks = (periods[0]["items"] as! [[String: Any]]).filter { $0["kind"] as? String == "task" }
        #expect(tasks.map { $0["title"] as! String } == ["Call Ms. Li back"])
        #expect(items.filter { $0["kind"] as? String == "routine" }.count == 99)
        #expect(periods[0]["total"] as? Int == 28, "the task is counted in the Daily section")
    }

    // MARK: - One-off tasks

    @Test func aTaskAddedOnMondayCarriesOverUntilDoneOnWednesday() throws {
        let added = try ok(["add", "call Mr. Wang back", "--today", "2026-11-23"])
        #expect(added == "Added a task:\n  100 [ ] call Mr. Wang back  (task)\n")
        for day in ["2026-11-24", "2026-11-25"] {
            let text = try ok(["today", "--today", day])
            #expect(text.contains("   28 [ ] call Mr. Wang back  (task, since 11-23)\n"), "\(day)")
            #expect(text.contains("0/28 done (tasks 0/1)"))
        }
        let check = try ok(["check", "28", "--today", "2026-11-25"])
        #expect(check.contains("28 [✓] call Mr. Wang back — done"))
        #expect(try ok(["today", "--today", "2026-11-25"]).contains("   28 [✓] call Mr. Wang back  (task, since 11-23)"))
        let thursday = try ok(["today", "--today", "2026-11-26"])
        #expect(!thursday.contains("Wang") && thursday.contains("0/27 done\n"))
        // It shows in the week it was added and done.
        let week = try ok(["week", "--today", "2026-11-26"])
        #expect(week.contains("  [✓] call Mr. Wang back  added 11-23  done 11-25"))
    }

    @Test func tasksForLaterStartThenAndDroppedTasksLeave() throws {
        let later = try ok(["add", "trade fair", "--date", "2026-11-30", "--today", "2026-11-26"])
        #expect(later == "Added the task 'trade fair' for 2026-11-30; it shows in the Daily list from that day.\n")
        #expect(!(try ok(["today", "--today", "2026-11-27"])).contains("trade fair"))
        #expect(try ok(["today", "--today", "2026-11-30"]).contains("[ ] trade fair  (task)"))
        let earlier = try ok(["add", "send the quote", "--date", "2026-11-20", "--today", "2026-11-30"])
        #expect(earlier.contains("[ ] send the quote  (task, since 11-20)"))
        let ref = try #require(earlier.split(separator: " ").first { Int($0) != nil })
        #expect(try ok(["skip", String(ref), "--today", "2026-11-30"]).contains("skipped"))
        #expect(try ok(["today", "--today", "2026-11-30"]).contains("[-] send the quote"), "shown dropped on the day")
        #expect(!(try ok(["today", "--today", "2026-12-01"])).contains("send the quote"), "and gone after")
        for bad in [["add"], ["add", "  "], ["add", "x", "--carry", "y1"], ["add", "--carry", "y1", "--date", "2026-11-30"], ["add", "x", "--date", "2026-02-30"]] {
            let r = try cli.run(bad + ["--today", "2026-11-30"])
            #expect(r.status == 64 && r.stderr.split(separator: "\n").count == 1, "\(bad): \(r.stderr)")
        }
    }

    @Test func carryCopiesYesterdaysLeftoverOnce() throws {
        let cli = try fixture(.en)
        let plan = try ok(["plan"] + Self.today, cli)
        #expect(plan.contains("   y21 [✗] Fill in your work log carefully\n"))
        let added = try ok(["add", "--carry", "y21"] + Self.today, cli)
        #expect(added == "Added a task:\n  101 [ ] Fill in your work log carefully  (task)\n")
        let again = try cli.run(["add", "--carry", "day-work-log"] + Self.today)
        #expect(again.status == 64 && again.stderr.contains("already a task for today (ref 101)"))
        let done = try cli.run(["add", "--carry", "y1"] + Self.today)
        #expect(done.status == 64 && done.stderr.contains("is already done"))
        let unknown = try cli.run(["add", "--carry", "y99"] + Self.today)
        #expect(unknown.status == 64 && unknown.stderr.contains("mustdo plan"))
        // A routine id carries its item of the previous period: last week's weekly item.
        let weekly = try ok(["add", "--carry", "week-cleanup"] + Self.today, cli)
        #expect(weekly.contains("[ ] Take the initiative to clean shared and personal spaces  (task)"))
        let json = try cli.json(["plan", "--json"] + Self.today) as! [String: Any]
        let leftovers = (json["yesterday"] as! [String: Any])["leftovers"] as! [[String: Any]]
        #expect(leftovers.first { $0["ref"] as? String == "y21" }?["routine"] as? String == "day-work-log")
    }

    // MARK: - Focus

    @Test func focusTogglesAndRefusesASixth() throws {
        let cli = try fixture(.en)
        let on = try ok(["focus", "1", "2", "3", "2"] + Self.today, cli)
        #expect(on.split(separator: "\n").count == 3, "a repeated REF counts once")
        #expect(on.contains("2 ✦ Spend ten minutes on outdoor exercise — added to today's focus (3/5)"), "the focus mark of every list")
        #expect(try ok(["focus", "4"] + Self.today, cli).hasSuffix("(5/5)\n"))
        let sixth = try cli.run(["focus", "5"] + Self.today)
        #expect(sixth.status == 64)
        #expect(sixth.stderr == "mustdo: Today's focus holds at most 5 items: remove one first with mustdo focus REF.\n")
        // Two at once that would make six change nothing at all.
        let two = try cli.run(["focus", "1", "5", "6"] + Self.today)
        #expect(two.status == 64)
        #expect((try cli.json(["today", "--json"] + Self.today) as! [String: Any])["focus"] as! [Int] == [34, 1, 2, 3, 4])
        let zh = try cli.run(["focus", "5", "--lang", "zh"] + Self.today)
        #expect(zh.stderr.contains("今日重点最多 5 项"))
        // Off again, and listed in order; today's text starts with the block.
        #expect(try ok(["focus", "34"] + Self.today, cli).contains("removed from today's focus (4/5)"))
        let list = try ok(["focus"] + Self.today, cli)
        #expect(list.hasPrefix("Focus (4/5)\n    1 [✓] Spend ten minutes each morning"))
        let today = try ok(["today"] + Self.today, cli)
        #expect(today.contains("quarter 2026 Q4\n\nFocus (4/5)\n"))
        let bad = try cli.run(["focus", "999"] + Self.today)
        #expect(bad.status == 64 && bad.stderr.contains("no item '999'"))
        // Tomorrow starts empty.
        #expect(try ok(["focus", "--today", "2026-11-27"], cli).hasPrefix("No focus items today"))
    }

    // MARK: - Journal

    @Test func journalReadsWritesAppendsAndSearches() throws {
        let cli = try fixture(.en)
        #expect(try ok(["journal", "--date", "2026-11-24"] + Self.today, cli) == """
            2026-11-24 Tuesday
              Plan:   Visit Mr. Wang in the morning, retail outlets after lunch
              Review: The route zigzagged; plan the order first tomorrow

            """)
        #expect(try ok(["journal"] + Self.today, cli).contains("(nothing written yet: mustdo journal --date 2026-11-26"))
        #expect(try ok(["journal", "--plan", "Wang first, then the outlets"] + Self.today, cli).hasPrefix("Saved the plan of 2026-11-26.\n"))
        let appended = try ok(["journal", "--plan", "lunch with Ms. Li", "--append"] + Self.today, cli)
        #expect(appended == "Added a line to the plan of 2026-11-26.\n2026-11-26 Thursday\n  Plan:   Wang first, then the outlets\n          lunch with Ms. Li\n")
        _ = try ok(["journal", "--review", "晚上:路线顺了", "--append"] + Self.today, cli)
        #expect(try ok(["plan"] + Self.today, cli).hasSuffix("Today's plan\n  Wang first, then the outlets\n  lunch with Ms. Li\n"))
        // A week's entry; its plan is next week's plan in the review of the week before.
        _ = try ok(["journal", "--week", "next", "--plan", "Quarterly files; visit Mr. Zhao"] + Self.today, cli)
        #expect(try ok(["journal", "--week", "2026-W49"] + Self.today, cli).contains("Plan:   Quarterly files; visit Mr. Zhao"))
        #expect(try ok(["week"] + Self.today, cli).hasSuffix("Next week's plan (2026-W49)\n  Quarterly files; visit Mr. Zhao\n"))
        // Search, newest first, case-insensitive.
        let found = try ok(["journal", "--search", "WANG"] + Self.today, cli)
        #expect(found.hasPrefix("2 journal entries contain 'WANG':\n\n2026-11-26 Thursday\n  Plan:   Wang first, then the outlets\n\n2026-11-24 Tuesday"))
        let json = try cli.json(["journal", "--search", "路线", "--json"] + Self.today) as! [[String: Any]]
        #expect(json.map { $0["key"] as! String } == ["2026-11-26"])
        #expect(try ok(["journal", "--search", "nothing like this"] + Self.today, cli) == "No journal entry contains 'nothing like this'.\n")
        for bad in [["--date", "2026-11-24", "--week", "this"], ["--append"], ["--search", "x", "--plan", "y"], ["--search", ""], ["--date", "11/24"],
                    ["--week", "2026-W48-sun"]] {
            let r = try cli.run(["journal"] + bad + Self.today)
            #expect(r.status == 64 && r.stderr.split(separator: "\n").count == 1, "\(bad): \(r.stderr)")
        }
    }

    @Test func journalInChinese() throws {
        let cli = try fixture(.zh)
        let zh = ["--lang", "zh"] + Self.today
        #expect(try ok(["journal", "--date", "2026-11-25"] + zh, cli) == "2026-11-25 星期三\n  复盘: 忘了给李姐回电话\n")
        #expect(try ok(["journal", "--review", "给李姐回了电话", "--append", "--date", "2026-11-25"] + zh, cli)
                .hasPrefix("已在 2026-11-25 的复盘后追加一行。\n"))
        #expect(try ok(["journal", "--search", "李姐"] + zh, cli).hasPrefix("找到 1 篇包含“李姐”的日志:\n"))
    }
}

/// The fixture databases, built once per language and settings and copied for each test.
enum FixtureFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var built: [String: String] = [:]
    private static let folder = TemporaryDirectory()

    static func copy(language: Language, settings: CalendarSettings, to path: String) throws {
        let name = "\(language.rawValue)-\(settings.weekStart.shortName).sqlite"
        lock.lock()
        defer { lock.unlock() }
        if built[name] == nil {
            let file = folder.file(name)
            let fixture = try ReviewFixture(language: language, settings: settings)
            try fixture.database.dbQueue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [file]) }
            built[name] = file
        }
        try FileManager.default.copyItem(atPath: built[name]!, toPath: path)
    }
}

/// Compares output with a golden file in `Tests/Goldens/`; `RECORD_GOLDENS=1` (re)writes it.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Goldens")

    static func assert(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !record { Issue.record("Recorded the missing golden \(name); check it and run again.", sourceLocation: sourceLocation) }
            return
        }
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false), e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line]) : "(end)", want = line < e.count ? String(e[line]) : "(end)"
        Issue.record("\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_GOLDENS=1 re-records it)", sourceLocation: sourceLocation)
    }
}
