import Foundation
import Testing
import MustDoTestSupport

/// The contact cadence and the greet list in `mustdo plan` (text and JSON), `mustdo cadence`, the per-card interval in
/// `customers edit --contact-every`, `[cadence]`/`[plan]` in config.toml, and planning's "and N more" cut, run as the real
/// binary.
@Suite struct CadenceCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }
    static let today = "2026-11-26"

    func run(_ args: [String], today: String = CadenceCommandsTests.today, lang: String = "en") throws -> CLIRunner.Result {
        try cli.run(args + ["--today", today, "--lang", lang])
    }

    func ok(_ args: [String], today: String = CadenceCommandsTests.today, lang: String = "en") throws -> String {
        let r = try run(args, today: today, lang: lang)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return r.stdout
    }

    func config(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: dir.path + "/config/mustdo", withIntermediateDirectories: true)
        try text.write(toFile: dir.path + "/config/mustdo/config.toml", atomically: true, encoding: .utf8)
    }

    /// Cards made on 2026-10-01 (56 days before today): key A, important B, general C with a birthday in two days, and a
    /// key D with a promise pending (a next step) that was called on 2026-11-24.
    func fourCards() throws {
        _ = try ok(["customers", "add", "--name", "Alpha", "--tier", "key", "--status", "customer"], today: "2026-10-01")
        _ = try ok(["customers", "add", "--name", "Bravo", "--tier", "important", "--status", "prospect"], today: "2026-10-01")
        _ = try ok(["customers", "add", "--name", "Charlie", "--tier", "general", "--status", "customer", "--birthday", "1980-11-28"], today: "2026-10-01")
        _ = try ok(["customers", "add", "--name", "Delta", "--tier", "key", "--status", "customer"], today: "2026-10-01")
        _ = try ok(["promise", "add", "Delta", "--ours", "--what", "send samples", "--by", "2026-12-05"], today: "2026-10-01")
        _ = try ok(["visit", "Delta", "--kind", "call", "--at", "2026-11-24 10:00", "--goal", "check in", "--result", "fine"])
    }

    @Test func planJSONListsLosingTouchNoNextStepAndGreetingsWithStableKeys() throws {
        try fourCards()
        let plan = try cli.json(["plan", "--json", "--today", Self.today]) as! [String: Any]
        let losing = plan["losing_touch"] as! [[String: Any]]
        // Most overdue first: the key customer (56 − 7), the important one (56 − 14), the general one (56 − 30).
        #expect(losing.map { $0["name"] as! String } == ["Alpha", "Bravo", "Charlie"])
        #expect(losing.map { $0["days_overdue"] as! Int } == [49, 42, 26])
        #expect(Set(losing[0].keys) == ["id", "number", "name", "tier", "status", "last_contact", "interval_days", "days_since", "days_overdue", "has_next_step"])
        #expect(losing[0]["interval_days"] as? Int == 7 && losing[0]["tier"] as? String == "key" && losing[0]["last_contact"] is NSNull)
        let stuck = plan["no_next_step"] as! [[String: Any]]
        #expect(stuck.map { $0["name"] as! String } == ["Alpha", "Bravo", "Charlie"], "Delta's pending promise is a next step")
        let greet = plan["greetings"] as! [[String: Any]]
        #expect(greet.count == 1 && greet[0]["kind"] as? String == "birthday" && greet[0]["date"] as? String == "2026-11-28")
        #expect(plan["greet_days_ahead"] as? Int == 7)
    }

    @Test func aGreetingSentIsAContactThatRestartsTheClock() throws {
        try fourCards()
        _ = try ok(["greetings", "sent", "Charlie", "--occasion", "Thanks for the order"])
        let plan = try cli.json(["plan", "--json", "--today", Self.today]) as! [String: Any]
        #expect((plan["losing_touch"] as! [[String: Any]]).map { $0["name"] as! String } == ["Alpha", "Bravo"])
    }

    @Test func planTextShowsTheSectionsAndCutsThemAtPerSectionWithTheCommandForTheRest() throws {
        try fourCards()
        let en = try ok(["plan"])
        #expect(en.contains("""
            Losing touch (3)
              KH-2026-0001 Alpha · key · 49 d overdue · every 7 d · never contacted (card since 2026-10-01)
              KH-2026-0002 Bravo · important · 42 d overdue · every 14 d · never contacted (card since 2026-10-01)
              KH-2026-0003 Charlie · general · 26 d overdue · every 30 d · never contacted (card since 2026-10-01)
            """), "\(en)")
        #expect(en.contains("To greet, next 7 days (1)\n  2026-11-28 Sat  in 2 days  "), "\(en)")
        let zh = try ok(["plan"], lang: "zh")
        #expect(zh.contains("快要失联(3)\n  KH-2026-0001 Alpha · 关键 · 超期 49 天 · 每 7 天 · 从未联系(建卡于 2026-10-01)\n"), "\(zh)")
        #expect(zh.contains("没有下一步(3)\n"))
        try config("[plan]\nper_section = 1\n")
        let cut = try ok(["plan"])
        #expect(cut.contains("Losing touch (3)\n  KH-2026-0001 Alpha · key · 49 d overdue · every 7 d · never contacted (card since 2026-10-01)\n  and 2 more: mustdo cadence --losing-touch\n"), "\(cut)")
        #expect(cut.contains("No next step (3)\n  KH-2026-0001 Alpha · key · customer · never contacted (card since 2026-10-01)\n  and 2 more: mustdo cadence --no-next-step\n"), "\(cut)")
        // The command named lists them all; the JSON is never cut.
        let all = try ok(["cadence", "--losing-touch"])
        #expect(all.contains("Alpha") && all.contains("Bravo") && all.contains("Charlie") && !all.contains("No next step"))
        #expect(((try cli.json(["plan", "--json", "--today", Self.today]) as! [String: Any])["losing_touch"] as! [Any]).count == 3)
    }

    @Test func tierIntervalsComeFromConfigAndACardsOwnIntervalFromItsField() throws {
        try fourCards()
        try config("[cadence]\nkey = 60\nimportant = 60\ngeneral = 60\n")
        #expect(try ok(["cadence", "--losing-touch", "--json"]).contains("\"losing_touch\": []"))
        _ = try ok(["customers", "edit", "Bravo", "--contact-every", "10"])
        let late = try cli.json(["cadence", "--losing-touch", "--json", "--today", Self.today]) as! [String: Any]
        let list = late["losing_touch"] as! [[String: Any]]
        #expect(list.map { $0["name"] as! String } == ["Bravo"] && list[0]["interval_days"] as? Int == 10 && list[0]["days_overdue"] as? Int == 46)
        // A bad interval on the card: one sentence, nothing changed.
        let bad = try run(["customers", "edit", "Bravo", "--contact-every", "weekly"])
        #expect(bad.status != 0 && bad.stderr == "mustdo: 'weekly' is not a number of days for --contact-every: use a whole number 1–3650, or an empty value to follow the tier's interval.\n")
        #expect(try ok(["customers", "show", "Bravo", "--json"]).contains("\"contact_every\": \"10\""))
    }

    @Test(arguments: ["en", "zh"])
    func aBadIntervalInConfigIsOneSentenceAndExit78(lang: String) throws {
        try fourCards()
        try config("language = \"\(lang)\"\n[cadence]\nkey = 0\n")
        for args in [["plan"], ["plan", "--json"], ["cadence"]] {
            let r = try cli.run(args + ["--today", Self.today])
            #expect(r.status == 78, "\(args)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("config.toml") && r.stderr.contains("line 3"), "\(r.stderr)")
            #expect(r.stderr.contains("key: use a number of days 1–3650 between contacts with key customers"), "\(r.stderr)")
        }
        try config("[plan]\nper_section = \"ten\"\n")
        let r = try cli.run(["plan", "--today", Self.today])
        #expect(r.status == 78 && r.stderr.contains("per_section: use a number of lines 1–500"), "\(r.stderr)")
    }
}
