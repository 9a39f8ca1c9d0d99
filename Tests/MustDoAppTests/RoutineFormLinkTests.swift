import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The routine form's Counts field: a kind of activity links the routine (target 1 when none is given), `none` or an
/// empty field unlinks it, anything else is one clause in the user's language under the field and nothing is saved.
@Suite struct RoutineFormLinkTests {
    func form(_ fields: [RoutineForm.Field: String], language: Language = .en) -> RoutineForm {
        var f = RoutineForm(routine: nil, period: .day, language: language)
        for (field, text) in fields { f.values[field.rawValue] = LineEditor(text: text) }
        return f
    }

    @Test func aKindLinksTheRoutineWithATargetOfOne() throws {
        var f = form([.title: "Call a customer", .period: "day", .link: "message"])
        let saved = f.validate(language: .en, today: AppFixture.today, takenIDs: [])
        let r = try #require(saved)
        #expect(r.link == .call && r.target == 1)
        var zh = form([.title: "家访", .period: "week", .link: "家访", .target: "2"], language: .zh)
        let savedZh = zh.validate(language: .zh, today: AppFixture.today, takenIDs: [])
        let w = try #require(savedZh)
        #expect(w.link == .homeVisit && w.target == 2)
    }

    @Test func anOpenedLinkedRoutineShowsItsLinkAndNoneRemovesIt() throws {
        let linked = Routine(id: "day-call", title: "Call", period: .day, activeFrom: AppFixture.today, link: .call)
        var f = RoutineForm(routine: linked, period: .day, language: .en)
        #expect(f.values[RoutineForm.Field.link.rawValue].text == "call")
        f.values[RoutineForm.Field.link.rawValue] = LineEditor(text: "none")
        let saved = f.validate(language: .en, today: AppFixture.today, takenIDs: [])
        let r = try #require(saved)
        #expect(r.link == nil && r.target == 1, "the target stays as it was")
    }

    @Test(arguments: [Language.en, .zh])
    func anUnknownKindIsOneClauseUnderTheField(language: Language) {
        var f = form([.title: "Lunch", .period: "day", .link: "lunch"], language: language)
        #expect(f.validate(language: language, today: AppFixture.today, takenIDs: []) == nil)
        let problem = f.problems[.link] ?? ""
        #expect(f.problems.count == 1 && problem.contains("lunch") && problem.contains("home-visit") && !problem.contains("\n"))
        #expect(language == .en ? problem.hasPrefix("\"lunch\"") || problem.hasPrefix("lunch") : problem.contains("不是活动类别"))
        #expect(!RoutineForm.hint(.link, language).isEmpty && !RoutineForm.label(.link, language).isEmpty)
    }
}
