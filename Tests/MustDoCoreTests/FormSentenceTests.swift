import Testing
@testable import MustDoCore

/// The screen's forms explain a bad field by the field's name: the console's sentences name options (`--by`,
/// `--next`, `--decision-date`) and say "after the option", which a form has none of.
@Suite struct FormSentenceTests {
    static let now = LocalDateTime(parsing: "2026-11-27 18:00")!

    @Test(arguments: [Language.en, .zh])
    func visitFormSentencesNameItsFields(language: Language) {
        var draft = VisitDraft(now: Self.now, customer: "1", language: language)
        draft[.at] = "2026-11-28 09:00"
        draft[.goal] = "g"
        draft[.result] = "r"
        draft[.commitWhat] = "sign"
        draft[.commitBy] = "2026-11-27"
        guard case .failure(let p) = draft.build(customerID: 1, now: Self.now, language: language) else {
            Issue.record("a visit later than now must be refused")
            return
        }
        let at = p.byField[.at] ?? "", by = p.byField[.commitBy] ?? ""
        #expect(at.contains(VisitDraft.Field.nextAt.label(language)) && by.contains(VisitDraft.Field.commitBy.label(language)), "\(at) / \(by)")
        var empty = VisitDraft(now: Self.now, customer: "1", language: language)
        empty[.goal] = ""
        guard case .failure(let q) = empty.build(customerID: 1, now: Self.now, language: language) else {
            Issue.record("a visit without a goal or a result must be refused")
            return
        }
        #expect(q.byField[.goal] == language.text(.modelsFieldEmpty, ["field": VisitDraft.Field.goal.label(language)]))
        for sentence in Array(p.byField.values) + Array(q.byField.values) {
            #expect(!sentence.contains("--"), "\(sentence)")
        }
    }

    @Test func consoleSentencesBecomeFieldSentences() {
        let bad = MustDoError.invalidInput(.custBadDate, ["option": "--decision-date", "text": "x"])
        #expect(bad.message(.en).hasPrefix("--decision-date"))
        #expect(bad.formMessage(.en, field: "Decision date") == "Decision date 'x' is not a date: write a real date as YYYY-MM-DD, e.g. 2026-12-15.")
        #expect(MustDoError.invalidDate("soon", source: "--by").formMessage(.zh, field: "期限").contains("期限"))
        #expect(!MustDoError.invalidInput(.custNameEmpty, [:]).formMessage(.en, field: "Name").contains("--"))
        #expect(MustDoError.invalidInput(.custLostNeedsReason, [:]).formMessage(.zh, field: "原因") == Language.zh.text(.custScreenLostNeedsReason))
    }
}
