import Dispatch
import Foundation
import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTeam
import MustDoTestSupport

/// The team screen (issue 13): `T` shows the manager's roll-up from the same table as `mustdo team report`, fetched
/// off the main loop; and the background sync, whose waiting on the server never holds up a key.
@Suite struct TeamScreenTests {
    /// A fixed week: two reps and a manager, CJK and Latin logins.
    static let report = TeamReport.fixed(kind: "week", key: "2026-W48", start: LocalDate(parsing: "2026-11-23")!, end: LocalDate(parsing: "2026-11-29")!,
                                         asOf: LocalDate(parsing: "2026-11-26")!, lines: [
        .fixed("boss", period: .init(0, 0, 0, 3), days: .init(2, 0, 1, 8), visits: 0, withAction: 0, ours: (0, 0), theirs: (0, 0), won: 0, lost: 0, losingTouch: 0),
        .fixed("rep_alice", period: .init(2, 1, 0, 3), days: .init(9, 1, 2, 16), visits: 5, withAction: 3, ours: (2, 1), theirs: (1, 0), won: 1, lost: 0, losingTouch: 2),
        .fixed("王小明", period: .init(1, 0, 1, 3), days: .init(12, 0, 0, 16), visits: 7, withAction: 2, ours: (0, 0), theirs: (0, 1), won: 0, lost: 1, losingTouch: 0),
    ])

    /// Records the periods asked for, from the worker's thread.
    final class Asked: @unchecked Sendable {
        private let lock = DispatchQueue(label: "asked")
        private var keys: [String] = []
        func add(_ k: String) { lock.sync { keys.append(k) } }
        var all: [String] { lock.sync { keys } }
    }

    func runtime(_ language: Language, _ w: Int, _ h: Int, team: TeamLink?) throws -> (AppRuntime, HeadlessTerminal) {
        let fixture = try AppFixture(language: language)
        let (runtime, terminal) = try fixture.runtime(width: w, height: h)
        runtime.team = team
        return (runtime, terminal)
    }

