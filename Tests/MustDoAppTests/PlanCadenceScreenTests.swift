import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// Morning planning (`p`) with the contact cadence and the greet list (issue 12): who is losing touch (coloured by how
/// far past the interval), who has no next step, and who to greet, each cut at `[plan] per_section` with the command for
/// the rest; and the customer list's overdue column and `L` filter.
@Suite struct PlanCadenceScreenTests {
    /// Five key customers created 2026-10-01 and contacted at different times, one with a birthday in two days and
    /// one with a pending promise (a next step).
    static func seed(_ db: AppDatabase) throws {
        let today = ReviewFixture.today
        func add(_ name: String, _ fields: [(CustomerField, String)]) throws -> Customer {
            var c = Customer(name: name)
            for (f, v) in fields { try c.set(f, v, today: today) }
            return try db.addCustomer(c, prefix: "KH-2026-", now: "2026-10-01T09:00:00")
        }
        let now = "2026-11-26T08:00:00"
        for (name, last) in [("张三", "2026-11-24 10:00"), ("李四", "2026-11-16 10:00"), ("王五", "2026-11-10 10:00"), ("赵六", "2026-10-20 10:00")] {
            let c = try add(name, [(.tier, "key"), (.status, "customer")])
            try db.logVisit(Visit(kind: .call, at: LocalDateTime(parsing: last)!, customerID: c.id, goal: VisitGoal("check in"), result: "fine"), now: now)
        }
        let birthday = try add("Li Wei", [(.tier, "general"), (.birthday, "1985-11-28")])
        try db.addPromise(Promise(direction: .ours, customerID: birthday.id, what: "send samples", due: LocalDate(parsing: "2026-12-20")!,
                                  madeOn: LocalDate(parsing: "2026-11-20")!), now: now)
    }

    func runtime(_ language: Language, _ w: Int, _ h: Int, perSection: Int = 10) throws -> AppRuntime {
        let fixture = try ReviewFixture(language: language)
        try PlanCadenceScreenTests.seed(fixture.database)
        let clock = Clock(fixedToday: ReviewFixture.today)
        var state = try AppRuntime.initialState(database: fixture.database, engine: fixture.engine, clock: clock, language: language,
                                                width: w, height: h, ascii: false)
        state.settings.plan.perSection = perSection
        return AppRuntime(terminal: HeadlessTerminal(width: w, height: h), database: fixture.database, engine: fixture.engine, clock: clock,
                          keymap: .home, theme: .fallback, state: state)
    }

    @Test(arguments: [Language.en, .zh], [(120, 40), (80, 24)])
    func planningShowsLosingTouchNoNextStepAndTheGreetList(language: Language, size: (Int, Int)) throws {
        let runtime = try runtime(language, size.0, size.1, perSection: 2)
        runtime.dispatch(.command(.planning))
        if size.0 < 100 { for _ in 0..<2 { runtime.dispatch(.command(.pageDown)) } }
        let screen = runtime.render()
        let text = screen.lines().joined(separator: "\n")
        if size.0 >= 100 {
            #expect(text.contains(language == .en ? "Losing touch (4)" : "快要失联(4)"))
            #expect(text.contains("KH-2026-0004 赵六"), "the most overdue first")
            #expect(text.contains(language == .en ? "and 2 more: mustdo cadence --losing-touch" : "另有 2 条:mustdo cadence --losing-touch"))
            #expect(text.contains(language == .en ? "No next step (4)" : "没有下一步(4)"))
            #expect(text.contains("Li Wei"), "the birthday in the greet list")
        }
        if let problem = Snapshot.mismatch(screen, named: "plan-cadence-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func losingTouchLinesAreColouredByHowFarPastTheInterval() throws {
        let runtime = try runtime(.en, 120, 40)
        runtime.dispatch(.command(.planning))
        let buf = runtime.render()
        let lines = buf.lines()
        let theme = Theme.fallback
        func style(of needle: String) -> Style? {
            guard let y = lines.firstIndex(where: { $0.contains(needle) && $0.contains("overdue") }) else { return nil }
            let x = DisplayWidth.of(String(lines[y][..<lines[y].range(of: needle)!.lowerBound]))
            return buf[x, y].style
        }
        // 赵六: 37 days since, 30 past 7 (long); 王五: 16 since, 9 past (one to two intervals); 李四: 10 since, 3 past (slight).
        #expect(style(of: "赵六") == theme.style(.itemMissed))
        #expect(style(of: "王五") == theme.style(.itemOverdue))
        #expect(style(of: "李四") == theme.style(.due))
    }

    @Test func theCustomerListShowsDaysOverdueAndLFiltersToLosingTouchMostOverdueFirst() throws {
        let runtime = try runtime(.en, 120, 40)
        runtime.dispatch(.command(.customersScreen))
        var lines = runtime.render().lines()
        #expect(lines[1].contains("Overdue"))
        #expect(lines.contains { $0.contains("赵六") && $0.contains("30 d") })
        runtime.dispatch(.command(.filterLosingTouch))
        let view = runtime.state.view(CustomerListView.self)!
        #expect(view.shownRows.map(\.name) == ["赵六", "Li Wei", "王五", "李四"], "Li Wei: never contacted, 56 days since the card, 26 past 30")
        lines = runtime.render().lines()
        #expect(lines[0].contains("losing touch"))
        runtime.dispatch(.command(.back))
        #expect(runtime.state.view(CustomerListView.self)!.shownRows.count == 5, "Esc clears the filter first")
    }
}
