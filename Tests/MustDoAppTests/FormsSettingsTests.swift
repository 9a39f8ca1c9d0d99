import Foundation
import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The settings form (issue 9, item 8) and a second instance picking up changed settings (item 13).
@Suite struct FormsSettingsTests {
    /// A runtime whose settings form knows the themes `default` and `gruvbox`, writing `config`.
    func open(_ fixture: AppFixture, config: String, language: Language) throws -> (AppRuntime, HeadlessTerminal) {
        let terminal = HeadlessTerminal(width: 120, height: 40)
        var state = try fixture.state(width: 120, height: 40)
        state.availableThemes = ["default", "gruvbox"]
        state.language = language
        let runtime = AppRuntime(terminal: terminal, database: fixture.database, engine: fixture.engine, clock: fixture.clock,
                                 keymap: .home, theme: Theme.fallback, state: state)
        runtime.configPath = config
        return (runtime, terminal)
    }

    func run(_ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
    }

    /// The settings form open on the view stack, if any.
    func openForm(_ runtime: AppRuntime) -> SettingsForm? { runtime.state.view(SettingsView.self)?.form }

    func form(_ values: [SettingsForm.Field: String]) -> SettingsForm {
        var f = SettingsForm(settings: Settings(), language: .en, theme: "default")
        for (field, text) in values { f.values[field.rawValue] = LineEditor(text: text) }
        return f
    }

