import Testing
@testable import MustDoCore

/// Text is stored exactly as given or refused with a sentence (issue 15, item 9).
@Suite struct InputTextTests {
    @Test func nulAndInvalidUTF8AreRefusedNotTruncatedOrReplaced() throws {
        #expect(throws: MustDoError.textRefused(what: "--plan -", problem: .nul)) { try InputText.decode(Array("a\u{0}b".utf8), what: "--plan -") }
        #expect(throws: MustDoError.textRefused(what: "--review -", problem: .notUTF8)) { try InputText.decode([0x61, 0xFF], what: "--review -") }
        #expect(try InputText.decode(Array("计划\n".utf8), what: "--plan -") == "计划\n")
    }

    @Test func anArgumentThatIsNotUTF8IsNamedWithItsBadBytes() throws {
        #expect(throws: MustDoError.textRefused(what: "db\\xFF.sqlite", problem: .notUTF8Argument)) {
            try InputText.checkArguments([Array("today".utf8), Array("db".utf8) + [0xFF] + Array(".sqlite".utf8)])
        }
        try InputText.checkArguments([Array("--db".utf8), Array("客户.sqlite".utf8)])
        #expect(MustDoError.textRefused(what: "x", problem: .notUTF8Argument).exitCode == 64)
    }

    @Test func anEnvironmentPathThatIsNotUTF8IsRefused() throws {
        #expect(throws: MustDoError.textRefused(what: "MUSTDO_DB=a\\xFF", problem: .notUTF8Environment)) {
            try InputText.checkEnvironment([Array("LANG=C".utf8), Array("MUSTDO_DB=a".utf8) + [0xFF]], names: ["MUSTDO_DB"])
        }
        try InputText.checkEnvironment([Array("OTHER=a".utf8) + [0xFF]], names: ["MUSTDO_DB"])
    }

    @Test func standardInputIsReadForOneOptionOnly() throws {
        #expect(throws: MustDoError.textRefused(what: "--plan - --review", problem: .twoStandardInputs)) {
            try InputText.checkOneStandardInput([("--plan", "-"), ("--review", "-")])
        }
        try InputText.checkOneStandardInput([("--plan", "-"), ("--review", "done")])
        let message = MustDoError.textRefused(what: "--plan - --review", problem: .twoStandardInputs).message(.en)
        #expect(message.contains("--plan - --review -") && message.contains("nothing was saved"))
    }
}