    static func fixedLink(_ asked: Asked = Asked()) -> TeamLink {
        TeamLink(report: { period, _ in
            asked.add(period.key)
            return TeamScreenTests.report
        }, sync: { _, _ in TeamSync.Outcome.counted() }, syncEvery: nil)
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (80, 24)])
    func rollUpSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal) = try runtime(language, size.0, size.1, team: TeamScreenTests.fixedLink())
        runtime.press(terminal, .char("T"))
        runtime.waitForTeam()
        let screen = runtime.render()
        let text = screen.lines().joined(separator: "\n")
        for name in ["boss", "rep_alice", "王小明"] { #expect(text.contains(name)) }
        // The same words as the console's table: its title and its first figure column.
        let table = TeamReportTable(TeamScreenTests.report, language: language)
        #expect(text.contains(String(table.title.prefix(8))))
        #expect(text.contains(table.rows[1][1]))
        if let problem = Snapshot.mismatch(screen, named: "team-\(language.rawValue)-\(size.0)x\(size.1)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func periodsSwitchAndColumnsScroll() throws {
        let asked = Asked()
        let (runtime, terminal) = try runtime(.en, 80, 24, team: TeamScreenTests.fixedLink(asked))
        runtime.press(terminal, .char("T"))
        runtime.waitForTeam()
        runtime.press(terminal, .char("["))
        runtime.waitForTeam()
        runtime.press(terminal, .tab)
        runtime.waitForTeam()
        runtime.press(terminal, .char("]"), .tab, .char("2"), .char("t"))
        runtime.waitForTeam()
        #expect(asked.all == ["2026-W48", "2026-W47", "2026-11", "2026-12", "2026-Q4", "2026-W48", "2026-W48"])
        // The columns that do not fit scroll sideways; the person column stays.
        let before = runtime.render().lines()[2]
        runtime.press(terminal, .char("l"), .char("l"), .char("l"), .char("l"), .char("l"))
        let after = runtime.render().lines()
        #expect(after[2].hasPrefix(" boss"))
        #expect(after[1] != runtime.render().lines()[0])
        #expect(before != after[2])
        #expect(after[1].contains("losing touch"))
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .home)
    }

    @Test func notJoinedIsOneSentence() throws {
        let (runtime, terminal) = try runtime(.en, 80, 24, team: nil)
        runtime.press(terminal, .char("T"))
        let text = runtime.render().lines().joined(separator: "\n")
        #expect(text.contains("has not joined a team"))
        #expect(text.contains("mustdo team join"))
    }

    @Test func loadingThenUnreachableWhileKeysWork() throws {
        let gate = DispatchSemaphore(value: 0)
        let link = TeamLink(report: { _, _ in
            gate.wait()
            throw TeamError(.teamUnreachable, ["server": "rep@127.0.0.1:1/team", "reason": "Connection refused"], exitCode: 69)
        }, sync: { _, _ in TeamSync.Outcome.counted() }, syncEvery: nil)
        let (runtime, terminal) = try runtime(.en, 80, 24, team: link)
        runtime.press(terminal, .char("T"))
        #expect(runtime.render().lines().joined().contains("Loading the team report"))
        // The screen answers keys while the server keeps it waiting: help opens and closes.
        runtime.press(terminal, .char("?"))
        #expect(runtime.state.mode == .help)
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .team)
        gate.signal()
        runtime.waitForTeam()
        let text = runtime.render().lines().joined(separator: "\n")
        #expect(text.contains("Cannot reach the team server"))
    }

    @Test func backgroundSyncNeverHoldsUpKeys() throws {
        let gate = DispatchSemaphore(value: 0)
        let link = TeamLink(report: { _, _ in TeamScreenTests.report }, sync: { _, _ in
            gate.wait()
            throw TeamError(.teamUnreachable, ["server": "rep@127.0.0.1:1/team", "reason": "Connection refused"], exitCode: 69)
        }, syncEvery: 3600)
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try fixture.runtime(width: 100, height: 30)
        runtime.team = link
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.teamSync?.running == true)
        #expect(runtime.render().lines().last?.contains("syncing…") == true)
        // While the sync waits on the server, a key checks an item: committed and shown at once.
        let item = try #require(runtime.state.selectedItem(in: .day)?.occurrence)
        runtime.press(terminal, .char(" "))
        let after = try #require(runtime.state.occurrence(id: item.id))
        #expect(after.state != item.state)
        #expect(try fixture.database.occurrence(id: item.id, today: AppFixture.today)?.state == after.state)
        gate.signal()
        runtime.waitForTeam()
        #expect(runtime.state.teamSync?.problem == "server unreachable")
        let footer = runtime.render().lines().last ?? ""
        #expect(footer.contains("sync: server unreachable"))
        #expect(runtime.state.message?.text.contains("Cannot reach the team server") == true)
    }

    @Test func syncedTimeAndConflictMark() throws {
        let link = TeamLink(report: { _, _ in TeamScreenTests.report }, sync: { _, _ in
            TeamSync.Outcome.counted(pulled: 3, conflicts: 2)
        }, syncEvery: 3600)
        let fixture = try AppFixture(language: .zh)
        let (runtime, _) = try fixture.runtime(width: 100, height: 30)
        runtime.team = link
        runtime.step(timeoutMilliseconds: 0)
        runtime.waitForTeam()
        let footer = runtime.render().lines().last ?? ""
        #expect(footer.contains("已同步 "))
        #expect(footer.contains("2 处冲突"))
        #expect(runtime.state.message?.text.contains("mustdo sync --conflicts") == true)
        // Not again before the interval.
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.teamSync?.running == false)
    }

    @Test func syncEveryIsValidated() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/config.toml"
        for (value, seconds) in [("\"5m\"", 300), ("\"2s\"", 2), ("\"1h\"", 3600)] {
            try "[team]\nsync-every = \(value)\n".write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try TeamSettings.syncEvery(configPath: path) == seconds)
        }
        for value in ["\"5x\"", "\"0m\"", "\"25h\"", "5", "\"m\""] {
            try "[team]\nsync-every = \(value)\n".write(toFile: path, atomically: true, encoding: .utf8)
            do {
                _ = try TeamSettings.syncEvery(configPath: path)
                Issue.record("\(value) was taken")
            } catch let e as TeamError {
                #expect(e.exitCode == 78)
                #expect(e.message(.en).contains("sync-every"))
                #expect(e.message(.zh).contains("sync-every"))
            }
        }
        try "language = \"en\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try TeamSettings.syncEvery(configPath: path) == nil)
    }
}
