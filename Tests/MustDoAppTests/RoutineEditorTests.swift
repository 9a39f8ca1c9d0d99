import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The routine editor (R): add, edit, retire, restore and reorder through keys, with invalid input explained on the field.
@Suite struct RoutineEditorTests {
    func open(_ language: Language = .en) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        let fixture = try AppFixture(language: language)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        terminal.enqueue(.char("2"), .char("R"))
        runtime.step(timeoutMilliseconds: 0)
        runtime.step(timeoutMilliseconds: 0)
        return (runtime, terminal, fixture)
    }

    func run(_ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
    }

    @Test func addingARoutineShowsItInTheCurrentPeriod() throws {
        let (runtime, terminal, fixture) = try open()
        #expect(runtime.state.mode == .routines && runtime.state.view(RoutineEditorView.self)!.period == .week)
        terminal.enqueue(.char("a"))
        terminal.type("Visit Mr. Zhang's shop")
        terminal.enqueue(.tab, .tab)
        terminal.type("thu")
        terminal.enqueue(.tab, .tab)
        terminal.type("3")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .routines)
        let r = try #require(try fixture.database.routines(period: .week).first { $0.title == "Visit Mr. Zhang's shop" })
        #expect(r.id == "week-visit-mr-zhang-s-shop" && r.due == .weekday(.thursday) && r.target == 3)
        let weekly = try fixture.database.agenda(today: AppFixture.today, engine: fixture.engine).section(.week)!.items
        #expect(weekly.last?.occurrence.routineID == r.id, "a new routine appears in the current period, last in order")
        #expect(runtime.state.agenda.section(.week)!.items.contains { $0.occurrence.routineID == r.id })
        if let problem = Snapshot.mismatch(runtime.render(), named: "routines-en-120x40") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func invalidFieldsAreExplainedAndNothingIsSaved() throws {
        let (runtime, terminal, fixture) = try open(.zh)
        let before = try fixture.database.routines().count
        terminal.enqueue(.char("a"))
        terminal.type("每周拜访张总")
        terminal.enqueue(.tab, .ctrl("u"))
        terminal.type("fortnight")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .routineForm)
        #expect(runtime.state.view(RoutineFormView.self)!.form.problems[.period] != nil && runtime.state.view(RoutineFormView.self)!.form.focused == .period)
        #expect(try fixture.database.routines().count == before)
        if let problem = Snapshot.mismatch(runtime.render(), named: "routine-form-zh-120x40") { Issue.record(Comment(rawValue: problem)) }
        terminal.enqueue(.ctrl("u"))
        terminal.type("week")
        terminal.enqueue(.tab)
        terminal.type("fri@2")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(runtime.state.view(RoutineFormView.self)!.form.problems[.due] != nil, "a weekly rule cannot name a month")
        terminal.enqueue(.ctrl("u"))
        terminal.type("fri")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .routines)
        #expect(try fixture.database.routines().contains { $0.title == "每周拜访张总" && $0.id == "week-1" })
    }

    @Test func editRetireRestoreAndReorder() throws {
        let (runtime, terminal, fixture) = try open()
        let first = runtime.state.view(RoutineEditorView.self)!.visible[0]
        // Edit the title: the current occurrence follows, last week's keeps the old title.
        terminal.enqueue(.char("e"), .ctrl("u"))
        terminal.type("Renamed weekly item")
        terminal.enqueue(.ctrl("s"))
        run(runtime, terminal)
        #expect(try fixture.database.occurrences(periodKey: "2026-W48", today: AppFixture.today).first { $0.routineID == first.id }?.title == "Renamed weekly item")
        #expect(try fixture.database.occurrences(periodKey: "2026-W47", today: AppFixture.today).first { $0.routineID == first.id }?.title == first.title)
        // Move it down one place.
        terminal.enqueue(.char("J"))
        run(runtime, terminal)
        #expect(try fixture.database.routines(period: .week)[1].id == first.id)
        #expect(runtime.state.view(RoutineEditorView.self)!.cursor == 1)
        // Retire asks first; n keeps it, y retires it.
        terminal.enqueue(.char("d"), .char("n"))
        run(runtime, terminal)
        #expect(try fixture.database.routines().first { $0.id == first.id }?.retiredOn == nil)
        terminal.enqueue(.char("d"), .char("y"))
        run(runtime, terminal)
        #expect(try fixture.database.routines().first { $0.id == first.id }?.retiredOn == AppFixture.today)
        #expect(!runtime.state.view(RoutineEditorView.self)!.visible.contains { $0.id == first.id }, "retired routines are hidden by default")
        terminal.enqueue(.char("."))
        run(runtime, terminal)
        let index = try #require(runtime.state.view(RoutineEditorView.self)!.visible.firstIndex { $0.id == first.id })
        for _ in 0..<40 { terminal.enqueue(.char("k")) }
        for _ in 0..<index { terminal.enqueue(.char("j")) }
        terminal.enqueue(.char("r"))
        run(runtime, terminal)
        #expect(try fixture.database.routines().first { $0.id == first.id }?.retiredOn == nil)
        terminal.enqueue(.escape)
        run(runtime, terminal)
        #expect(runtime.state.mode == .home)
    }
}
