import Foundation
import GRDB
import Testing
import MustDoTestSupport

/// Looking ahead never bloats the database (issue 15 item 5).
@Suite struct InputFarDateTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }

    /// The real date plus `days`, as the program's look-ahead limit counts it.
    func realDate(plus days: Int) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = .current
        return f.string(from: Date().addingTimeInterval(Double(days) * 86_400))
    }

    func rows() throws -> Int {
        let db = try DatabaseQueue(path: cli.database)
        defer { try? db.close() }
        return try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM occurrence")! }
    }

    @Test func aMistypedYearIsRefusedAndWritesNothing() throws {
        let start = realDate(plus: 0)
        #expect(try cli.run(["today", "--today", start]).status == 0)
        let before = try rows()
        let bytes = FileManager.default.contents(atPath: cli.database)
        for far in ["9999-12-31", "2100-01-01", realDate(plus: 370)] {
            for run in [["today", "--today", far], ["check", "1", "--today", far], ["week", "--today", far]] {
                let r = try cli.run(run)
                #expect(r.status == 64, "\(run): \(r.stderr)")
                #expect(r.stderr.contains("days after today"), "\(run): \(r.stderr)")
            }
            let env = try cli.run(["today"], env: ["MUSTDO_TODAY": far])
            #expect(env.status == 64 && env.stderr.contains("MUSTDO_TODAY \(far)"))
            let zh = try cli.run(["today", "--today", far, "--lang", "zh"])
            #expect(zh.stderr.contains("请给出不晚于"))
        }
        #expect(try rows() == before)
        #expect(FileManager.default.contents(atPath: cli.database) == bytes)
        let walSize = (try? FileManager.default.attributesOfItem(atPath: cli.database + "-wal"))?[.size] as? Int ?? 0
        #expect(walSize == 0)
    }

    @Test func lookingAYearAheadStoresOnlyThatYear() throws {
        #expect(try cli.run(["today", "--today", realDate(plus: 0)]).status == 0)
        let r = try cli.run(["today", "--today", realDate(plus: 366)])
        #expect(r.status == 0, "\(r.stderr)")
        // A year of the full pack is about 9,000 rows; 2100 used to leave 681,128.
        #expect(try rows() < 12_000)
    }

    @Test func aDatabaseFirstOpenedLongAgoBackFillsTenYearsAtMost() throws {
        #expect(try cli.run(["today", "--today", "1900-01-01"]).status == 0)
        let r = try cli.run(["today", "--today", "2026-11-23"])
        #expect(r.status == 0, "\(r.stderr)")
        // Ten years of the full pack is about 90,000 rows; 126 years would be over a million.
        #expect(try rows() < 100_000)
    }
}
