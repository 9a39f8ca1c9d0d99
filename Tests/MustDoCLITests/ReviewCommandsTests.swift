import Foundation
import Testing
import MustDoTestSupport

/// `mustdo review`, `mustdo sales plan` and the week review's customer facts against the real binary: text, Markdown
/// and JSON from one model; every wrong period, key or amount is one sentence with exit 64 and changes nothing.
@Suite struct ReviewCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }

    func run(_ args: [String], today: String = "2026-11-27", lang: String = "en") throws -> CLIRunner.Result {
        try cli.run(args + ["--today", today, "--lang", lang])
    }

    /// Three customers, a visit that won an action and one that did not, a call, a promise kept, a status change to
    /// customer, November and October sales, a November plan, and a weekly note.
    func seed() throws {
        for (name, tier, day) in [("张三", "key", "2026-10-01"), ("Acme", "important", "2026-11-02"), ("Wang", "general", "2026-11-03")] {
            let r = try run(["customers", "add", "--name", name, "--tier", tier], today: day)
            #expect(r.status == 0, "\(r.stderr)")
        }
        var r = try run(["visit", "张三", "--goal", "order", "--result", "agreed", "--commit", "sign the order", "--by", "2026-11-30",
                         "--at", "2026-11-23 10:00"], today: "2026-11-23")
        #expect(r.status == 0, "\(r.stderr)")
        r = try run(["visit", "Acme", "--goal", "demo", "--result", "nothing yet", "--at", "2026-11-24 10:00"], today: "2026-11-24")
        #expect(r.status == 0, "\(r.stderr)")
        r = try run(["visit", "Acme", "--kind", "call", "--goal", "follow up", "--result", "ok", "--at", "2026-11-25 10:00"], today: "2026-11-25")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try run(["promise", "keep", "1"], today: "2026-11-26").status == 0)
        #expect(try run(["customers", "edit", "Acme", "--status", "customer"], today: "2026-11-25").status == 0)
        for (who, month, amount) in [("张三", "2026-11", "60000"), ("Acme", "2026-11", "30000"), ("Wang", "2026-11", "10000"), ("张三", "2026-10", "50000")] {
            #expect(try run(["sales", "add", who, "--month", month, "--amount", amount]).status == 0)
        }
        r = try run(["sales", "plan", "2026-11", "200000"])
        #expect(r.status == 0 && r.stdout == "Sales plan for 2026-11: 200,000.00.\n", "\(r.stderr)")
        r = try run(["journal", "--week", "2026-W47", "--review", "Two demos, one order."], today: "2026-11-22")
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func monthReviewInTextMarkdownAndJSON() throws {
        try seed()
        let text = try run(["review"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("MustDo · Monthly report · November 2026 · 2026-11-01 – 2026-11-30\nDrafted on 2026-11-27; the period is not over yet.\n"))
        for line in ["  Sales:                   100,000.00, volume 0 (2026-11)",
                     "  Previous period 2026-10: 50,000.00 (+100.0%)",
                     "  Plan:                    200,000.00: 50.0% reached",
                     "  Contacts:                  3: 2 visits, 1 calls, 0 messages, 0 meals",
                     "  Customers contacted:       2: key 1, important 1, general 0, no tier 0",
                     "  Visits that won an action: 1 of 2 (50%); 1 without one (washed the car)",
                     "  Promises kept / broken:    ours 0 / 0; the customers' 1 / 0",
                     "  Cards:                     2 new, 1 won, 0 lost",
                     "  Customers won:             Acme",
                     "  2026-W47",
                     "    Review: Two demos, one order."] {
            #expect(text.stdout.contains(line + "\n"), "missing: \(line)\n\(text.stdout)")
        }
        #expect(text.stdout.contains("80% line: the top 2 customers (66.7% of those who bought) bring 90.0% of the sales"))
        let md = try run(["review", "--month", "2026-11", "--markdown"], lang: "zh")
        #expect(md.stdout.hasPrefix("# 月度工作报告 · 2026年11月 · 2026-11-01 – 2026-11-30\n\n2026-11-27 起草;本期尚未结束。\n\n## 必做完成情况\n\n| 必做 | 完成 |"))
        #expect(md.stdout.contains("- **计划**: 200,000.00:完成 50.0%\n"))
        #expect(md.stdout.contains("| 1\\* | KH-2026-0001 张三 | 60,000.00 | 60.0% | 60.0% | +20.0% |\n"))
        #expect(md.stdout.contains("- **拜访赢得客户行动**: 2 次中 1 次(50%);1 次没有(白跑一趟)\n"))
        #expect(md.stdout.contains("**2026-W47**\n\n> 复盘: Two demos, one order.\n"))
        let json = try cli.json(["review", "--json", "--today", "2026-11-27"]) as! [String: Any]
        let sales = json["sales"] as! [String: Any]
        #expect(sales["amount"] as? Double == 100000 && sales["plan"] as? Double == 200000 && sales["of_plan"] as? Double == 0.5)
        #expect(sales["previous_amount"] as? Double == 50000 && sales["vs_previous"] as? Double == 1)
        let activity = json["activity"] as! [String: Any]
        #expect(activity["visits_with_action"] as? Int == 1 && activity["visits_without_action"] as? Int == 1 && activity["won"] as? Int == 1)
        #expect((activity["promises_kept"] as! [String: Any])["theirs"] as? Int == 1)
        #expect((json["ranking"] as! [String: Any])["vital_count"] as? Int == 2)
        #expect((json["weekly_notes"] as! [[String: Any]]).map { $0["key"] as? String } == ["2026-W47"])
    }

    @Test func quarterAndYearCompareWithThePreviousPeriod() throws {
        try seed()
        let q = try run(["review", "--quarter", "2026-Q4"])
        #expect(q.status == 0 && q.stdout.hasPrefix("MustDo · Quarterly summary · 2026 Q4 · 2026-10-01 – 2026-12-31\n"), "\(q.stderr)")
        #expect(q.stdout.contains("  Sales:                   150,000.00, volume 0 (2026-10 – 2026-12)\n"))
        #expect(q.stdout.contains("  Plan:                    200,000.00 for 1 of 3 months: 75.0% reached\n"))
        let y = try run(["review", "--period", "year", "--markdown"])
        #expect(y.stdout.hasPrefix("# Annual self-review · 2026 · 2026-01-01 – 2026-12-31\n"))
        // Last month: October, with 张三's 50,000 and no plan.
        let last = try run(["review", "--month", "last"])
        #expect(last.stdout.contains("  Plan:                    not set (`mustdo sales plan 2026-10 AMOUNT`)\n"))
        #expect(last.stdout.contains("Drafted on 2026-11-27.\n"))
    }

    @Test(arguments: [
        (["review", "--period", "week"], "mustdo: “week” is not a review period; use month, quarter, half or year.\n"),
        (["review", "--month", "2026-13"], "mustdo: “2026-13” is not a key for --month; write it like 2026-11, or give a date, this or last.\n"),
        (["review", "--quarter", "2026-11"], "mustdo: “2026-11” is not a key for --quarter; write it like 2026-Q4, or give a date, this or last.\n"),
        (["review", "--month", "2026-11", "--year", "2026"], "mustdo: Give only one of --month, --quarter, --half and --year.\n"),
        (["review", "--period", "quarter", "--month", "2026-11"], "mustdo: --period quarter does not match --month; leave one of them out.\n"),
        (["review", "--json", "--markdown"], "mustdo: Choose one of --json and --markdown, not both.\n"),
    ])
    func badPeriodsAreOneSentenceAndExit64(args: [String], message: String) throws {
        let r = try run(args)
        #expect(r.status == 64 && r.stdout.isEmpty && r.stderr == message, "\(r.stderr)")
    }

    @Test func badPeriodInChinese() throws {
        let r = try run(["review", "--half", "2026-H3"], lang: "zh")
        #expect(r.status == 64 && r.stderr == "mustdo: --half 的值“2026-H3”不对;请写成 2026-H2 这样,或写日期、this、last。\n", "\(r.stderr)")
    }

    @Test func salesPlanIsSetShownChangedAndClearedAndAMistakeChangesNothing() throws {
        try seed()
        var r = try run(["sales", "plan", "2026-11"], lang: "zh")
        #expect(r.stdout == "2026-11 销售计划:200,000.00。\n")
        r = try run(["sales", "plan", "2026-11", "12.345"])
        #expect(r.status == 64 && r.stderr.hasPrefix("mustdo: AMOUNT") && r.stderr.filter { $0 == "\n" }.count == 1, "\(r.stderr)")
        r = try run(["sales", "plan", "2026-13", "5"])
        #expect(r.status == 64 && r.stderr.contains("2026-13"), "\(r.stderr)")
        #expect(try run(["sales", "plan", "2026-11"]).stdout == "Sales plan for 2026-11: 200,000.00.\n")
        r = try run(["sales", "plan", "2026-11", "250000"])
        #expect(r.stdout == "Sales plan for 2026-11: 250,000.00 (was 200,000.00).\n")
        r = try run(["sales", "plan", "2026-11", "--clear"])
        #expect(r.stdout == "Removed the sales plan for 2026-11.\n")
        r = try run(["sales", "plan", "2026-11"])
        #expect(r.stdout == "2026-11 has no sales plan; set one with `mustdo sales plan 2026-11 AMOUNT`.\n")
    }

    @Test func weekReviewCountsTheWeeksWorkWithCustomers() throws {
        try seed()
        let text = try run(["week"])
        #expect(text.stdout.contains("""
            Customers
              Contacts:                  3: 2 visits, 1 calls, 0 messages, 0 meals
              Customers contacted:       2: key 1, important 1, general 0, no tier 0
              Visits that won an action: 1 of 2 (50%); 1 without one (washed the car)
              Promises kept / broken:    ours 0 / 0; the customers' 1 / 0
              Cards:                     0 new, 1 won, 0 lost
              Losing touch:              0 past their contact interval on 2026-11-27

            """), "\(text.stdout)")
        // Later nobody was contacted: on 12-03 张三 (key, 7 days since 11-23) is past his interval, Acme (important, 14
        // days since 11-25) and Wang (general, 30 days since the card was made on 11-03) not yet; on 12-04 Wang is too.
        for (day, count) in [("2026-12-02", 1), ("2026-12-03", 1), ("2026-12-04", 2), ("2026-12-10", 3)] {
            let later = try cli.json(["week", "--json", "--today", day]) as! [String: Any]
            let a = later["activity"] as! [String: Any]
            #expect(a["losing_touch"] as? Int == count && a["losing_touch_on"] as? String == day, "\(day): \(a)")
        }
        let md = try run(["week", "--markdown"], lang: "zh")
        #expect(md.stdout.contains("## 客户工作\n\n- **联系**: 3 次:拜访 2,电话 1,消息 0,饭局 0\n"))
    }

    /// The reviews count "losing touch" by the same rule as planning: the configured `[cadence]` intervals, a card's own
    /// `contact-every`, and only prospects and customers (a dormant card is left out). Week review, `mustdo review` and
    /// `mustdo plan --json` agree on every day.
    @Test func losingTouchFollowsTheCadenceAsPlanningDoes() throws {
        try seed()
        func counts(_ day: String) throws -> (week: Int, month: Int, plan: Int) {
            let week = (try cli.json(["week", "--json", "--today", day]) as! [String: Any])["activity"] as! [String: Any]
            let month = try cli.json(["review", "--json", "--today", day]) as! [String: Any]
            let plan = try cli.json(["plan", "--json", "--today", day]) as! [String: Any]
            let monthActivity = (month["activity"] ?? month["customers"]) as? [String: Any]
            return (week["losing_touch"] as! Int, monthActivity?["losing_touch"] as? Int ?? -1, (plan["losing_touch"] as! [Any]).count)
        }
        // Defaults: on 12-10 all three are past their interval (see the test above).
        var c = try counts("2026-12-10")
        #expect(c.week == 3 && c.plan == 3 && c.month == 3, "\(c)")
        // 张三 (key) may go 14 days: 17 days since 11-23 is still past it; Acme (important, 15 days since 11-25) is not.
        try FileManager.default.createDirectory(atPath: dir.path + "/config/mustdo", withIntermediateDirectories: true)
        try "[cadence]\nkey = 14\nimportant = 20\n".write(toFile: dir.path + "/config/mustdo/config.toml", atomically: true, encoding: .utf8)
        c = try counts("2026-12-10")
        #expect(c.week == 2 && c.plan == 2 && c.month == 2, "\(c)")
        // Wang's own interval of 60 days, then 张三 dormant: only 张三's interval was passed, and a dormant card is not followed.
        #expect(try run(["customers", "edit", "Wang", "--contact-every", "60"], today: "2026-11-04").status == 0)
        c = try counts("2026-12-10")
        #expect(c.week == 1 && c.plan == 1 && c.month == 1, "\(c)")
        #expect(try run(["customers", "edit", "张三", "--status", "dormant"], today: "2026-11-24").status == 0)
        c = try counts("2026-12-10")
        #expect(c.week == 0 && c.plan == 0 && c.month == 0, "\(c)")
    }
}
