import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The view stack, the inherited key tables and quitting from every view.
@Suite struct ViewStackTests {
    func run(_ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        while !terminal.pendingEvents.isEmpty && !runtime.state.shouldQuit { runtime.step(timeoutMilliseconds: 0) }
    }

    @Test func aClickInHelpOpenedFromTheWeekReviewReturnsToTheWeekReview() throws {
        let (runtime, terminal) = try AppFixture(language: .en).runtime(width: 120, height: 40)
        terminal.enqueue(.char("w"), .char("?"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .help)
        terminal.enqueue(.mouse(MouseEvent(x: 5, y: 5, kind: .press, button: 1)))
        run(runtime, terminal)
        #expect(runtime.state.mode == .week)
        #expect(terminal.screenLines().contains { $0.contains("Week review") })
    }

    @Test func escReturnsToTheViewBelowAndTheHomeViewStays() throws {
        let (runtime, terminal) = try AppFixture(language: .en).runtime(width: 120, height: 40)
        terminal.enqueue(.char("p"), .char("a"))
        run(runtime, terminal)
        #expect(runtime.state.mode == .input(.newTask))
        #expect(terminal.screenLines().contains { $0.contains("Morning planning") }, "planning is drawn behind its prompt")
        terminal.enqueue(.escape)
        run(runtime, terminal)
        #expect(runtime.state.mode == .plan)
        terminal.enqueue(.escape, .escape, .escape)
        run(runtime, terminal)
        #expect(runtime.state.mode == .home && runtime.state.stack.count == 1)
    }

    /// Every view: a terminate event (a signal, a lost terminal) ends the program, and so does Ctrl-C as a key.
    @Test(arguments: [[], ["?"], ["w"], ["p"], ["r"], ["R"], ["R", "a"], ["R", "d"], ["S"], ["s"], ["n"], ["a"], ["/"]] as [[Character]])
    func terminateAndCtrlCEndTheProgramFromEveryView(_ keys: [Character]) throws {
        for ending in [KeyEvent.terminate, .ctrl("c")] {
            let (runtime, terminal) = try AppFixture(language: .en).runtime(width: 120, height: 40)
            terminal.enqueue(contentsOf: keys.map { .char($0) })
            run(runtime, terminal)
            let view = runtime.state.mode
            terminal.type("typed")
            terminal.enqueue(ending)
            run(runtime, terminal)
            #expect(runtime.state.shouldQuit, "\(view) did not end on \(ending)")
        }
    }

    @Test func aPromptsUnsavedTextIsKeptForTheClosingLine() throws {
        let (runtime, terminal) = try AppFixture(language: .en).runtime(width: 120, height: 40)
        terminal.enqueue(.char("n"))
        terminal.type("call back")
        terminal.enqueue(.terminate)
        run(runtime, terminal)
        #expect(runtime.state.shouldQuit)
        #expect(runtime.state.droppedDraft == "call back")
    }

    @Test func overridesApplyToEveryViewAndHintsFollowTheBinding() throws {
        let overrides: [String: [String: [String]]] = ["plan": ["carry-over": ["C"]], "home": ["toggle": ["x"]], "help": ["back": ["h"]],
                                                       "prompt": ["submit": ["C-j"]], "global": ["quit": ["Q"]]]
        let keys = try KeyTables().overridden(by: overrides, file: "config.toml", language: .en)
        #expect(keys.command(for: .char("C"), in: .plan) == .carryOver)
        #expect(keys.command(for: .char("c"), in: .plan) == nil)
        #expect(keys.command(for: .char("Q"), in: .week) == .quit, "the global table is inherited")
        #expect(keys.command(for: .char("q"), in: .home) == nil)
        #expect(keys.command(for: .char("Q"), in: .prompt) == nil, "a text view keeps only Ctrl-C from the global table")
        #expect(keys.command(for: .ctrl("c"), in: .prompt) == .interrupt)
        #expect(keys.label(for: .toggle, in: .home) == "x")
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        runtime.keys = keys
        terminal.enqueue(.char("p"))
        run(runtime, terminal)
        runtime.step(timeoutMilliseconds: 0)
        let screen = AppRuntime.render(runtime.state, theme: .fallback).lines().joined(separator: "\n")
        #expect(screen.contains("C carry over"), "the footer shows the rebound key")
        #expect(!screen.contains("c carry over"))
    }

    @Test func unknownViewsCommandsAndKeysAreConfigErrorsInTheUsersLanguage() throws {
        #expect(throws: MustDoError.self) { try KeyTables().overridden(by: ["nosuch": [:]], file: "c.toml", language: .zh) }
        do {
            _ = try KeyTables().overridden(by: ["week": ["carry-over": ["c"]]], file: "c.toml", language: .zh)
            Issue.record("carry-over is not a week command")
        } catch let e as MustDoError {
            #expect(e.message(.zh).contains("week 界面没有这个命令"))
        }
        do {
            _ = try KeyTables().overridden(by: ["home": ["toggle": ["nokey"]]], file: "c.toml", language: .en)
            Issue.record("nokey is not a key")
        } catch let e as MustDoError {
            #expect(e.message(.en).contains("'nokey' is not a key name"))
        }
    }

    @Test func keysDoNothingWhileTheTerminalIsTooSmallButQuitWorks() throws {
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        let id = runtime.state.selectedItem(in: .day)!.occurrence.id
        let before = try fixture.database.occurrence(id: id, today: AppFixture.today)!.state
        terminal.resize(width: 30, height: 8)
        terminal.enqueue(.char(" "), .char("s"), .char("w"))
        run(runtime, terminal)
        #expect(try fixture.database.occurrence(id: id, today: AppFixture.today)!.state == before)
        #expect(runtime.state.mode == .home)
        terminal.enqueue(.char("q"))
        run(runtime, terminal)
        #expect(runtime.state.shouldQuit)
    }

    @Test func undoOfAnItemChangedElsewhereIsRefusedEvenWhenTheValueIsTheSameAgain() throws {
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        runtime.pollInterval = 0
        terminal.enqueue(.char("j"), .char("j"), .char("j"), .char(" "))
        run(runtime, terminal)
        let id = runtime.state.selectedItem(in: .day)!.occurrence.id
        #expect(try fixture.database.occurrence(id: id, today: AppFixture.today)?.state == .done)
        // Another process unchecks and checks again: the same value, but a newer change.
        try fixture.database.apply(.uncheck, to: id, now: "y")
        try fixture.database.apply(.check, to: id, now: "z")
        terminal.enqueue(.char("u"))
        run(runtime, terminal)
        let o = try fixture.database.occurrence(id: id, today: AppFixture.today)!
        #expect(o.state == .done, "the other process's check is kept")
        #expect(runtime.state.message?.text.hasPrefix("Could not undo") == true)
    }
}
