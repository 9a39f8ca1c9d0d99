// mustdo-bench: in-process timings of the screen (release build): render the home screen into the buffer,
// key press to updated screen, week review render, and bytes sent for one toggle. Run by bench/screen.sh.
// `mustdo-bench customers` times the customers screen's search instead (CustomersBench.swift).
import MustDoApp
import MustDoCore
import MustDoStore
import MustDoTestSupport
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

func nanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func median(_ runs: Int, _ body: () -> Void) -> Double {
    var samples: [UInt64] = []
    for _ in 0..<runs {
        let s = nanoseconds()
        body()
        samples.append(nanoseconds() - s)
    }
    samples.sort()
    return Double(samples[samples.count / 2]) / 1_000_000
}

let args = CommandLine.arguments
// `mustdo-bench customers [RUNS]`: only the customers screen's search (bench/customers-screen.sh).
if args.count > 1, args[1] == "customers" {
    try runCustomersBench(runs: args.count > 2 ? Int(args[2]) ?? 20 : 20)
    exit(0)
}
// `mustdo-bench ledger DB [RUNS]`: opening the ledger and a customer's timeline (bench/visits.sh).
if args.count > 2, args[1] == "ledger" {
    try runLedgerBench(dbPath: args[2], runs: args.count > 3 ? Int(args[3]) ?? 50 : 50)
    exit(0)
}
let dbPath = args.count > 1 ? args[1] : nil
let fixture = try AppFixture(language: .zh)
let database = try dbPath.map { try AppDatabase.open(path: $0) } ?? fixture.database
let today = dbPath == nil ? AppFixture.today : LocalDate(parsing: "2026-11-22")!
let engine = ScheduleEngine(settings: .standard)
let clock = Clock(fixedToday: today)
let terminal = HeadlessTerminal(width: 200, height: 60)
let state = try AppRuntime.initialState(database: database, engine: engine, clock: clock, language: .zh, width: 200, height: 60, ascii: false)
let runtime = AppRuntime(terminal: terminal, database: database, engine: engine, clock: clock, keymap: .home, theme: .fallback, state: state)

let render = median(2000) { _ = runtime.render() }
terminal.draw(runtime.render())
// Key press to updated screen: j then k (movement), reduce + render + diff.
let key = median(1000) {
    terminal.enqueue(.char("j"))
    runtime.step(timeoutMilliseconds: 0)
    terminal.enqueue(.char("k"))
    runtime.step(timeoutMilliseconds: 0)
} / 2
// One toggle: committed in its own transaction, then drawn; bytes are what the diff sends.
terminal.enqueue(.char(" "))
runtime.step(timeoutMilliseconds: 0)
let toggleBytes = terminal.lastDrawStats.bytesWritten, toggleCells = terminal.lastDrawStats.cellsWritten
let toggle = median(200) {
    terminal.enqueue(.char(" "))
    runtime.step(timeoutMilliseconds: 0)
}
runtime.dispatch(.command(.weekReview))
let weekLoad = median(50) { runtime.dispatch(.command(.thisWeek)) }
let weekRender = median(500) { _ = runtime.render() }
print("render home 200x60 (zh, full pack):   \(String(format: "%.3f", render)) ms")
print("key press to updated screen (j/k):     \(String(format: "%.3f", key)) ms")
print("toggle (commit + redraw):              \(String(format: "%.3f", toggle)) ms")
print("bytes sent for one toggle:             \(toggleBytes) bytes (\(toggleCells) cells)")
print("week review load (\(dbPath == nil ? "fixture" : "10-year history")):  \(String(format: "%.3f", weekLoad)) ms")
print("week review render 200x60:             \(String(format: "%.3f", weekRender)) ms")
