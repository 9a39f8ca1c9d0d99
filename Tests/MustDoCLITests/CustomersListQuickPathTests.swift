import Foundation
import Testing
import MustDoTestSupport

/// `mustdo customers [list]` with plain options is read without ArgumentParser (`CustomersListCommand.quick`); the
/// same command written so that the quick reading declines it (`--lang=en`) goes through ArgumentParser. Both must
/// print the same bytes and end the same way, listings and refusals alike.
@Suite struct CustomersListQuickPathTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path, environment: ["USER": "salesrep"]) }

    @Test func theQuickReadingPrintsWhatArgumentParserPrints() throws {
        for (name, tier) in [("张三", "key"), ("李四", "general"), ("John Smith", "important")] {
            let r = try cli.run(["customers", "add", "--name", name, "--tier", tier, "--today", "2026-11-27"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let day = ["--today", "2026-11-27"]
        let cases: [[String]] = [
            ["customers"], ["customers", "list"], ["customers", "list", "--tier", "key"], ["customers", "--status", "prospect"],
            ["customers", "list", "--search", "zs"], ["customers", "list", "--search", "js", "--json"], ["customers", "list", "--sort", "name"],
            ["customers", "list", "--archived"], ["customers", "list", "--tag", "vip"],
            // refusals: one sentence, the same exit code
            ["customers", "list", "--tier", "gold"], ["customers", "list", "--status", "asleep"], ["customers", "list", "--sort", "colour"],
        ]
        var compared = 0
        for args in cases {
            for lang in ["en", "zh"] {
                let quick = try cli.run(args + day + ["--lang", lang])
                let parsed = try cli.run(args + day + ["--lang=\(lang)"])
                #expect(quick.stdout == parsed.stdout, "\(args) \(lang)")
                #expect(quick.stderr == parsed.stderr, "\(args) \(lang)")
                #expect(quick.status == parsed.status, "\(args) \(lang)")
                compared += 1
            }
        }
        #expect(compared == 24)
        // The listing is what it says: three cards, the search finds 张三 only.
        let listed = try cli.run(["customers", "list", "--search", "zs", "--lang", "en"] + day)
        #expect(listed.stdout.contains("张三") && !listed.stdout.contains("李四") && listed.stdout.hasSuffix("1 customers\n"))
        #expect(try cli.run(["customers", "list", "--tier", "gold", "--lang", "en"] + day).status == 64)
    }
}
