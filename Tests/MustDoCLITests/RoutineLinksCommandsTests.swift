import Foundation
import Testing
import MustDoTestSupport

/// Routines that count real work, from the console: `mustdo visit … --as`, `greetings sent`, a new card and a card's
/// personal details count toward the linked items that `mustdo today` shows with the customers' names (text and JSON),
/// `routines edit --link` sets a link, and a bad kind is one sentence that changes nothing.
@Suite struct RoutineLinksCommandsTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }

    func run(_ args: [String], today: String = "2026-11-25", lang: String = "en") throws -> CLIRunner.Result {
        try cli.run(args + ["--today", today, "--lang", lang])
    }

    /// `(ref, progress, counted_by)` of today's JSON item of `routine`.
    func jsonItem(_ routine: String, lang: String = "en") throws -> (progress: Int?, target: Int?, countedBy: [String], state: String) {
        let out = try run(["today", "--json"], lang: lang).stdout
        let doc = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        for p in doc["periods"] as! [[String: Any]] {
            for i in p["items"] as! [[String: Any]] where i["routine"] as? String == routine {
                return (i["progress"] as? Int, i["target"] as? Int, i["counted_by"] as! [String], i["state"] as! String)
            }
        }
        Issue.record("no item \(routine)")
        return (nil, nil, [], "")
    }

    @Test func aVisitLoggedWithAsCountsAndTodayNamesTheCustomers() throws {
        #expect(try run(["today"], lang: "zh").status == 0)
        #expect(try run(["customers", "add", "--name", "张三"]).status == 0)
        #expect(try run(["customers", "add", "--name", "李四"]).status == 0)
        let v = try run(["visit", "张三", "--goal", "问候", "--result", "聊了孩子", "--kind", "meal", "--as", "favour,home-visit"])
        #expect(v.status == 0, "\(v.stderr)")
        #expect(v.stdout.contains("Counted toward: 给客户帮一次忙 (1/1), 中午给客户或零售员买一份快餐或水果 (1/1), 请一个客户吃饭或喝茶聊天 (1/1), "
                                  + "做一次重点客户的家访 (1/1), 请一个目标客户户外活动一次 (1/1).\n"), "\(v.stdout)")
        #expect(try run(["visit", "李四", "--goal", "g", "--result", "r", "--kind", "meal"]).status == 0)
        let zh = try run(["today"], lang: "zh").stdout
        #expect(zh.contains("请一个客户吃饭或喝茶聊天  (2/1 张三, 李四)"), "\(zh)")
        #expect(zh.contains("给客户帮一次忙  (1/1 张三)"))
        #expect(zh.contains("做一次重点客户的家访  (1/1 张三)"))
        let meal = try jsonItem("day-meal-or-tea", lang: "zh")
        #expect(meal.progress == 2 && meal.target == 1 && meal.countedBy == ["张三", "李四"] && meal.state == "done")
        let unlinked = try jsonItem("day-motivate", lang: "zh")
        #expect(unlinked.countedBy.isEmpty && unlinked.progress == nil)
    }

    @Test func aGreetingANewCardAndPersonalDetailsCount() throws {
        #expect(try run(["today"]).status == 0)
        #expect(try run(["customers", "add", "--name", "Li Si"]).status == 0)
        #expect(try jsonItem("month-new-customer").countedBy == ["Li Si"])
        #expect(try run(["greetings", "sent", "Li Si", "--occasion", "Good morning"]).status == 0)
        let greet = try jsonItem("day-greet-customers")
        #expect(greet.progress == 1 && greet.target == 5 && greet.state == "open" && greet.countedBy == ["Li Si"])
        #expect(try jsonItem("day-customer-profile").progress == 0)
        #expect(try run(["customers", "edit", "Li Si", "--hobbies", "fishing"]).status == 0)
        let profile = try jsonItem("day-customer-profile")
        #expect(profile.progress == 1 && profile.state == "done" && profile.countedBy == ["Li Si"])
        let text = try run(["today"]).stdout
        #expect(text.contains("Learn one customer's personality, hobbies and family situation  (1/1 Li Si)"), "\(text)")
    }

    @Test func aBadKindIsOneSentenceAndNothingIsLogged() throws {
        #expect(try run(["customers", "add", "--name", "Li Si"]).status == 0)
        let bad = try run(["visit", "Li Si", "--goal", "g", "--result", "r", "--as", "lunch"])
        #expect(bad.status == 64 || bad.status == 65)
        #expect(bad.stderr == "mustdo: --as lunch is not a kind of activity a visit can add: use favour, home-visit, greeting or vip-visit.\n", "\(bad.stderr)")
        #expect(try run(["visits", "--json"]).stdout.contains("\"total\": 0"), "nothing was logged")
        let zh = try run(["visit", "Li Si", "--goal", "g", "--result", "r", "--as", "meal"], lang: "zh")
        #expect(zh.status != 0 && zh.stderr.hasPrefix("mustdo: --as") && zh.stderr.contains("不是") && zh.stderr.split(separator: "\n").count == 1)
    }

    @Test func routinesEditSetsAndRemovesALink() throws {
        #expect(try run(["today"]).status == 0)
        let set = try run(["routines", "edit", "day-retail-check", "--link", "visit"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("counts a visit"), "\(set.stdout)")
        let list = try run(["routines", "list", "--json"]).stdout
        #expect(list.contains("\"link\": \"visit\""))
        #expect(try run(["customers", "add", "--name", "Li Si"]).status == 0)
        #expect(try run(["visit", "Li Si", "--goal", "g", "--result", "r"]).status == 0)
        #expect(try jsonItem("day-retail-check").countedBy == ["Li Si"])
        let bad = try run(["routines", "edit", "day-retail-check", "--link", "lunch"])
        #expect(bad.status == 64 && bad.stderr == "mustdo: --link lunch is not a kind of activity: use none or one of visit, call, meal, favour, home-visit, new-customer, personal-details, greeting, vip-visit.\n" && bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        let off = try run(["routines", "edit", "day-retail-check", "--link", "none"])
        #expect(off.status == 0 && off.stdout.contains("no longer counts any activity"), "\(off.stdout)")
        #expect(!(try run(["routines", "list", "--json"]).stdout.contains("\"link\": \"visit\", \"id\": \"day-retail-check\"")))
    }
}
