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
        try AppFixture.screen(language, width: w, height: h, seed: VisitScreenTests.seed)
    }

    /// Replaces the focused field's text.
    func replace(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, _ text: String) {
        runtime.press(terminal, .ctrl("u"))
        runtime.type(terminal, text)
    }

    func form(_ runtime: AppRuntime) throws -> VisitFormView { try #require(runtime.state.view(VisitFormView.self)) }

    @Test func logsAVisitPickedByPinyinWithTheLastGoalThenUndoAndRedo() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        let db = fixture.database
        #expect(try db.visits().count == 1)
        runtime.press(terminal, .char("v"))
        #expect(runtime.state.mode == .visitForm)
        runtime.type(terminal, "zs")
        #expect(try form(runtime).candidates().first?.name == "张三")
        runtime.press(terminal, .tab)
        // The goal defaults to the customer's last one.
        #expect(try form(runtime).form[.goal] == "谈叉车订单")
        replace(runtime, terminal, "2026-11-25 16:00")
        for _ in 0..<7 { runtime.press(terminal, .tab) }
        #expect(try form(runtime).focused == VisitDraft.Field.result.rawValue)
        runtime.type(terminal, "签了试用协议")
        runtime.press(terminal, .tab)
        runtime.type(terminal, "下采购单")
        runtime.press(terminal, .tab)
        runtime.type(terminal, "2026-12-10")
        runtime.press(terminal, .ctrl("s"))
        #expect(runtime.state.mode == .home)
        let visits = try db.visits()
        #expect(visits.count == 2)
        let logged = try #require(visits.first)
        #expect(logged.customerName == "张三" && logged.result == "签了试用协议" && logged.goal.text == "谈叉车订单")
        #expect(logged.commitment?.what == "下采购单" && logged.commitment?.by == LocalDate(parsing: "2026-12-10"))
        #expect(try db.promises(PromiseQuery(customerID: logged.customerID)).contains { $0.what == "下采购单" })
        // u removes the visit whole (its commitment too); U logs it again.
        runtime.press(terminal, .char("u"))
        #expect(try db.visits().count == 1)
        #expect(try !db.promises().contains { $0.what == "下采购单" })
        runtime.press(terminal, .char("U"))
        #expect(try db.visits().count == 2)
        #expect(try db.promises().contains { $0.what == "下采购单" })
        runtime.press(terminal, .char("u"))
        #expect(try db.visits().count == 1)
    }

    @Test(arguments: [Language.en, .zh])
    func refusesBadInputExplainingEachFieldAndSavesNothing(language: Language) throws {
        let (runtime, terminal, fixture) = try runtime(language)
        runtime.press(terminal, .char("v"))
        runtime.type(terminal, "nobody")
        runtime.press(terminal, .tab)
        replace(runtime, terminal, "2026-13-01 10:00")
        runtime.press(terminal, .tab)
        replace(runtime, terminal, "lunch?")
        // Goal and result left empty; a date for the customer's action without the action; a place without a time.
        let f = try form(runtime)
        var jump = f.focused
        while jump < VisitDraft.Field.commitBy.rawValue { runtime.press(terminal, .tab); jump += 1 }
        runtime.type(terminal, "2026-12-01")
        while jump < VisitDraft.Field.nextPlace.rawValue { runtime.press(terminal, .tab); jump += 1 }
        runtime.type(terminal, "华兴仓库")
        runtime.press(terminal, .ctrl("s"))
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
        runtime.press(terminal, .char("v"))
        runtime.type(terminal, "KH-2026-0002")
        runtime.press(terminal, .tab)
        replace(runtime, terminal, "2026-11-27 09:00")
        runtime.press(terminal, .tab, .tab)
        runtime.type(terminal, "intro")
        for _ in 0..<5 { runtime.press(terminal, .tab) }
        runtime.type(terminal, "ok")
        runtime.press(terminal, .ctrl("s"))
        let f = try form(runtime)
        #expect(f.problems.keys.map { $0 } == [.at])
        #expect(f.problems[.at] == Language.en.text(.modelsVisitInFuture, ["at": "2026-11-27 09:00", "now": f.now.description,
                                                                            "next": VisitDraft.Field.nextAt.label(.en)]))
        #expect(f.problems[.at]?.contains("--next") == false, "the screen has no --next option: the sentence names the field")
        #expect(try fixture.database.visits().count == 1)
    }

    /// Goes from the customer field to `field` with Tab.
    func tab(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, to field: VisitDraft.Field) throws {
        while try form(runtime).focused < field.rawValue { runtime.press(terminal, .tab) }
    }

    @Test func alsoCountsAsCountsTheLinkedRoutinesAndUndoTakesItBack() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        let db = fixture.database
        runtime.press(terminal, .char("v"))
        runtime.type(terminal, "zs")
        try tab(runtime, terminal, to: .result)
        runtime.type(terminal, "帮他联系了物流")
        try tab(runtime, terminal, to: .alsoCounts)
        #expect(runtime.render().lines().contains { $0.contains("帮忙、家访、祝福或慰问") }, "the field says what it accepts")
        // Chinese words, an English name and a repeat, separated by 、 and a comma.
        runtime.type(terminal, "帮忙、home-visit, 帮忙")
        runtime.press(terminal, .ctrl("s"))
        #expect(runtime.state.mode == .home)
        let logged = try #require(try db.visits().first)
        let counted = try db.itemsCounted(byVisit: logged.id)
        let favour = try #require(try db.routines().first { $0.id == "day-customer-favor" }).title
        let home = try #require(try db.routines().first { $0.id == "week-key-home-visit" }).title
        #expect(counted.contains { $0.hasPrefix(favour) }, "the favour item counts the visit: \(counted)")
        #expect(counted.contains { $0.hasPrefix(home) }, "the home-visit item counts the visit: \(counted)")
        runtime.press(terminal, .char("u"))
        #expect(try db.itemsCounted(byVisit: logged.id).isEmpty)
    }

    @Test(arguments: [Language.en, .zh])
    func alsoCountsRefusesAWordAVisitCannotCountAs(language: Language) throws {
        let (runtime, terminal, fixture) = try runtime(language)
        runtime.press(terminal, .char("v"))
        runtime.type(terminal, "zs")
        try tab(runtime, terminal, to: .result)
        runtime.type(terminal, "ok")
        try tab(runtime, terminal, to: .alsoCounts)
        runtime.type(terminal, "favour, new-customer")
        runtime.press(terminal, .ctrl("s"))
        let f = try form(runtime)
        #expect(runtime.state.mode == .visitForm)
        #expect(f.problems == [.alsoCounts: language.text(.vscrAlsoCountsInvalid, ["text": "new-customer".quotedForMessage()])])
        #expect(try fixture.database.visits().count == 1, "nothing saved")
    }

    @Test func vTypedIntoASearchIsText() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("c"), .char("/"), .char("v"))
        #expect(runtime.state.mode == .customers)
        #expect(runtime.state.view(VisitFormView.self) == nil)
    }

    @Test func fromACardTheCustomerIsTypedIn() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("c"), .enter, .char("v"))
        let f = try form(runtime)
        #expect(f.form[.customer] == "KH-2026-0001")
        #expect(f.candidates().map(\.name) == ["张三"])
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (80, 24)])
    func formSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("v"))
        runtime.type(terminal, "zhang")
        runtime.press(terminal, .tab)
        replace(runtime, terminal, "2026-11-25 16:00")
        if let problem = Snapshot.mismatch(runtime.render(), named: "visit-form-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }
}
