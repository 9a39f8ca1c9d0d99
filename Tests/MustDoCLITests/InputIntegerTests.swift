import Foundation
import Testing
import MustDoTestSupport

/// Every integer a user can type ends in a sentence and exit 64, never a crash (issue 15 item 3).
@Suite struct InputIntegerTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    let t = ["--today", "2026-11-23"]
    let edges = ["-9223372036854775808", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                 "99999999999999999999999", "0", "-0", "10001", "-10001", "1e3", "0x10", "٣"]

    @Test func addCountRefusesEveryEdgeWithOneSentence() throws {
        _ = try cli.run(["today"] + t)
        for n in edges {
            let r = try cli.run(["add-count", "day-greet-customers", n] + t)
            #expect(r.status == 64, "\(n): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("N must be one non-zero whole number from -10000 to 10000"), "\(n): \(r.stderr)")
        }
        let zh = try cli.run(["add-count", "7", "-9223372036854775808", "--lang", "zh"] + t)
        #expect(zh.status == 64 && zh.stderr.contains("非零整数"))
        #expect(try cli.run(["add-count", "day-greet-customers", "-10000"] + t).status == 0)
    }

    @Test func refsTargetsAndMonthsRefuseEveryEdge() throws {
        _ = try cli.run(["today"] + t)
        for n in edges {
            for args in [["check", n], ["skip", n], ["focus", n], ["add", "--carry", "y" + n], ["add-count", n],
                         ["routines", "edit", "day-greet-customers", "--target", n], ["periods", "--fiscal-start", n],
                         ["routines", "add", "--period", "day", "--title", "x", "--target", n]] {
                let r = try cli.run(args + t)
                #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
                #expect(r.stderr.hasPrefix("mustdo: ") && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            }
        }
    }
}