    @Test func everyFieldIsCheckedAndEachBadOneIsExplainedInTheUILanguage() {
        let f = form([.fiscalStartMonth: "13", .theme: "solarised", .workdays: "mon tue funday", .planOnFirstStart: "maybe"])
        #expect(f.validate(availableThemes: ["default", "gruvbox"], language: .zh) == [
            .fiscalStartMonth: "请填 1–12 的月份数字(4 = 财年从四月开始)",
            .theme: "没有名为“solarised”的主题:请用其中之一:default, gruvbox",
            .workdays: "“funday”不是星期几:请用 周一 … 周日(或 mon … sun)",
            .planOnFirstStart: "请填 true 或 false(或 是 / 否)",
        ])
        #expect(f.validate(availableThemes: ["default", "gruvbox"], language: .en)[.theme] == "there is no theme 'solarised': use one of default, gruvbox")
        #expect(form([.theme: "Gruvbox", .weekStart: "周日", .workdays: "周一 周二 周三"]).validate(availableThemes: ["default", "gruvbox"], language: .en).isEmpty)
    }

    @Test func anUnknownThemeKeepsTheFormOpenWithEveryValueAndSavesNothing() throws {
        let dir = TemporaryDirectory()
        let config = dir.file("config.toml")
        let original = "# mine\nweek_start = \"monday\"\n"
        try original.write(toFile: config, atomically: true, encoding: .utf8)
        let fixture = try AppFixture(language: .zh)
        let (runtime, terminal) = try open(fixture, config: config, language: .zh)
        terminal.enqueue(.char("S"), .ctrl("u"))
        terminal.type("sunday")
        terminal.enqueue(.tab, .ctrl("u"))
        terminal.type("4")
        for _ in 0..<4 { terminal.enqueue(.tab) }
        terminal.enqueue(.ctrl("u"))
        terminal.type("solarised")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .settings, "the form stays open")
        #expect(openForm(runtime)?.focused == .theme)
        #expect(openForm(runtime)?.values[SettingsForm.Field.weekStart.rawValue].text == "sunday")
        #expect(openForm(runtime)?.values[SettingsForm.Field.fiscalStartMonth.rawValue].text == "4")
        #expect(try String(contentsOfFile: config, encoding: .utf8) == original, "nothing is saved")
        let screen = runtime.render().description
        #expect(screen.contains("没有名为“solarised”的主题"))
        #expect(!screen.contains("--theme") && !screen.contains("no theme"), "no flag and no English in the Chinese form")
        // Fixing the theme saves every value at once.
        terminal.enqueue(.ctrl("u"))
        terminal.type("gruvbox")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        let saved = try String(contentsOfFile: config, encoding: .utf8)
        #expect(saved.contains("week_start = \"sunday\"") && saved.contains("fiscal_start_month = 4"), "\(saved)")
    }

    @Test func fiscalMonth13IsExplainedInChineseOnTheScreen() throws {
        let dir = TemporaryDirectory()
        let config = dir.file("config.toml")
        let fixture = try AppFixture(language: .zh)
        let (runtime, terminal) = try open(fixture, config: config, language: .zh)
        terminal.enqueue(.char("S"), .tab, .ctrl("u"))
        terminal.type("13")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .settings)
        #expect(openForm(runtime)?.problems == [.fiscalStartMonth: "请填 1–12 的月份数字(4 = 财年从四月开始)"])
        #expect(runtime.render().description.contains("请填 1–12 的月份数字"))
        #expect(!FileManager.default.fileExists(atPath: config))
    }

    @Test func anotherInstanceTakesTheNewWeekStartAndKeepsThisWeeksCheckedItems() throws {
        let dir = TemporaryDirectory()
        let config = dir.file("config.toml")
        try "week_start = \"monday\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let fixture = try AppFixture(language: .en)
        let (other, terminal) = try open(fixture, config: config, language: .en)
        run(other, terminal)
        other.step(timeoutMilliseconds: 0)
        let doneBefore = other.state.agenda.section(.week)!.items.filter { $0.occurrence.state == .done }.map(\.occurrence.routineID)
        #expect(!doneBefore.isEmpty)
        // The first instance saves Sunday weeks: the file changes and the database switches shape.
        try "week_start = \"sunday\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let sunday = ScheduleEngine(settings: CalendarSettings(weekStart: .sunday))
        try fixture.database.prepare(today: AppFixture.today, engine: sunday, now: "2026-11-26T10:00:00")
        other.step(timeoutMilliseconds: 0)
        let week = other.state.agenda.section(.week)!
        #expect(other.state.calendar.weekStart == .sunday)
        #expect(week.period.key == "2026-W48-sun")
        #expect(week.items.count == 20, "the whole week, not 1/1")
        #expect(week.items.filter { $0.occurrence.state == .done }.map(\.occurrence.routineID) == doneBefore, "this week's checked items stay visible")
        // A later action of this instance does not switch the shape back.
        try fixture.database.prepare(today: AppFixture.today, engine: other.engine, now: "2026-11-26T10:01:00")
        #expect(try fixture.database.agenda(today: AppFixture.today, engine: sunday).section(.week)!.items.count == 20)
    }

    @Test func savingWritesOnlyWhatTheUserChanged() throws {
        let dir = TemporaryDirectory()
        let config = dir.file("config.toml")
        try "fiscal_start_month = 1\n".write(toFile: config, atomically: true, encoding: .utf8)
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try open(fixture, config: config, language: .en)
        terminal.enqueue(.char("S"))
        run(runtime, terminal)
        // Meanwhile another instance moves the fiscal year start; this form still shows 1.
        try "fiscal_start_month = 4\n".write(toFile: config, atomically: true, encoding: .utf8)
        terminal.enqueue(.tab, .tab, .tab, .ctrl("u"))
        terminal.type("5")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        #expect(runtime.state.mode == .home)
        #expect(try String(contentsOfFile: config, encoding: .utf8) == "fiscal_start_month = 4\nday_start_hour = 5\n")
        #expect(runtime.state.calendar.fiscalStartMonth == 4 && runtime.state.calendar.dayStartHour == 5)
    }

    @Test func aSaveTheRuntimeCannotApplyKeepsTheFormOpenWithTheReasonOnItsFooter() throws {
        let dir = TemporaryDirectory()
        let fixture = try AppFixture(language: .en)
        // A theme that is installed but broken: the runtime's loader refuses it, nothing is written.
        let config = dir.file("config.toml")
        try "week_start = \"monday\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let (runtime, terminal) = try open(fixture, config: config, language: .en)
        runtime.themeProvider = { name in .failure(.invalidArgument("the theme '\(name)' has a broken colour on line 3")) }
        terminal.enqueue(.char("S"))
        for _ in 0..<5 { terminal.enqueue(.tab) }
        terminal.enqueue(.ctrl("u"))
        terminal.type("gruvbox")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        #expect(runtime.state.mode == .settings, "the form waits for the settings to be applied")
        #expect(openForm(runtime)?.values[SettingsForm.Field.theme.rawValue].text == "gruvbox", "the user's text stays")
        #expect(runtime.render().lines().last?.contains("the theme 'gruvbox' has a broken colour on line 3") == true)
        #expect(try String(contentsOfFile: config, encoding: .utf8) == "week_start = \"monday\"\n", "nothing is written")
        // A config file that cannot be used (its folder is a file): the reason is on the footer, the form stays open.
        let blocker = dir.file("blocker")
        try "not a folder".write(toFile: blocker, atomically: true, encoding: .utf8)
        runtime.configPath = blocker + "/config.toml"
        terminal.enqueue(.ctrl("u"))
        terminal.type("default")
        terminal.enqueue(.backTab, .backTab, .backTab, .backTab, .backTab, .ctrl("u"))
        terminal.type("sunday")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        #expect(runtime.state.mode == .settings)
        #expect(runtime.state.message?.isError == true)
        #expect(runtime.render().lines().last?.contains(blocker + "/config.toml") == true, "the footer names the file: \(runtime.render().lines().last ?? "")")
        #expect(runtime.state.calendar.weekStart == .monday, "nothing was applied")
        // Esc leaves without saving and clears the failure.
        terminal.enqueue(.escape)
        run(runtime, terminal)
        #expect(runtime.state.mode == .home && runtime.state.message == nil)
    }

    @Test func withoutUTF8AReloadedChineseSettingKeepsTheScreenInEnglish() throws {
        let dir = TemporaryDirectory()
        let config = dir.file("config.toml")
        try "language = \"en\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let fixture = try AppFixture(language: .en)
        let terminal = HeadlessTerminal(width: 80, height: 24)
        let state = try fixture.state(width: 80, height: 24, ascii: true)
        let runtime = AppRuntime(terminal: terminal, database: fixture.database, engine: fixture.engine, clock: fixture.clock,
                                 keymap: .home, theme: Theme.fallback, state: state)
        runtime.configPath = config
        try "language = \"zh\"\nday_start_hour = 3\n".write(toFile: config, atomically: true, encoding: .utf8)
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.calendar.dayStartHour == 3, "the changed file is taken")
        #expect(runtime.state.language == .en, "Chinese cannot be drawn in ASCII mode")
        #expect(runtime.state.message?.text == "\(config) was changed outside this screen; its settings are now in use.")
    }
}
