import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The visit form (`v`, issue 11): the customer picked by pinyin, the last goal as the default, each bad field
/// explained and nothing saved, one transaction per visit, and undo/redo with the global `u`/`U`.
@Suite struct VisitFormTests {
    func runtime(_ language: Language, _ w: Int = 80, _ h: Int = 24) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        let fixture = try AppFixture(language: language)
        try VisitScreenTests.seed(fixture.database)
        let terminal = HeadlessTerminal(width: w, height: h)
        let state = try AppRuntime.initialState(database: fixture.database, engine: fixture.engine, clock: fixture.clock, language: language,
                                                width: w, height: h, ascii: false)
        return (AppRuntime(terminal: terminal, database: fixture.database, engine: fixture.engine, clock: fixture.clock, keymap: .home,
                           theme: .fallback, state: state), terminal, fixture)
    }

    func press(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, _ keys: KeyEvent...) {
        for k in keys {
            terminal.enqueue(k)
            runtime.step(timeoutMilliseconds: 0)
        }
    }

    func type(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, _ text: String) {
        for ch in text { press(runtime, terminal, .char(ch)) }
    }

    /// Replaces the focused field's text.
    func replace(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, _ text: String) {
        press(runtime, terminal, .ctrl("u"))
        type(runtime, terminal, text)
    }

    func form(_ runtime: AppRuntime) throws -> VisitFormView { try #require(runtime.state.view(VisitFormView.self)) }

    @Test func logsAVisitPickedByPinyinWithTheLastGoalThenUndoAndRedo() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        let db = fixture.database
        #expect(try db.visits().count == 1)
        press(runtime, terminal, .char("v"))
        #expect(runtime.state.mode == .visitForm)
        type(runtime, terminal, "zs")
        #expect(try form(runtime).candidates().first?.name == "张三")
        press(runtime, terminal, .tab)
        // The goal defaults to the customer's last one.
        #expect(try form(runtime).form[.goal] == "谈叉车订单")
        replace(runtime, terminal, "2026-11-25 16:00")
        for _ in 0..<7 { press(runtime, terminal, .tab) }
        #expect(try form(runtime).focused == VisitDraft.Field.result.rawValue)
        type(runtime, terminal, "签了试用协议")
        press(runtime, terminal, .tab)
        type(runtime, terminal, "下采购单")
        press(runtime, terminal, .tab)
        type(runtime, terminal, "2026-12-10")
        press(runtime, terminal, .ctrl("s"))
        #expect(runtime.state.mode == .home)
        let visits = try db.visits()
        #expect(visits.count == 2)
        let logged = try #require(visits.first)
        #expect(logged.customerName == "张三" && logged.result == "签了试用协议" && logged.goal.text == "谈叉车订单")
        #expect(logged.commitment?.what == "下采购单" && logged.commitment?.by == LocalDate(parsing: "2026-12-10"))
        #expect(try db.promises(PromiseQuery(customerID: logged.customerID)).contains { $0.what == "下采购单" })
        // u removes the visit whole (its commitment too); U logs it again.
        press(runtime, terminal, .char("u"))
        #expect(try db.visits().count == 1)
        #expect(try !db.promises().contains { $0.what == "下采购单" })
        press(runtime, terminal, .char("U"))
        #expect(try db.visits().count == 2)
        #expect(try db.promises().contains { $0.what == "下采购单" })
        press(runtime, terminal, .char("u"))
        #expect(try db.visits().count == 1)
    }

    @Test(arguments: [Language.en, .zh])
    func refusesBadInputExplainingEachFieldAndSavesNothing(language: Language) throws {
        let (runtime, terminal, fixture) = try runtime(language)
        press(runtime, terminal, .char("v"))
        type(runtime, terminal, "nobody")
        press(runtime, terminal, .tab)
        replace(runtime, terminal, "2026-13-01 10:00")
        press(runtime, terminal, .tab)
        replace(runtime, terminal, "lunch?")
        // Goal and result left empty; a date for the customer's action without the action; a place without a time.
        let f = try form(runtime)
        var jump = f.focused
        while jump < VisitDraft.Field.commitBy.rawValue { press(runtime, terminal, .tab); jump += 1 }
        type(runtime, terminal, "2026-12-01")
        while jump < VisitDraft.Field.nextPlace.rawValue { press(runtime, terminal, .tab); jump += 1 }
        type(runtime, terminal, "华兴仓库")
        press(runtime, terminal, .ctrl("s"))
        let after = try form(runtime)
        #expect(runtime.state.mode == .visitForm)
        #expect(Set(after.problems.keys) == [.customer, .at, .kind, .goal, .result, .commitBy, .nextPlace])
        #expect(after.problems[.customer] == language.text(.vscrCustomerNoMatch, ["text": "nobody".quotedForMessage()]))
        #expect(after.problems[.commitBy] == language.text(.vscrByNeedsCommit))
        #expect(after.focused == VisitDraft.Field.customer.rawValue)
        #expect(try fixture.database.visits().count == 1)
        #expect(runtime.state.message?.isError == true)
        if let problem = Snapshot.mismatch(runtime.render(), named: "visit-form-problems-\(language.rawValue)-80x24") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func aVisitLaterThanNowIsRefusedNamingTheFormsField() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        press(runtime, terminal, .char("v"))
        type(runtime, terminal, "KH-2026-0002")
        press(runtime, terminal, .tab)
        replace(runtime, terminal, "2026-11-27 09:00")
        press(runtime, terminal, .tab, .tab)
        type(runtime, terminal, "intro")
        for _ in 0..<5 { press(runtime, terminal, .tab) }
        type(runtime, terminal, "ok")
        press(runtime, terminal, .ctrl("s"))
        let f = try form(runtime)
        #expect(f.problems.keys.map { $0 } == [.at])
        #expect(f.problems[.at] == Language.en.text(.modelsVisitInFuture, ["at": "2026-11-27 09:00", "now": f.now.description,
                                                                            "next": VisitDraft.Field.nextAt.label(.en)]))
        #expect(f.problems[.at]?.contains("--next") == false, "the screen has no --next option: the sentence names the field")
        #expect(try fixture.database.visits().count == 1)
    }

    /// Goes from the customer field to `field` with Tab.
    func tab(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, to field: VisitDraft.Field) throws {
        while try form(runtime).focused < field.rawValue { press(runtime, terminal, .tab) }
    }

    @Test func alsoCountsAsCountsTheLinkedRoutinesAndUndoTakesItBack() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        let db = fixture.database
        press(runtime, terminal, .char("v"))
        type(runtime, terminal, "zs")
        try tab(runtime, terminal, to: .result)
        type(runtime, terminal, "帮他联系了物流")
        try tab(runtime, terminal, to: .alsoCounts)
        #expect(runtime.render().lines().contains { $0.contains("帮忙、家访、祝福或慰问") }, "the field says what it accepts")
        // Chinese words, an English name and a repeat, separated by 、 and a comma.
        type(runtime, terminal, "帮忙、home-visit, 帮忙")
        press(runtime, terminal, .ctrl("s"))
        #expect(runtime.state.mode == .home)
        let logged = try #require(try db.visits().first)
        let counted = try db.itemsCounted(byVisit: logged.id)
        let favour = try #require(try db.routines().first { $0.id == "day-customer-favor" }).title
        let home = try #require(try db.routines().first { $0.id == "week-key-home-visit" }).title
        #expect(counted.contains { $0.hasPrefix(favour) }, "the favour item counts the visit: \(counted)")
        #expect(counted.contains { $0.hasPrefix(home) }, "the home-visit item counts the visit: \(counted)")
        press(runtime, terminal, .char("u"))
        #expect(try db.itemsCounted(byVisit: logged.id).isEmpty)
    }

    @Test(arguments: [Language.en, .zh])
    func alsoCountsRefusesAWordAVisitCannotCountAs(language: Language) throws {
        let (runtime, terminal, fixture) = try runtime(language)
        press(runtime, terminal, .char("v"))
        type(runtime, terminal, "zs")
        try tab(runtime, terminal, to: .result)
        type(runtime, terminal, "ok")
        try tab(runtime, terminal, to: .alsoCounts)
        type(runtime, terminal, "favour, new-customer")
        press(runtime, terminal, .ctrl("s"))
        let f = try form(runtime)
        #expect(runtime.state.mode == .visitForm)
        #expect(f.problems == [.alsoCounts: language.text(.vscrAlsoCountsInvalid, ["text": "new-customer".quotedForMessage()])])
        #expect(try fixture.database.visits().count == 1, "nothing saved")
    }

    @Test func vTypedIntoASearchIsText() throws {
        let (runtime, terminal, _) = try runtime(.en)
        press(runtime, terminal, .char("c"), .char("/"), .char("v"))
        #expect(runtime.state.mode == .customers)
        #expect(runtime.state.view(VisitFormView.self) == nil)
    }

    @Test func fromACardTheCustomerIsTypedIn() throws {
        let (runtime, terminal, _) = try runtime(.en)
        press(runtime, terminal, .char("c"), .enter, .char("v"))
        let f = try form(runtime)
        #expect(f.form[.customer] == "KH-2026-0001")
        #expect(f.candidates().map(\.name) == ["张三"])
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (80, 24)])
    func formSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        press(runtime, terminal, .char("v"))
        type(runtime, terminal, "zhang")
        press(runtime, terminal, .tab)
        replace(runtime, terminal, "2026-11-25 16:00")
        if let problem = Snapshot.mismatch(runtime.render(), named: "visit-form-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }
}
