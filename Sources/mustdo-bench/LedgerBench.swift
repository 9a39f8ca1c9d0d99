import MustDoApp
import MustDoCore
import MustDoStore
import TerminalUI

/// `mustdo-bench ledger DB [RUNS]` (bench/visits.sh): on a salesperson's three years, the time from the key to the
/// drawn frame for opening the promise ledger (`o`) and a customer's card with its timeline (Enter on the list),
/// load included: each open reads the database again, as the screen does.
func runLedgerBench(dbPath: String, runs: Int) throws {
    let database = try AppDatabase.open(path: dbPath)
    let today = LocalDate(parsing: "2026-11-27")!
    let engine = ScheduleEngine(settings: .standard)
    let clock = Clock(fixedToday: today)
    let terminal = HeadlessTerminal(width: 120, height: 40)
    let state = try AppRuntime.initialState(database: database, engine: engine, clock: clock, language: .zh, width: 120, height: 40, ascii: false)
    let runtime = AppRuntime(terminal: terminal, database: database, engine: engine, clock: clock, keymap: .home, theme: .fallback, state: state)
    terminal.draw(runtime.render())
    func timed(_ key: KeyEvent) -> UInt64 {
        terminal.enqueue(key)
        let s = nanoseconds()
        runtime.step(timeoutMilliseconds: 0)
        return nanoseconds() - s
    }
    var ledger: [UInt64] = []
    var rows = 0
    for _ in 0..<runs {
        ledger.append(timed(.char("o")))
        rows = (runtime.state.view(LedgerView.self)?.promises.count ?? 0) + (runtime.state.view(LedgerView.self)?.appointments.count ?? 0)
        _ = timed(.escape)
    }
    // The customer list once, then a card with its timeline opened and closed again and again.
    _ = timed(.char("c"))
    var card: [UInt64] = []
    var events = 0
    for _ in 0..<runs {
        card.append(timed(.enter))
        if let t = runtime.state.view(CustomerCardView.self)?.timeline {
            events = t.visits.count + t.promises.count + t.appointments.count
        }
        _ = timed(.escape)
    }
    func ms(_ v: [UInt64], _ q: Double) -> String {
        let s = v.sorted()
        return String(format: "%.2f", Double(s[min(s.count - 1, Int(Double(s.count) * q))]) / 1_000_000)
    }
    print("screen opens on \(dbPath), 120x40 (zh), \(runs) runs each:")
    print("  ledger (o), load + render + diff:         median \(ms(ledger, 0.5)) ms, p90 \(ms(ledger, 0.9)) ms (\(rows) promises and appointments)")
    print("  customer card with its timeline (Enter):  median \(ms(card, 0.5)) ms, p90 \(ms(card, 0.9)) ms (\(events) visits, promises, appointments)")
}
