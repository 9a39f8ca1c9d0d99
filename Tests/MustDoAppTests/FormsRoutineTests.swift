import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The routine form (issue 9, item 10): month-in-period errors name the real problem, Chinese weekday names are
/// accepted, Enter saves as the footer says, and the "fields need fixing" line goes once the routine is saved.
@Suite struct FormsRoutineTests {
    func open(_ language: Language = .en) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        let fixture = try AppFixture(language: language)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        terminal.enqueue(.char("2"), .char("R"))
        run(runtime, terminal)
        return (runtime, terminal, fixture)
    }

    func run(_ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
    }

    /// The routine form open on the view stack, if any.
    func openForm(_ runtime: AppRuntime) -> RoutineForm? { runtime.state.view(RoutineFormView.self)?.form }

    func form(period: PeriodKind, _ fields: [RoutineForm.Field: String], language: Language = .en) -> RoutineForm {
        var f = RoutineForm(routine: nil, period: period, language: language)
        for (field, text) in fields { f.values[field.rawValue] = LineEditor(text: text) }
        return f
    }

    @Test func aWeeklyRoutineWithAMonthInPeriodIsToldItHasNone() {
        var f = form(period: .week, [.title: "Weekly report", .due: "fri", .dueMonth: "2"])
        #expect(f.validate(language: .en, today: AppFixture.today, takenIDs: []) == nil)
        #expect(f.problems == [.dueMonth: "a week routine has no month in its period: leave this empty"])
        var zh = form(period: .week, [.title: "周报", .due: "周五", .dueMonth: "2"], language: .zh)
        #expect(zh.validate(language: .zh, today: AppFixture.today, takenIDs: []) == nil)
        #expect(zh.problems == [.dueMonth: "每周必做事项没有“周期内第几月”:请留空"])
        // A month out of a quarter's range names the range of that period, in the month field.
        var q = form(period: .quarter, [.title: "Quarter review", .due: "last-workday", .dueMonth: "5"])
        #expect(q.validate(language: .en, today: AppFixture.today, takenIDs: []) == nil)
        #expect(q.problems == [.dueMonth: "use a month 1–3 of the quarter, or leave it empty for the last month"])
        var ok = form(period: .quarter, [.title: "Quarter review", .due: "15", .dueMonth: "2"])
        #expect(ok.validate(language: .en, today: AppFixture.today, takenIDs: [])?.due == .dayOfMonth(15, month: 2))
    }

    @Test func chineseWeekdayNamesAreAcceptedInTheFormAndInDueRules() {
        for name in ["周五", "星期五", "礼拜五"] {
            #expect(Weekday(name: name) == .friday, "\(name)")
            #expect(DueRule(text: name) == .weekday(.friday), "\(name)")
            var f = form(period: .week, [.title: "拜访张总", .due: name], language: .zh)
            #expect(f.validate(language: .zh, today: AppFixture.today, takenIDs: [])?.due == .weekday(.friday), "\(name): \(f.problems)")
        }
        for (name, day) in [("周日", Weekday.sunday), ("星期天", .sunday), ("礼拜天", .sunday), ("周一", .monday), ("星期六", .saturday)] {
            #expect(Weekday(name: name) == day, "\(name)")
        }
        #expect(Weekday(name: "周八") == nil && Weekday(name: "周") == nil && Weekday(name: "星期五五") == nil)
    }

    @Test func aDueRuleThatIsNotOneIsExplainedInTheUILanguage() {
        var f = form(period: .week, [.title: "周报", .due: "fortnight"], language: .zh)
        #expect(f.validate(language: .zh, today: AppFixture.today, takenIDs: []) == nil)
        #expect(f.problems[.due] == "“fortnight”不是截止规则:请用 周一…周日(或 mon…sun)、1–31、last-day 或 last-workday")
        var daily = form(period: .day, [.title: "日报", .due: "15"], language: .zh)
        #expect(daily.validate(language: .zh, today: AppFixture.today, takenIDs: []) == nil)
        #expect(daily.problems[.due] == "每日事项没有截止规则")
    }

    @Test func enterSavesFromAnyFieldAsTheFooterSays() throws {
        let (runtime, terminal, fixture) = try open()
        terminal.enqueue(.char("a"))
        terminal.type("Call the Lin family")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        #expect(runtime.state.mode == .routines, "Enter on the title field saves the routine")
        #expect(try fixture.database.routines(period: .week).contains { $0.title == "Call the Lin family" })
        let footer = runtime.render().lines().last ?? ""
        #expect(footer.contains("Saved the routine 'Call the Lin family'."))
    }

    @Test func theFieldsNeedFixingLineGoesAfterASave() throws {
        let (runtime, terminal, fixture) = try open(.zh)
        terminal.enqueue(.char("a"), .tab, .tab)
        terminal.type("周8")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        #expect(runtime.state.mode == .routineForm && openForm(runtime)?.focused == .title)
        #expect(runtime.state.message?.text == "有字段需要修改,未保存:见各字段下方的提示。")
        #expect(openForm(runtime)?.problems[.title] == "标题不能为空" && openForm(runtime)?.problems[.due] != nil)
        terminal.type("周报")
        terminal.enqueue(.tab, .tab, .ctrl("u"))
        terminal.type("周五")
        terminal.enqueue(.enter)
        run(runtime, terminal)
        #expect(runtime.state.mode == .routines)
        #expect(try fixture.database.routines(period: .week).first { $0.title == "周报" }?.due == .weekday(.friday))
        let screen = runtime.render().description
        #expect(!screen.contains("有字段需要修改"), "the failure line is gone after the save")
        #expect(screen.contains("已保存例行事项“周报”。"))
    }
}
