import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The week review and morning planning screens: snapshots at 120x40 and 80x24 in both languages, and their keys.
@Suite struct WeekPlanScreenTests {
    func runtime(_ language: Language, _ w: Int, _ h: Int) throws -> (AppRuntime, HeadlessTerminal, ReviewFixture) {
        let fixture = try ReviewFixture(language: language)
        let terminal = HeadlessTerminal(width: w, height: h)
        let clock = Clock(fixedToday: ReviewFixture.today)
        let state = try AppRuntime.initialState(database: fixture.database, engine: fixture.engine, clock: clock, language: language,
                                                width: w, height: h, ascii: false)
        return (AppRuntime(terminal: terminal, database: fixture.database, engine: fixture.engine, clock: clock, keymap: .home,
                           theme: .fallback, state: state), terminal, fixture)
    }

    @Test(arguments: [Language.en, .zh], [(120, 40), (80, 24)])
    func weekReviewSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, _, _) = try runtime(language, size.0, size.1)
        runtime.dispatch(.command(.weekReview))
        let screen = runtime.render()
        if let problem = Snapshot.mismatch(screen, named: "week-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: [Language.en, .zh], [(120, 40), (80, 24)])
    func planningSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, _, _) = try runtime(language, size.0, size.1)
        runtime.dispatch(.command(.planning))
        let screen = runtime.render()
        if let problem = Snapshot.mismatch(screen, named: "plan-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func weekGridShowsEveryKindOfMarkAndBrowsesBack() throws {
        let (runtime, terminal, fixture) = try runtime(.en, 120, 40)
        terminal.enqueue(.char("w"))
        runtime.step(timeoutMilliseconds: 0)
        let review = try #require(runtime.state.view(WeekView.self)?.review)
        #expect(review.week.key == "2026-W48")
        let marks = Set(review.rows.flatMap(\.marks))
        #expect(marks.isSuperset(of: [.done, .missed, .skipped, .open, .none]))
        #expect(review.rows[0].currentStreak == 18 && review.rows[0].longestStreak == 18, "done every day since 11-09, today included")
        terminal.enqueue(.char("["))
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.view(WeekView.self)?.review?.week.key == "2026-W47")
        #expect(terminal.screenLines()[0].contains("Week review 2026-W47"))
        // Correct a past cell: the fourth routine on Thursday 11-19 was missed; check it from the grid.
        #expect(runtime.state.view(WeekView.self)!.column == 3, "the review opens on today's weekday")
        terminal.enqueue(.char("j"), .char("j"), .char("j"), .char(" "))
        for _ in 0..<4 { runtime.step(timeoutMilliseconds: 0) }
        let row = runtime.state.view(WeekView.self)!.review!.rows[3]
        #expect(row.marks[3] == .done)
        let id = try #require(row.occurrenceIDs[3])
        #expect(try fixture.database.occurrence(id: id, today: ReviewFixture.today)?.state == .done)
        terminal.enqueue(.char("t"), .escape)
        runtime.step(timeoutMilliseconds: 0)
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.mode == .home)
    }

    @Test func planningCarriesOverFocusesAndEditsThePlan() throws {
        let (runtime, terminal, fixture) = try runtime(.en, 120, 40)
        terminal.enqueue(.char("p"))
        runtime.step(timeoutMilliseconds: 0)
        let plan = try #require(runtime.state.view(PlanView.self)?.plan)
        #expect(!plan.leftovers.isEmpty)
        #expect(plan.yesterdayReview == "Forgot to call Ms. Li back")
        #expect(plan.focus.count == 1)
        // Carry the first leftover over: a one-off for today appears in the Daily list.
        let leftover = plan.leftovers[0]
        terminal.enqueue(.char("c"))
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.agenda.section(.day)!.items.contains { $0.occurrence.isTask && $0.occurrence.title == leftover.title })
        // Focus the first of today's items (cursor moves past the leftovers).
        let todayIndex = runtime.state.view(PlanView.self)!.entries.firstIndex { $0.section == .today }!
        for _ in 0..<todayIndex { terminal.enqueue(.char("j")) }
        terminal.enqueue(.char("f"))
        for _ in 0...todayIndex { runtime.step(timeoutMilliseconds: 0) }
        #expect(runtime.state.agenda.focus.count == 2)
        // Edit today's plan in the multi-line editor, Chinese included, and save with Esc.
        terminal.enqueue(.char("e"))
        runtime.step(timeoutMilliseconds: 0)
        terminal.type("上午:王经理")
        terminal.enqueue(.enter)
        terminal.type("PM: outlets")
        terminal.enqueue(.backspace, .escape)
        for _ in 0..<20 { runtime.step(timeoutMilliseconds: 0) }
        #expect(try fixture.database.journal("2026-11-26").plan == "上午:王经理\nPM: outlet")
        #expect(runtime.state.mode == .plan)
        terminal.enqueue(.enter)
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.mode == .home)
        // Focus items come first in the Daily pane.
        let first = runtime.state.items(of: .day).first!.occurrence.id
        #expect(runtime.state.agenda.focus.contains(first))
    }

    @Test func oneOffTasksAreAddedFromHomeAndCarryOver() throws {
        let (runtime, terminal, fixture) = try runtime(.zh, 120, 40)
        terminal.enqueue(.char("a"))
        terminal.type("给王先生回电话")
        terminal.enqueue(.enter)
        for _ in 0..<10 { runtime.step(timeoutMilliseconds: 0) }
        let task = try #require(runtime.state.agenda.section(.day)!.items.first { $0.occurrence.title == "给王先生回电话" })
        #expect(task.occurrence.isTask && task.ref > 0)
        // Still there tomorrow while open.
        let tomorrow = ReviewFixture.today.adding(days: 1)
        try fixture.database.prepare(today: tomorrow, engine: fixture.engine, now: "x")
        #expect(try fixture.database.agenda(today: tomorrow, engine: fixture.engine).section(.day)!.items.contains { $0.occurrence.id == task.occurrence.id })
        try fixture.database.apply(.check, to: task.occurrence.id, now: "\(tomorrow)T10:00:00")
        let dayAfter = tomorrow.adding(days: 1)
        try fixture.database.prepare(today: dayAfter, engine: fixture.engine, now: "x")
        #expect(!(try fixture.database.agenda(today: dayAfter, engine: fixture.engine).section(.day)!.items.contains { $0.occurrence.id == task.occurrence.id }))
    }

    @Test func journalReviewIsWrittenFromHome() throws {
        let (runtime, terminal, fixture) = try runtime(.en, 120, 40)
        terminal.enqueue(.char("r"))
        terminal.type("Route was fine")
        terminal.enqueue(.ctrl("s"))
        for _ in 0..<20 { runtime.step(timeoutMilliseconds: 0) }
        #expect(try fixture.database.journal("2026-11-26").review == "Route was fine")
        #expect(runtime.state.message?.text == "Journal saved.")
    }
}

extension WeekPlanScreenTests {
    @Test func theFilterAlsoSearchesTheJournal() throws {
        let (runtime, terminal, _) = try runtime(.en, 120, 40)
        terminal.enqueue(.char("/"))
        terminal.type("route")
        terminal.enqueue(.enter)
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
        #expect(runtime.state.journalMatches.map(\.key) == ["2026-11-24"])
        #expect(runtime.state.message?.text.hasPrefix("Journal matches (1): 2026-11-24") == true)
        #expect(terminal.screenLines().last?.contains("Journal matches (1): 2026-11-24") == true)
    }
}
