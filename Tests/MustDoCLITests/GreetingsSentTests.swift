import Foundation
import Testing
import MustDoTestSupport

/// `mustdo greetings sent CUSTOMER`: a sent greeting is logged as a contact of kind message, named after the occasion the
/// greet list has for that customer (or the one typed), and it counts as the card's last contact; a day with nothing to
/// greet on, without `--occasion`, is refused with one sentence and logs nothing.
@Suite struct GreetingsSentTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }

    func run(_ args: [String], today: String = "2026-09-25", lang: String = "en") throws -> CLIRunner.Result {
        try cli.run(args + ["--today", today, "--lang", lang])
    }

    func contacts() throws -> String { try run(["visits", "--json"]).stdout }

    @Test func theGreetListsOccasionIsLoggedAsAMessageContact() throws {
        #expect(try run(["customers", "add", "--name", "张三", "--birthday", "1980-09-26"]).status == 0)
        // 2026-09-25 is 中秋 (the 15th of the eighth lunar month): the greet list names the festival.
        let zh = try run(["greetings", "sent", "张三"], lang: "zh")
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout == "已将给 KH-2026-0001 张三 的问候(中秋节)记为联系 #1(消息)。\n")
        // The next day is the birthday.
        let en = try run(["greetings", "sent", "KH-2026-0001"], today: "2026-09-26")
        #expect(en.stdout == "Logged a greeting to KH-2026-0001 张三 (birthday) as contact #2, a message.\n", "\(en.stderr)")
        let json = try contacts()
        #expect(json.contains("\"kind\": \"message\""))
        #expect(json.contains("问候:中秋节") && json.contains("Greeting: birthday"))
        let card = try run(["customers", "show", "张三", "--json"], today: "2026-09-26").stdout
        #expect(card.contains("2026-09-26"), "the greeting is the card's last contact")
    }

    @Test func aDayWithNothingToGreetNeedsAnOccasionAndLogsNothing() throws {
        #expect(try run(["customers", "add", "--name", "Li Si"]).status == 0)
        let refused = try run(["greetings", "sent", "Li Si"], today: "2026-09-27")
        #expect(refused.status == 64 || refused.status == 65)
        #expect(refused.stderr == "mustdo: KH-2026-0001 has nothing to greet on 2026-09-27 in the greet list: say what the greeting was for with --occasion TEXT.\n")
        #expect(try contacts().contains("\"total\": 0"), "nothing was logged")
        let typed = try run(["greetings", "sent", "Li Si", "--occasion", "Thanks for the order"], today: "2026-09-27")
        #expect(typed.status == 0 && typed.stdout == "Logged a greeting to KH-2026-0001 Li Si (Thanks for the order) as contact #1, a message.\n", "\(typed.stderr)")
        let unknown = try run(["greetings", "sent", "Nobody", "--occasion", "x"], today: "2026-09-27")
        #expect(unknown.status != 0 && unknown.stderr.hasPrefix("mustdo: ") && unknown.stderr.split(separator: "\n").count == 1)
    }
}
