import Foundation
import Testing
import MustDoTestSupport

/// `mustdo visit`, `visits`, `promise …` and `appointments …` against the real binary: zh and en output, refusals in
/// one sentence with a sysexits code and nothing changed, the plan, the exports and the config's reminders.
///
/// Visits are logged on 2026-11-26 and appointments set from 2026-11-28 on while "today" is 2026-11-27, so no
/// check depends on the real time of day (a visit may not be later than now, an appointment not earlier).
@Suite struct VisitsCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }
    let t = ["--today", "2026-11-27"]

    func run(_ args: [String], lang: String = "en") throws -> CLIRunner.Result { try cli.run(args + t + ["--lang", lang]) }

    func ok(_ args: [String], lang: String = "en", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try run(args, lang: lang)
        #expect(r.status == 0, "mustdo \(args.joined(separator: " ")): \(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout
    }

    /// Everything the visit commands can show, as JSON: to prove a refusal changed nothing.
    func state() throws -> String {
        try ok(["visits", "--json"]) + ok(["promise", "list", "--all", "--json"]) + ok(["appointments", "--days", "366", "--json"])
            + ok(["customers", "show", "1", "--json"])
    }

    func addCustomer() throws {
        _ = try cli.run(["customers", "add", "--name", "张三", "--company", "华为", "--today", "2026-11-20"])
    }

    @Test func aVisitWithACommitmentAndANextAppointmentInEnglishAndChinese() throws {
        try addCustomer()
        let en = try ok(["visit", "张三", "--goal", "get a site visit", "--target-high", "trial order", "--target-low", "meet the boss",
                         "--happened", "showed the catalogue", "--result", "agreed to a site visit", "--person", "王总",
                         "--commit", "send two engineers", "--by", "2026-12-03", "--who", "王总",
                         "--next", "2026-12-01 14:30", "--place", "华为大厦", "--about", "demo", "--at", "2026-11-26 10:00"])
        #expect(en == """
            Logged visit 1: KH-2026-0001 张三, 2026-11-26 10:00 (visit).
            Customer action: 王总: send two engineers, by 2026-12-03 (promise 1).
            Next appointment: 2026-12-01 14:30 · 华为大厦 · demo (appointment 1).
            Fill in the card today too (`mustdo customers edit KH-2026-0001 …`): the card should be filled in right after the visit.

            """)
        let zh = try ok(["visit", "KH-2026-0001", "--goal", "问候", "--result", "聊了聊", "--kind", "电话", "--at", "2026-11-26 16:00"], lang: "zh")
        #expect(zh == """
            已记录拜访 2:KH-2026-0001 张三,2026-11-26 16:00(电话)。
            这次没有客户的行动承诺:拜访没有推动订单。
            今天也请更新客户卡(`mustdo customers edit KH-2026-0001 …`):客户卡要在拜访后及时填写。

            """)
        #expect(try ok(["visits", "--lang", "zh"], lang: "zh") == """
            #2  2026-11-26 16:00  电话  KH-2026-0001 张三
                目标:问候
                洽谈结果:聊了聊
                没有客户行动承诺

            #1  2026-11-26 10:00  拜访  KH-2026-0001 张三 · 王总
                目标:get a site visit(高:trial order;低:meet the boss)
                访问情况:showed the catalogue
                洽谈结果:agreed to a site visit
                客户行动承诺:王总: send two engineers,期限 2026-12-03
                下次约见:2026-12-01 14:30 · 华为大厦 · demo

            共 2 次拜访:1 次推动了订单,1 次没有客户行动承诺

            """)
        #expect(try ok(["visits", "--no-action"]).hasSuffix("Visits: 1; moved an order: 0; without a customer action: 1\n"))
        #expect(try ok(["visits", "--kind", "visit", "--customer", "华为"]).contains("#1  2026-11-26 10:00  visit"))
        let json = try JSONSerialization.jsonObject(with: Data(try ok(["visits", "--json"]).utf8)) as! [String: Any]
        #expect(json["total"] as? Int == 2 && json["moved_order"] as? Int == 1 && json["no_action"] as? Int == 1)
        let first = (json["visits"] as! [[String: Any]]).last!
        #expect(first["commitment_by"] as? String == "2026-12-03" && first["moved_order"] as? Bool == true && first["next_appointment"] as? Int == 1)
        // The card says it was not filled in after the visit until it is edited.
        #expect(try ok(["customers", "show", "1"]).contains("visit"))
        _ = try ok(["customers", "edit", "1", "--needs", "a CRM for 40 seats"])
        #expect(!(try ok(["customers", "show", "1"]).lowercased().contains("after the visit")))
    }

    @Test func badInputIsOneSentenceWithExitCode64AndChangesNothing() throws {
        try addCustomer()
        _ = try cli.run(["customers", "add", "--name", "张三", "--company", "腾讯", "--today", "2026-11-20"])
        _ = try ok(["visit", "1", "--goal", "g", "--result", "r", "--at", "2026-11-26 10:00"])
        let before = try state()
        let cases: [([String], String)] = [
            (["visit", "1", "--goal", "g", "--result", "r", "--commit", "trial", "--by", "2026-13-45", "--at", "2026-11-26 10:00"],
             "The date '2026-13-45' given in --by is not valid"),
            (["visit", "1", "--goal", "g", "--result", "r", "--commit", "trial", "--by", "2026-11-25", "--at", "2026-11-26 10:00"],
             "The customer's commitment is due 2026-11-25, before the visit on 2026-11-26"),
            (["visit", "1", "--goal", "g", "--result", "r", "--next", "2026-11-20 10:00", "--at", "2026-11-19 10:00"], "The appointment at 2026-11-20 10:00 is in the past"),
            (["visit", "1", "--goal", "g", "--result", "r", "--next", "tomorrow"], "--next tomorrow is not a time"),
            (["visit", "nobody", "--goal", "g", "--result", "r"], "nobody"),
            (["visit", "张三", "--goal", "g", "--result", "r"], "KH-2026-0001 张三; KH-2026-0002 张三"),
            (["visit", "1", "--result", "r"], "--goal is empty"),
            (["visit", "1", "--goal", "g", "--result", "r", "--kind", "lunch"], "--kind lunch is not a kind of contact"),
            (["visit", "1", "--goal", "g", "--result", "r", "--commit", "trial"], "--commit needs --by"),
            (["visit", "1", "--goal", "g", "--result", "r", "--place", "x"], "--place and --about belong to --next"),
            (["visit", "1", "--goal", "g", "--result", "r", "--at", "2026-11-28 10:00"], "is later than now"),
            (["promise", "add", "1", "--what", "samples", "--by", "2026-12-01"], "Say whose promise it is"),
            (["promise", "add", "1", "--ours", "--what", "samples", "--by", "2026-11-01"], "before the day the promise was made"),
            (["promise", "add", "1", "--ours", "--what", "samples", "--by", "2026-12-01", "--credibility", "low"], "--credibility is for a customer's promise"),
            (["promise", "add", "1", "--theirs", "--what", "pay", "--by", "2026-12-01", "--remind", "999"], "--remind 999 is not a number of days"),
            (["promise", "keep", "7"], "There is no promise 7"),
            (["promise", "keep", "x"], "x is not a promise number"),
            (["appointments", "told", "1"], "There is no appointment 1"),
            (["appointments", "--days", "0"], "--days 0 is not a number of days"),
            (["appointments", "add", "1", "--at", "2026-11-20 10:00"], "is in the past"),
            (["visits", "--from", "2026-12-01", "--to", "2026-11-01"], "--from 2026-12-01 is after --to 2026-11-01"),
        ]
        for (args, sentence) in cases {
            let r = try run(args)
            #expect(r.status == 64, "mustdo \(args.joined(separator: " ")) exited \(r.status)")
            #expect(r.stdout.isEmpty && r.stderr.hasPrefix("mustdo: ") && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(sentence), "\(args): \(r.stderr)")
        }
        let zh = try run(["visit", "1", "--goal", "g", "--result", "r", "--commit", "trial", "--by", "2026-11-25", "--at", "2026-11-26 10:00"], lang: "zh")
        #expect(zh.status == 64 && zh.stderr == "mustdo: 客户承诺的期限 2026-11-25 早于拜访日 2026-11-26:--by 请写拜访当天或之后的日期。\n")
        #expect(try state() == before)
    }

    @Test func promisesBothWaysRenegotiatedKeptAndListed() throws {
        try addCustomer()
        #expect(try ok(["promise", "add", "张三", "--ours", "--kind", "rebate", "--what", "annual tiered rebate", "--by", "2027-11-30",
                        "--conditions", "2% over 1M, 3% over 2M", "--written"])
                == "Added promise 1 (ours): KH-2026-0001 张三 — annual tiered rebate, due 2027-11-30; reminder 30 days before.\n")
        #expect(try ok(["promise", "add", "张三", "--kind", "payment", "--what", "pay invoice 42", "--by", "2026-11-28", "--credibility", "低",
                        "--credibility-note", "paid late twice"], lang: "zh")
                == "已添加承诺 2(客户承诺):KH-2026-0001 张三 — pay invoice 42,期限 2026-11-28;到期前 3 天提醒。\n")
        #expect(try ok(["promise", "renegotiate", "2", "--by", "2026-12-05", "--note", "asked for a week"])
                == "Promise 2 renegotiated: due 2026-12-05 (was 2026-11-28).\n")
        #expect(try ok(["promise", "list"]) == """
            #2  theirs · payment · KH-2026-0001 张三 — pay invoice 42 · due in 8 d (2026-12-05) · renegotiated · credibility low (paid late twice)
            #1  ours · rebate · KH-2026-0001 张三 — annual tiered rebate · due 2027-11-30 · open · in writing
            Promises: 2

            """)
        let show = try ok(["promise", "show", "2"], lang: "zh")
        #expect(show.contains("改期:2026-11-28 → 2026-12-05 — asked for a week") && show.contains("作出承诺,期限 2026-11-28"))
        #expect(try ok(["promise", "keep", "2"]) == "Promise 2 kept: pay invoice 42.\n")
        #expect(try run(["promise", "break", "2"]).stderr.contains("already settled"))
        #expect(try ok(["promise", "list", "--theirs"]) == "No promises match.\n")
        #expect(try ok(["promise", "list", "--all", "--theirs"]).contains("#2  theirs · payment"))
        #expect(try ok(["promise", "cancel", "1", "--note", "deal off"], lang: "zh") == "承诺 1 已取消:annual tiered rebate。\n")
    }

    @Test func anAppointmentThatCannotBeKeptAsksThatTheCustomerBeTold() throws {
        try addCustomer()
        #expect(try ok(["appointments", "add", "张三", "--at", "2026-11-28 10:00", "--place", "office", "--about", "demo"])
                == "Added appointment 1: KH-2026-0001 张三, 2026-11-28 10:00 · office · demo.\n")
        #expect(try ok(["appointments"]) == "#1  2026-11-28 10:00 · KH-2026-0001 张三 · office · demo\nAppointments: 1\n")
        #expect(try ok(["appointments", "cancel", "1", "--reason", "fever"]) == """
            Appointment 1 (2026-11-28 10:00, KH-2026-0001 张三) cannot be kept. Tell the customer in advance and apologise, then record it: `mustdo appointments told 1`

            """)
        // Still asked for in the morning plan and in the list, whatever the range, until the customer is told.
        #expect(try cli.run(["appointments", "--days", "1", "--today", "2026-11-27"]).stdout.contains("tell the customer in advance"))
        #expect(try ok(["plan"]).contains("Appointments the customer must be told about\n  #1  2026-11-28 10:00 · KH-2026-0001 张三 · office · demo · cannot be kept"))
        let told = try ok(["appointments", "told", "1"], lang: "zh")
        #expect(told.hasPrefix("已记录:2026-11-27 ") && told.hasSuffix("告知 KH-2026-0001 张三 约见 1(2026-11-28 10:00)无法赴约。\n"))
        #expect(!(try ok(["plan"]).contains("must be told")))
        #expect(try ok(["appointments", "--days", "1"]) == "No appointments from 2026-11-27 to 2026-11-27.\n")
        #expect(try run(["appointments", "told", "1"]).stderr.contains("was already told"))
    }

    @Test func configuredRemindersDecideWhatThePlanShows() throws {
        try addCustomer()
        _ = try ok(["promise", "add", "1", "--theirs", "--kind", "payment", "--what", "pay invoice 42", "--by", "2026-12-04"])
        #expect(!(try ok(["plan"]).contains("pay invoice 42")), "payment reminders start 3 days before by default")
        let configDir = dir.path + "/config/mustdo"
        try FileManager.default.createDirectory(atPath: configDir, withIntermediateDirectories: true)
        try "[promises]\nremind_days = { payment = 7 }\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        #expect(try ok(["plan"]).contains("Promises due or overdue\n  #1  theirs · payment · KH-2026-0001 张三 — pay invoice 42 · due in 7 d (2026-12-04)"))
        try "[promises]\nremind_days = { refund = 7 }\n".write(toFile: configDir + "/config.toml", atomically: true, encoding: .utf8)
        let r = try run(["plan"])
        #expect(r.status == 78 && r.stderr.contains("refund") && r.stderr.contains("unknown promise kind"))
    }

    @Test func exportsCarryVisitsPromisesAndAppointments() throws {
        try addCustomer()
        _ = try ok(["visit", "1", "--goal", "g", "--result", "r,\"quoted\"", "--commit", "trial", "--by", "2026-12-03", "--next", "2026-12-01 14:30",
                    "--place", "华为大厦", "--at", "2026-11-26 10:00"])
        let csv = try ok(["export", "csv", "--table", "visits"])
        #expect(csv.hasPrefix("id,at,kind,customer_id,customer_number,customer,person,goal,"))
        #expect(csv.contains("1,2026-11-26 10:00,visit,1,KH-2026-0001,张三,,g,,,,,\"r,\"\"quoted\"\"\",true,,trial,2026-12-03,1,1"))
        #expect(try ok(["export", "csv", "--table", "promises"]).contains("1,theirs,action,1,KH-2026-0001,张三,1,,trial,2026-12-03"))
        #expect(try ok(["export", "csv", "--table", "appointments"]).contains("1,2026-12-01 14:30,1,KH-2026-0001,张三,1,华为大厦,,planned,,"))
        #expect(try run(["export", "csv", "--table", "people"]).stderr.contains("--table people is not a table"))
        let json = try JSONSerialization.jsonObject(with: Data(try ok(["export", "json"]).utf8)) as! [String: Any]
        #expect((json["visits"] as? [[String: Any]])?.count == 1 && (json["promises"] as? [[String: Any]])?.count == 1
                && (json["appointments"] as? [[String: Any]])?.count == 1 && (json["occurrences"] as? [Any]) != nil)
        let ics = try ok(["export", "ics"])
        #expect(ics.contains("BEGIN:VEVENT\r\nUID:appointment-1@mustdo\r\n") && ics.contains("LOCATION:华为大厦\r\n"))
        #expect(ics.contains("UID:promise-1@mustdo\r\n") && ics.contains("TRIGGER;RELATED=END:-P1DT14H59M59S\r\n"))
    }
}
