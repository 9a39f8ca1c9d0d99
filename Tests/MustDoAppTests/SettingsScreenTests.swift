import Foundation
import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The settings screen (S): validated like config.toml, saved with comments kept, applied at once.
@Suite struct SettingsScreenTests {
    @Test func configEditorKeepsCommentsAndTables() {
        let text = "# my settings\nweek_start = \"monday\"  # ISO\n\n[keys.home]\ntoggle = \"x\"\n"
        let out = ConfigFileEditor.update(text, with: [("week_start", "\"sunday\""), ("fiscal_start_month", "4")])
        #expect(out == "# my settings\nweek_start = \"sunday\"  # ISO\nfiscal_start_month = 4\n\n[keys.home]\ntoggle = \"x\"\n")
        #expect(ConfigFileEditor.update("", with: [("language", "\"zh\"")]) == "language = \"zh\"\n")
    }

    @Test func savingChangesTheWeekStartAndKeepsTheRestOfTheFile() throws {
        let dir = TemporaryDirectory()
        let config = dir.file("config/config.toml")
        try FileManager.default.createDirectory(atPath: dir.file("config"), withIntermediateDirectories: true)
        try "# keep me\nweek_start = \"monday\"\n[keys.home]\ntoggle = [\"x\", \"space\"]\n".write(toFile: config, atomically: true, encoding: .utf8)
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        runtime.configPath = config
        terminal.enqueue(.char("S"))
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.mode == .settings)
        if let problem = Snapshot.mismatch(runtime.render(), named: "settings-en-120x40") { Issue.record(Comment(rawValue: problem)) }
        // A bad value is explained and nothing is written.
        terminal.enqueue(.ctrl("u"))
        terminal.type("tuesday")
        terminal.enqueue(.ctrl("s"))
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
        #expect(runtime.state.view(SettingsView.self)!.form.problem?.field == .weekStart)
        #expect(try String(contentsOfFile: config, encoding: .utf8).contains("week_start = \"monday\""))
        terminal.enqueue(.ctrl("u"))
        terminal.type("sunday")
        terminal.enqueue(.ctrl("s"))
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
        #expect(runtime.state.mode == .home)
        let saved = try String(contentsOfFile: config, encoding: .utf8)
        #expect(saved.hasPrefix("# keep me\nweek_start = \"sunday\"\n"))
        #expect(saved.contains("[keys.home]\ntoggle = [\"x\", \"space\"]"))
        #expect(try Settings.load(path: config).calendar.weekStart == .sunday)
        #expect(runtime.state.agenda.section(.week)?.period.key == "2026-W48-sun")
        #expect(runtime.state.message?.text == "Settings saved to config.toml.")
    }
}
