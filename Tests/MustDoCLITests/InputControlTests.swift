import Foundation
import GRDB
import Testing
import MustDoTestSupport

/// Control characters never reach the terminal: refused on input, escaped on output (issue 15 item 7).
@Suite struct InputControlTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    let t = ["--today", "2026-11-23"]
    static let evil = "evil\u{1B}[2J\u{1B}]0;T\u{07}"

    /// Bytes a terminal would act on: C0 except newline and tab, DEL, C1 (as UTF-8), bidi overrides.
    func unsafe(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { u in
            let v = u.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    @Test func titlesReasonsNotesAndJournalTextWithControlsAreRefusedAndNothingIsStored() throws {
        _ = try cli.run(["today"] + t)
        let before = FileManager.default.contents(atPath: cli.database)
        let cases: [([String], String)] = [
            (["add", Self.evil], "control character \\u{1b}"),
            (["skip", "1", "--reason", "rain\u{07}"], "control character \\u{7}"),
            (["journal", "--plan", "hello\u{9B}2J"], "control character \\u{9b}"),
            (["journal", "--review", "\u{202E}gnp.exe"], "control character \\u{202e}"),
            (["routines", "edit", "day-motivate", "--note", "a\u{1B}[31m"], "control character \\u{1b}"),
        ]
        for (args, sentence) in cases {
            let r = try cli.run(args + t)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(sentence), "\(args): \(r.stderr)")
            #expect(unsafe(r.stderr).isEmpty, "\(args)")
            #expect(r.stderr.split(separator: "\n").count == 1)
        }
        #expect(FileManager.default.contents(atPath: cli.database) == before)
    }

    @Test func taskTitlesAreLimitedAndErrorsDoNotRepeatTheArgument() throws {
        let huge = String(repeating: "y", count: 131_000)
        let r = try cli.run(["add", huge] + t)
        #expect(r.status == 64)
        #expect(r.stderr.contains("131000 characters long: shorten it to at most 500"))
        #expect(r.stderr.utf8.count < 300)
        let ok = try cli.run(["add", String(repeating: "字", count: 500)] + t)
        #expect(ok.status == 0, "\(ok.stderr)")
        let unknown = try cli.run(["check", huge] + t)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.utf8.count < 300, "\(unknown.stderr.prefix(300))")
        let parse = try cli.run(["add", "x", "--\(huge)"] + t)
        #expect(parse.status == 64)
        #expect(parse.stderr.utf8.count < 300)
    }

    @Test func storedControlCharactersAreEscapedInEveryConsoleView() throws {
        _ = try cli.run(["today"] + t)
        // Text written before the input checks existed (or by another program) goes straight into the file.
        let db = try DatabaseQueue(path: cli.database)
        try db.write { db in
            try db.execute(sql: "UPDATE title SET text = ? WHERE routine_id = 'day-detail-tasks'", arguments: [Self.evil])
            try db.execute(sql: "UPDATE occurrence SET state = 'skipped', skip_reason = ?, note = ? WHERE routine_id = 'day-motivate'",
                           arguments: ["rain\u{07}\u{9B}2J", "note\u{1B}[5m\nsecond line"])
            try db.execute(sql: "INSERT INTO journal (key, plan, review) VALUES ('2026-11-23', ?, ?)", arguments: ["plan\u{1B}[2J", "review\u{202E}x"])
        }
        try db.close()
        for args in [["today"], ["today", "--json"], ["week"], ["week", "--markdown"], ["week", "--json"], ["plan"], ["plan", "--json"],
                     ["journal"], ["journal", "--search", "plan"], ["focus", "day-detail-tasks"], ["check", "day-detail-tasks"]] {
            let r = try cli.run(args + t)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(unsafe(r.stdout).isEmpty, "\(args) printed \(unsafe(r.stdout))")
            #expect(r.stdout.contains("evil\\u{1b}[2J") || r.stdout.contains("evil\\u001b[2J") || args[0] == "journal" || args == ["week", "--markdown"], "\(args)")
        }
        let today = try cli.run(["today"] + t)
        #expect(today.stdout.contains("rain\\u{7}\\u{9b}2J"))
        let json = try cli.json(["today", "--json"] + t) as! [String: Any]
        let items = (json["periods"] as! [[String: Any]]).flatMap { $0["items"] as! [[String: Any]] }
        #expect(items.contains { $0["title"] as? String == Self.evil }, "JSON keeps the exact text, escaped as \\u001b")
    }
}
