import Testing
@testable import MustDoCore

@Suite struct RoutinePackTests {
    @Test(arguments: [Language.zh, .en])
    func builtInPacksHoldTheWholeReference(language: Language) throws {
        let pack = try RoutinePack.builtIn(language)
        #expect(pack.language == language)
        let counts = PeriodKind.allCases.map { k in pack.routines.filter { $0.period == k }.count }
        #expect(counts == [27, 19, 17, 12, 12, 12])
        #expect(Set(pack.routines.map(\.id)).count == 99)
    }

    @Test func bothLanguagesShareIdsAndRules() throws {
        let zh = try RoutinePack.builtIn(.zh), en = try RoutinePack.builtIn(.en)
        #expect(zh.routines.map(\.id) == en.routines.map(\.id))
        #expect(zh.routines.map(\.due) == en.routines.map(\.due))
        #expect(zh.routines.map(\.workdaysOnly) == en.routines.map(\.workdaysOnly))
        #expect(zh.routines.first?.title == "早上用十分钟鼓舞自己,增强自信")
        #expect(en.routines.first(where: { $0.id.hasPrefix("week-") })?.title == "Attend the learning and promotion meeting")
    }

    @Test func errorsNameLineAndField() {
        let text = """
        [pack]
        id = "t"

        [[routine]]
        id = "day-a"
        period = "day"
        title = "A"

        [[routine]]
        id = "week-b"
        period = "fortnight"
        title = "B"
        """
        #expect(throws: MustDoError.packInvalid(file: "t.toml", line: 11, field: "period", problem: "'fortnight' is not one of day, week, month, quarter, half, year")) {
            try RoutinePack(text: text, file: "t.toml")
        }
        let dup = "[[routine]]\nid = \"day-a\"\nperiod = \"day\"\ntitle = \"A\"\n[[routine]]\nid = \"day-a\"\nperiod = \"day\"\ntitle = \"B\"\n"
        #expect(throws: MustDoError.packInvalid(file: "d.toml", line: 6, field: "id", problem: "'day-a' appears twice")) {
            try RoutinePack(text: dup, file: "d.toml")
        }
        do {
            _ = try RoutinePack(text: "[[routine]\nid = 1", file: "s.toml")
            Issue.record("a syntax error must throw")
        } catch let MustDoError.packInvalid(file, line, _, _) {
            #expect(file == "s.toml")
            #expect(line == 1)
        } catch { Issue.record("unexpected \(error)") }
        #expect(throws: MustDoError.self) {
            try RoutinePack(text: "[[routine]]\nid = \"week-a\"\nperiod = \"week\"\ntitle = \"A\"\ndue = \"last-day\"\n", file: "w.toml")
        }
    }
}
