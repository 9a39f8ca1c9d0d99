import Foundation
import Testing
import MustDoTestSupport

/// `mustdo customers show` ends with the same timeline as the screen's card (visits, promises, appointments and the
/// card's edits, newest first), so a salesperson without the screen sees what happened with a customer.
@Suite struct CustomerTimelineConsoleTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }

    func ok(_ args: [String], lang: String = "en", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try cli.run(args + ["--today", "2026-11-27", "--lang", lang])
        #expect(r.status == 0, "mustdo \(args.joined(separator: " ")): \(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout
    }

    @Test func showEndsWithTheTimelineNewestFirst() throws {
        _ = try cli.run(["customers", "add", "--name", "张三", "--company", "华为", "--today", "2026-11-20"])
        _ = try ok(["visit", "张三", "--goal", "get a site visit", "--result", "agreed", "--commit", "send two engineers",
                    "--by", "2026-12-03", "--next", "2026-12-01 14:30", "--place", "华为大厦", "--at", "2026-11-26 10:00"])
        _ = try ok(["promise", "add", "张三", "--ours", "--what", "a price list", "--by", "2026-12-05"])
        let en = try ok(["customers", "show", "张三"])
        let lines = en.split(separator: "\n").map(String.init)
        let head = try #require(lines.firstIndex(of: "Timeline: visits, promises, appointments, edits"))
        let timeline = Array(lines[(head + 1)...])
        #expect(timeline.contains { $0.contains("get a site visit → agreed") }, "\(timeline)")
        #expect(timeline.contains { $0.contains("a price list") })
        #expect(timeline.contains { $0.contains("Appointment") && $0.contains("华为大厦") })
        #expect(timeline.last?.contains("2026-11-20") == true, "the card's creation is the oldest entry: \(timeline)")
        let zh = try ok(["customers", "show", "张三"], lang: "zh")
        #expect(zh.contains("时间线:拜访、承诺、约见、修改\n"))
    }
}
