import Testing
@testable import MustDoCore

@Suite struct RoutinePackTOMLWriterTests {
    func same(_ a: [Routine], _ b: [Routine]) -> Bool {
        a.map { [$0.id, $0.title, $0.period.rawValue, $0.due?.description ?? "-", $0.target.map(String.init) ?? "-", String($0.workdaysOnly),
                 $0.tags.joined(separator: "|"), $0.note ?? "-", $0.link?.rawValue ?? "-"] }
            == b.map { [$0.id, $0.title, $0.period.rawValue, $0.due?.description ?? "-", $0.target.map(String.init) ?? "-", String($0.workdaysOnly),
                        $0.tags.joined(separator: "|"), $0.note ?? "-", $0.link?.rawValue ?? "-"] }
    }

    @Test(arguments: [Language.zh, .en])
    func builtInPacksRoundTrip(language: Language) throws {
        let pack = try RoutinePack.builtIn(language)
        let text = pack.tomlText(header: ["exported"])
        let back = try RoutinePack(text: text, file: "export.toml")
        #expect(back.id == pack.id && back.language == language && back.name == pack.name)
        #expect(same(back.routines, pack.routines))
        #expect(back.routines.map(\.position) == pack.routines.map(\.position))
        // Writing again gives the same text.
        #expect(back.tomlText(header: ["exported"]) == text)
    }

    @Test func awkwardTextSurvives() throws {
        let day = LocalDate(parsing: "2026-11-23")!
        let routines = [
            Routine(id: "week-a", title: "Say \"hi\" \\ wave, 打招呼 👋🏽", period: .week, due: .weekday(.friday), tags: ["客户", "a b"],
                    note: "line 1\nline 2\ttab \u{1}", activeFrom: day),
            Routine(id: "quarter-b", title: "Q", period: .quarter, due: .lastWorkday(month: 2), target: 12, activeFrom: day),
            Routine(id: "year-c", title: "Y", period: .year, due: .dayOfMonth(15, month: 6), activeFrom: day),
            Routine(id: "month-d", title: "M", period: .month, due: .lastDay(month: nil), activeFrom: day, retiredOn: LocalDate(parsing: "2026-12-01")),
            Routine(id: "day-e", title: "D", period: .day, workdaysOnly: true, activeFrom: day),
        ]
        let pack = RoutinePack(id: "t", language: .zh, name: "名字 \"x\"", routines: routines)
        let text = pack.tomlText(includeDates: true)
        #expect(text.contains("due = \"last-workday\"\ndue_month = 2\n"))
        #expect(text.contains("retired_on = \"2026-12-01\""))
        let back = try RoutinePack(text: text, file: "t.toml")
        #expect(same(back.routines, routines))
        #expect(back.name == "名字 \"x\"")
        #expect(back.routines.map(\.activeFrom) == routines.map(\.activeFrom))
        #expect(back.routines.map(\.retiredOn) == routines.map(\.retiredOn))
        // Without dates, active_from is left out (whoever imports starts today).
        #expect(!pack.tomlText().contains("active_from"))
    }

    @Test func quoting() {
        #expect(TOMLWriter.quote("a\"b\\c\n\u{7F}") == "\"a\\\"b\\\\c\\n\\u007F\"")
        #expect(TOMLWriter.quote("中文") == "\"中文\"")
    }
}
