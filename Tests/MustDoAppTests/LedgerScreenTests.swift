import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The ledger (`o`, issue 11): promises overdue, due this week and later, appointments to tell about; kept, broken,
/// renegotiated and told from the keyboard, each one transaction, undone and redone with `u`/`U`; snapshots zh/en.
@Suite struct LedgerScreenTests {
    /// The visit fixture, plus an overdue payment, a later rebate and an appointment that cannot be kept.
    static func seed(_ db: AppDatabase) throws {
        try VisitScreenTests.seed(db)
        let li = try #require(try db.customers(CustomerQuery()).first { $0.name == "李四" })
        let now = "2026-11-20T09:00:00"
        try db.addPromise(Promise(direction: .theirs, kind: .payment, customerID: li.id, what: "付尾款", due: LocalDate(parsing: "2026-11-22")!,
                                  credibility: .low, madeOn: LocalDate(parsing: "2026-11-20")!), now: now)
        try db.addPromise(Promise(direction: .ours, kind: .rebate, customerID: li.id, what: "年度返利", due: LocalDate(parsing: "2027-03-31")!,
                                  conditions: "满 100 万返 2%", inWriting: true, madeOn: LocalDate(parsing: "2026-11-20")!), now: now)
        let a = try db.addAppointment(Appointment(customerID: li.id, at: LocalDateTime(parsing: "2026-11-28 10:00")!, place: "长城大厦", about: "演示"),
                                      now: now)
        try db.setAppointment(id: a.id, state: .cannotKeep, reason: "出差", now: now)
    }

