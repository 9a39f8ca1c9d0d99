import MustDoApp
import MustDoCore
import MustDoStore
import TerminalUI

/// A seeded in-memory database on a fixed day with a known mix of states, and an app runtime on a headless terminal.
public struct AppFixture {
    /// The fixed day: Thursday 2026-11-26.
    public static let today = LocalDate(parsing: "2026-11-26")!
    /// The database.
    public let database: AppDatabase
    /// The engine.
    public let engine = ScheduleEngine(settings: .standard)
    /// The clock pinned to `today`.
    public let clock = Clock(fixedToday: AppFixture.today)
    /// The language of titles and UI.
    public let language: Language

    /// Seeds the built-in pack from 2026-11-16 (so there is history), adds a weekly item due Tuesday (overdue on Thursday), and sets some states.
    public init(language: Language, today: LocalDate = AppFixture.today) throws {
        self.language = language
        database = try AppDatabase.inMemory()
        let now = "2026-11-16T08:00:00"
        try database.seed(pack: try RoutinePack.builtIn(language), activeFrom: LocalDate(parsing: "2026-11-16")!, now: now)
        try database.addRoutine(Routine(id: "week-call-wang", title: language == .zh ? "给王先生回电话 📞" : "Call Mr. Wang back 📞",
                                        period: .week, position: -1, due: .weekday(.tuesday), activeFrom: LocalDate(parsing: "2026-11-16")!), now: now)
        try database.prepare(today: LocalDate(parsing: "2026-11-16")!, engine: engine, now: now)
        try database.prepare(today: today, engine: engine, now: now)
        let t = today
        for ref in ["day-motivate", "day-detail-tasks", "week-learning-meeting", "month-tally-sales"] {
            if let id = try? database.resolve(ref: ref, today: t, engine: engine) { try database.apply(.check, to: id, now: "\(t)T09:00:00") }
        }
        if let id = try? database.resolve(ref: "day-outdoor-exercise", today: t, engine: engine) {
            try database.apply(.skip(reason: language == .zh ? "下雨" : "rain"), to: id, now: "\(t)T09:05:00")
        }
        if let id = try? database.resolve(ref: "day-greet-customers", today: t, engine: engine) {
            try database.apply(.addCount(2), to: id, now: "\(t)T09:10:00")
            try database.apply(.setNote(language == .zh ? "先问候李经理" : "start with Ms. Li"), to: id, now: "\(t)T09:10:00")
        }
    }

    /// The initial app state at a size.
    public func state(width: Int, height: Int, ascii: Bool = false) throws -> AppState {
        try AppRuntime.initialState(database: database, engine: engine, clock: clock, language: language, width: width, height: height, ascii: ascii)
    }

    /// A runtime on a headless terminal of the given size.
    public func runtime(width: Int, height: Int, keymap: KeyMap = .home) throws -> (AppRuntime, HeadlessTerminal) {
        let terminal = HeadlessTerminal(width: width, height: height)
        let runtime = AppRuntime(terminal: terminal, database: database, engine: engine, clock: clock, keymap: keymap,
                                 theme: Theme.fallback, state: try state(width: width, height: height))
        return (runtime, terminal)
    }
}
