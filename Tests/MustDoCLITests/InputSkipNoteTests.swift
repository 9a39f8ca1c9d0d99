import Foundation
import GRDB
import Testing
import MustDoTestSupport

/// Skip reasons, notes in `today`, and the import counts (issue 9 items 15 and 16).
@Suite struct InputSkipNoteTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    let t = ["--today", "2026-11-23"]

    func reason(_ routine: String) throws -> String? {
        let items = (try cli.json(["today", "--json"] + t) as! [String: Any])["periods"] as! [[String: Any]]
        return items.flatMap { $0["items"] as! [[String: Any]] }.first { $0["routine"] as? String == routine }?["skip_reason"] as? String
    }

    @Test func skipWithoutReasonKeepsTheEarlierReason() throws {
        #expect(try cli.run(["skip", "day-motivate", "--reason", "rain"] + t).status == 0)
        #expect(try cli.run(["skip", "day-motivate"] + t).status == 0)
        #expect(try reason("day-motivate") == "rain")
        #expect(try cli.run(["skip", "day-motivate", "--reason", "meeting"] + t).status == 0)
        #expect(try reason("day-motivate") == "meeting")
    }

    @Test func todayPrintsNotesUnderTheirItem() throws {
        _ = try cli.run(["today"] + t)
        let db = try DatabaseQueue(path: cli.database)
        try db.write { try $0.execute(sql: "UPDATE occurrence SET note = 'start with Ms. Li\nthen Mr. Wang' WHERE routine_id = 'day-greet-customers'") }
        try db.close()
        let lines = try cli.run(["today"] + t).stdout.split(separator: "\n").map(String.init)
        let i = try #require(lines.firstIndex { $0.contains("Greet") || $0.contains("greet") })
        #expect(lines[i + 1].trimmingCharacters(in: .whitespaces) == "✎ start with Ms. Li")
        #expect(lines[i + 2].trimmingCharacters(in: .whitespaces) == "then Mr. Wang")
        #expect(lines[i + 1].prefix { $0 == " " }.count == lines[i].firstIndex(of: "]")!.utf16Offset(in: lines[i]) + 2)
    }

    @Test func importingAnIdenticalExportWithReplaceChangesNothing() throws {
        _ = try cli.run(["today"] + t)
        // A retired routine and a new one make the file's indexes differ from the stored positions.
        #expect(try cli.run(["routines", "retire", "day-motivate"] + t).status == 0)
        #expect(try cli.run(["routines", "add", "--period", "week", "--title", "Call the depot"] + t).status == 0)
        let file = dir.file("export.toml")
        #expect(try cli.run(["routines", "export", "--output", file] + t).status == 0)
        let r = try cli.run(["routines", "import", file, "--replace"] + t)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(" 0 updated"), "\(r.stdout)")
        #expect(!r.stdout.contains("77 updated"))
    }
}
