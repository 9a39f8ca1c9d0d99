import Foundation
import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The runtime against a real database on a headless terminal: keys in, committed rows out.
@Suite struct AppRuntimeTests {
    @Test func spaceCommitsBeforeTheScreenShowsItAndUndoRedoReachTheDatabase() throws {
        let fixture = try AppFixture(language: .en)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        terminal.enqueue(.char("j"), .char("j"), .char("j"), .char(" "))
        for _ in 0..<4 { runtime.step(timeoutMilliseconds: 0) }
        let id = runtime.state.selectedItem(in: .day)!.occurrence.id
        #expect(try fixture.database.occurrence(id: id, today: AppFixture.today)?.state == .done)
        #expect(terminal.screenLines().contains { $0.contains("[✓] Attend the motivational morning") })
        terminal.enqueue(.char("u"))
        runtime.step(timeoutMilliseconds: 0)
        #expect(try fixture.database.occurrence(id: id, today: AppFixture.today)?.state == .open)
        #expect(terminal.screenLines().contains { $0.contains("[ ] Attend the motivational morning") })
        terminal.enqueue(.char("U"))
        runtime.step(timeoutMilliseconds: 0)
        #expect(try fixture.database.occurrence(id: id, today: AppFixture.today)?.state == .done)
    }

    @Test func aChangeFromAnotherProcessShowsUpOnThePollAndUndoRespectsIt() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("live.sqlite")
        let engine = ScheduleEngine(settings: .standard)
        let today = AppFixture.today
        let a = try AppDatabase.open(path: path)
        try a.seed(pack: try RoutinePack.builtIn(.en), activeFrom: today, now: "x")
        try a.prepare(today: today, engine: engine, now: "x")
        let terminal = HeadlessTerminal(width: 120, height: 40)
        let clock = Clock(fixedToday: today)
        let state = try AppRuntime.initialState(database: a, engine: engine, clock: clock, language: .en, width: 120, height: 40, ascii: false)
        let runtime = AppRuntime(terminal: terminal, database: a, engine: engine, clock: clock, keymap: .home, theme: .fallback, state: state)
        runtime.pollInterval = 0
        // This screen notes the first item; another process checks it meanwhile.
        let id = runtime.state.selectedItem(in: .day)!.occurrence.id
        terminal.enqueue(.char("n"))
        terminal.type("call first")
        terminal.enqueue(.enter)
        for _ in 0..<12 { runtime.step(timeoutMilliseconds: 0) }
        let b = try AppDatabase.open(path: path)
        try b.apply(.check, to: id, now: "y")
        runtime.step(timeoutMilliseconds: 0)
        #expect(runtime.state.selectedItem(in: .day)?.occurrence.state == .done, "the other process's check is shown")
        #expect(runtime.state.selectedItem(in: .day)?.occurrence.note == "call first")
        // The other process changed the item since the note: undo compares the change counter, refuses, and says so.
        terminal.enqueue(.char("u"))
        runtime.step(timeoutMilliseconds: 0)
        let o = try b.occurrence(id: id, today: today)!
        #expect(o.note == "call first")
        #expect(o.state == .done)
        #expect(runtime.state.message?.isError == true)
        #expect(runtime.state.message?.text.hasPrefix("Could not undo") == true)
    }

    @Test func monkeyThousandsOfRandomKeysAtRandomSizes() throws {
        let fixture = try AppFixture(language: .zh)
        let (runtime, terminal) = try fixture.runtime(width: 120, height: 40)
        var rng = SplitMix(seed: 20261126)
        let keys: [KeyEvent] = [.char("j"), .char("k"), .char(" "), .char("x"), .char("+"), .char("-"), .char("s"), .char("n"), .char("u"), .char("U"),
                                .char("/"), .char("g"), .char("G"), .pageUp, .pageDown, .tab, .backTab, .char("1"), .char("4"), .char("6"),
                                .char("["), .char("]"), .char("t"), .char("?"), .enter, .escape, .backspace, .char("客"), .char("a"), .left, .right,
                                .ctrl("u"), .ctrl("w"), .home, .end, .char("h"), .char("l"),
                                // Into and out of every view on the stack.
                                .char("w"), .char("p"), .char("R"), .char("S"), .char("r"), .char("c"), .char("d"), .char("e"), .char("["),
                                .ctrl("s"), .ctrl("g"), .escape, .escape]
        for i in 0..<3000 {
            if i % 97 == 0 {
                terminal.resize(width: Int(rng.next() % 230) + 1, height: Int(rng.next() % 70) + 1)
            } else if i % 13 == 0 {
                let (w, h) = terminal.size
                terminal.enqueue(.mouse(MouseEvent(x: Int(rng.next() % UInt64(max(w, 1))), y: Int(rng.next() % UInt64(max(h, 1))),
                                                   kind: [.press, .wheelUp, .wheelDown][Int(rng.next() % 3)], button: 1)))
            } else {
                terminal.enqueue(keys[Int(rng.next() % UInt64(keys.count))])
            }
            runtime.step(timeoutMilliseconds: 0)
            // Invariants: the cursor is inside its list, the scroll shows it, the screen fits the terminal.
            let s = runtime.state
            for k in PeriodKind.allCases {
                let n = s.items(of: k).count
                let c = s.cursor[k] ?? 0
                #expect(c >= 0 && (n == 0 ? c == 0 : c < n))
                #expect((s.scroll[k] ?? 0) <= c)
            }
            if let screen = terminal.lastDrawn {
                #expect(screen.width == terminal.size.width && screen.height == terminal.size.height)
            }
        }
        // Whatever the monkey did was committed: every on-screen state matches the database.
        for section in runtime.state.agenda.sections {
            for item in section.items {
                #expect(try fixture.database.occurrence(id: item.occurrence.id, today: AppFixture.today)?.state == item.occurrence.state)
            }
        }
    }
}

/// A small deterministic random generator for the monkey test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
