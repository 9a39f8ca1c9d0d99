import Testing
@testable import MustDoCore

@Suite struct SettingsTests {
    @Test func readsEverySetting() throws {
        let s = try Settings(text: """
        week_start = "sunday"
        fiscal_start_month = 4
        day_start_hour = 4
        workdays = ["mon", "tue", "wed", "thu", "fri", "sat"]
        language = "zh"
        theme = "light"
        plan_on_first_start = false
        holidays = ["2026-10-01"]
        extra_workdays = ["2026-10-10"]
        [keys.home]
        toggle = ["x", "space"]
        """, file: "c.toml")
        #expect(s.calendar.weekStart == .sunday)
        #expect(s.calendar.fiscalStartMonth == 4)
        #expect(s.calendar.dayStartHour == 4)
        #expect(s.calendar.workdays.count == 6)
        #expect(s.language == .zh)
        #expect(s.theme == "light")
        #expect(!s.planOnFirstStart)
        #expect(s.calendar.isWorkday(LocalDate(parsing: "2026-10-10")!))
        #expect(!s.calendar.isWorkday(LocalDate(parsing: "2026-10-01")!))
        #expect(s.keys["home"]?["toggle"] == ["x", "space"])
    }

    @Test func problemsNameFileLineAndKey() {
        #expect(throws: MustDoError.configInvalid(file: "c.toml", line: 3, key: "week_start", problem: "use \"monday\", \"sunday\" or \"saturday\"")) {
            try Settings(text: "# comment\nlanguage = \"en\"\nweek_start = \"tuesday\"\n", file: "c.toml")
        }
        #expect(throws: MustDoError.configInvalid(file: "c.toml", line: 2, key: "day_start_hour", problem: "use an hour 0–23")) {
            try Settings(text: "\nday_start_hour = 25\n", file: "c.toml")
        }
        do {
            _ = try Settings(text: "week_strat = \"monday\"\n", file: "c.toml")
            Issue.record("unknown key must throw")
        } catch let MustDoError.configInvalid(_, line, key, _) {
            #expect(line == 1 && key == "week_strat")
        } catch { Issue.record("\(error)") }
    }

    @Test func missingFileGivesDefaults() throws {
        let s = try Settings.load(path: "/nonexistent/mustdo/config.toml")
        #expect(s.calendar == .standard)
    }
}