    func runtime(_ language: Language, _ w: Int = 80, _ h: Int = 24) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        try AppFixture.screen(language, width: w, height: h, seed: LedgerScreenTests.seed)
    }

    func selectedPromise(_ runtime: AppRuntime) throws -> Promise {
        let view = try #require(runtime.state.view(LedgerView.self))
        guard case .promise(let p)? = view.selected(runtime.state) else { Issue.record("no promise selected"); throw CancellationError() }
        return p
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (80, 24)])
    func ledgerSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("o"))
        #expect(runtime.state.mode == .ledger)
        if let problem = Snapshot.mismatch(runtime.render(), named: "ledger-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func sectionsOverdueThisWeekLaterThenToTell() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("o"))
        let view = try #require(runtime.state.view(LedgerView.self))
        let p = view.presentation(runtime.state)
        #expect(p.sections.map(\.heading) == ["Overdue (1)", "Due this week (1)", "Later (2)", "Appointments the customer must be told about (1)"])
        // The visit's commitment (签试用协议, due 11-28) is due this week; the renegotiated payment (12-05) later.
        #expect(p.sections[1].items.map(\.text).contains { $0.contains("签试用协议") })
    }

    @Test func keepThenUndoThenRedo() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        runtime.press(terminal, .char("o"))
        let p = try selectedPromise(runtime)
        #expect(p.what == "付尾款")
        runtime.press(terminal, .char("x"))
        #expect(try fixture.database.promise(id: p.id).state == .kept)
        #expect(!runtime.state.view(LedgerView.self)!.promises.contains { $0.id == p.id })
        runtime.press(terminal, .char("u"))
        let back = try fixture.database.promise(id: p.id)
        #expect(back.state == .open && !back.history.contains { $0.action == .kept })
        #expect(runtime.state.view(LedgerView.self)!.promises.contains { $0.id == p.id })
        runtime.press(terminal, .char("U"))
        #expect(try fixture.database.promise(id: p.id).state == .kept)
    }

    @Test func breakAndRenegotiateWithABadThenAGoodDate() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        runtime.press(terminal, .char("o"))
        let overdue = try selectedPromise(runtime)
        runtime.press(terminal, .char("b"))
        #expect(try fixture.database.promise(id: overdue.id).state == .broken)
        let next = try selectedPromise(runtime)
        runtime.press(terminal, .char("r"))
        for ch in "2026-02-30" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .enter)
        #expect(runtime.state.message?.isError == true)
        #expect(try fixture.database.promise(id: next.id).due == next.due)
        runtime.press(terminal, .ctrl("u"))
        for ch in "2026-12-20" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .enter)
        let moved = try fixture.database.promise(id: next.id)
        #expect(moved.state == .renegotiated && moved.due == LocalDate(parsing: "2026-12-20"))
        #expect(moved.history.contains { $0.action == .renegotiated && $0.oldDue == next.due })
    }

    @Test func toldIsRecordedForTheAppointment() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        runtime.press(terminal, .char("o"), .char("G"), .char("t"))
        let a = try #require(try fixture.database.appointments(from: nil, to: nil).first { $0.place == "长城大厦" })
        #expect(a.toldAt != nil)
        runtime.press(terminal, .char("u"))
        #expect(try fixture.database.appointment(id: a.id).toldAt == nil)
    }

    @Test func directionFilterAndAnotherProcessesChangeShowsUp() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        runtime.press(terminal, .char("o"), .char("d"))
        let view = try #require(runtime.state.view(LedgerView.self))
        #expect(view.presentation(runtime.state).items.allSatisfy { if case .promise(let p) = $0 { return p.direction == .ours } else { return true } })
        // Live refresh: when the poll notices an outside change (it reloads the agenda), the ledger reloads too.
        let rebate = try #require(try fixture.database.promises(.pending).first { $0.what == "年度返利" })
        try fixture.database.settlePromise(id: rebate.id, as: .kept, now: "2026-11-26T10:00:00")
        #expect(runtime.state.view(LedgerView.self)!.promises.contains { $0.id == rebate.id })
        runtime.dispatch(.agendaLoaded(runtime.state.agenda))
        #expect(!runtime.state.view(LedgerView.self)!.promises.contains { $0.id == rebate.id })
    }

    @Test func addAPromiseExplainsBadFieldsThenSavesAndUndoRemovesIt() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        let before = try fixture.database.promises().count
        runtime.press(terminal, .char("o"), .char("a"))
        #expect(runtime.state.view(PromiseFormView.self) != nil)
        // Nothing typed: the customer, whose promise, what and the date are each explained; nothing saved.
        runtime.press(terminal, .ctrl("s"))
        let refused = try #require(runtime.state.view(PromiseFormView.self))
        #expect(Set(refused.problems.keys) == [0, 1, 3, 4])
        #expect(try fixture.database.promises().count == before)
        for ch in "ls" { runtime.press(terminal, .char(ch)) }
        #expect(runtime.state.view(PromiseFormView.self)!.candidates().first?.name == "李四")
        runtime.press(terminal, .tab)
        for ch in "我方" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab, .tab)
        for ch in "送货上门" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab)
        for ch in "2026-12-01" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .ctrl("s"))
        #expect(runtime.state.mode == .ledger)
        let added = try #require(try fixture.database.promises().first { $0.what == "送货上门" })
        #expect(added.direction == .ours && added.due == LocalDate(parsing: "2026-12-01") && added.customerName == "李四")
        #expect(runtime.state.view(LedgerView.self)!.promises.contains { $0.id == added.id })
        runtime.press(terminal, .char("u"))
        #expect(try !fixture.database.promises().contains { $0.what == "送货上门" })
        runtime.press(terminal, .char("U"))
        #expect(try fixture.database.promises().contains { $0.what == "送货上门" })
    }

    /// The add form has the console's "in writing" and reminder days (`promise add --written --remind N`): each bad
    /// value explained at its field in the catalog's words, naming the field and not a console option.
    @Test(arguments: [Language.zh, .en])
    func addFormTakesInWritingAndReminderDays(language: Language) throws {
        let (runtime, terminal, fixture) = try runtime(language)
        runtime.press(terminal, .char("o"), .char("a"))
        for ch in "ls" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab)
        for ch in PromiseDirection.ours.label(language) { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab, .tab)
        for ch in "annual rebate" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab)
        for ch in "2026-12-20" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab, .tab, .tab, .tab)
        #expect(runtime.state.view(PromiseFormView.self)!.focused == PromiseDraft.Field.written.rawValue)
        #expect(runtime.state.view(PromiseFormView.self)!.editor.text == language.text(.custAnswerNo), "not in writing unless said")
        let screen = runtime.render().lines().joined(separator: "\n")
        #expect(screen.contains(PromiseDraft.Field.written.label(language)) && screen.contains(PromiseDraft.Field.remind.label(language)))
        for _ in 0..<4 { runtime.press(terminal, .backspace) }
        for ch in "maybe" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab)
        for ch in "400" { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .ctrl("s"))
        let refused = try #require(runtime.state.view(PromiseFormView.self))
        #expect(Set(refused.problems.keys) == [PromiseDraft.Field.written.rawValue, PromiseDraft.Field.remind.rawValue])
        #expect(refused.problems[PromiseDraft.Field.written.rawValue] == language.text(.modelsWrittenInvalid, ["field": PromiseDraft.Field.written.label(language), "text": "maybe".quotedForMessage()]))
        #expect(refused.problems[PromiseDraft.Field.remind.rawValue]?.contains(PromiseDraft.Field.remind.label(language)) == true)
        #expect(!refused.problems.values.contains { $0.contains("--") })
        #expect(try !fixture.database.promises().contains { $0.what == "annual rebate" }, "nothing saved")
        // Fixed: in writing, reminded 10 days before (the refusal put the cursor on the first bad field).
        #expect(refused.focused == PromiseDraft.Field.written.rawValue)
        for _ in 0..<5 { runtime.press(terminal, .backspace) }
        for ch in language.text(.custAnswerYes) { runtime.press(terminal, .char(ch)) }
        runtime.press(terminal, .tab)
        for _ in 0..<3 { runtime.press(terminal, .backspace) }
        for ch in "10" { runtime.press(terminal, .char(ch)) }
        #expect(runtime.state.view(PromiseFormView.self)!.focused == PromiseDraft.Field.remind.rawValue)
        runtime.press(terminal, .ctrl("s"))
        #expect(runtime.state.mode == .ledger, "\(runtime.state.view(PromiseFormView.self)?.problems ?? [:])")
        let added = try #require(try fixture.database.promises().first { $0.what == "annual rebate" })
        #expect(added.inWriting && added.remindDays == 10 && added.direction == .ours)
    }

    /// A required field left empty is explained in the screen's words: the field to fill in, not "after the option".
    @Test func emptyFieldsNameTheFieldNotAConsoleOption() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("o"), .char("a"), .ctrl("s"))
        let refused = try #require(runtime.state.view(PromiseFormView.self))
        #expect(refused.problems[PromiseDraft.Field.what.rawValue] == "What is empty: fill it in.")
        #expect(!refused.problems.values.contains { $0.contains("--") || $0.contains("option") })
    }
}
