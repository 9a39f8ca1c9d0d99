import Testing
@testable import MustDoCore

/// One reader of what a TOML line sets, shared by error lines and the config editor (issue 9, hygiene).
@Suite struct TOMLLineTests {
    @Test func readsBareQuotedAndDottedKeys() {
        #expect(TOMLLine.keyPath(of: "week_start = \"monday\"") == ["week_start"])
        #expect(TOMLLine.keyPath(of: "  theme=\"x\"  # c") == ["theme"])
        #expect(TOMLLine.keyPath(of: "\"2026-10-01\" = \"国庆节\"") == ["2026-10-01"])
        #expect(TOMLLine.keyPath(of: "keys.home.toggle = \"x\"") == ["keys", "home", "toggle"])
        #expect(TOMLLine.keyPath(of: "a . \"b c\" = 1") == ["a", "b c"])
        for line in ["# week_start = 1", "", "[keys.home]", "[[routine]]", "week_start", "= 1", "\"open = 1"] {
            #expect(TOMLLine.keyPath(of: line) == nil, "\(line)")
        }
    }

    @Test func theLineFinderAndTheEditorAgree() throws {
        let text = "# week_start = \"sunday\"\nlanguage = \"en\"\nweek_start = \"monday\"\n[keys.home]\nweek_start = \"x\"\n"
        let src = try TOMLSource(text: text, file: "c.toml") { _, p in .invalidArgument(p) }
        #expect(src.line(of: "week_start", inTable: nil) == 3)
        #expect(ConfigFileEditor.keyOf("week_start = \"monday\"") == "week_start")
        #expect(ConfigFileEditor.keyOf("keys.home = 1") == nil)
        let edited = ConfigFileEditor.update(text, with: [("week_start", "\"sunday\"")])
        #expect(edited == "# week_start = \"sunday\"\nlanguage = \"en\"\nweek_start = \"sunday\"\n[keys.home]\nweek_start = \"x\"\n")
    }
}
