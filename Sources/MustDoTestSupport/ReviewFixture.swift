import MustDoCore
import MustDoStore

/// A database with three weeks of known history for the week review and planning: done, missed, skipped, unscheduled days, streaks, journal entries, tasks and focus.
///
/// The pack is seeded on Monday 2026-11-09; "today" is Thursday 2026-11-26 (ISO week 2026-W48).
/// Every day, the first two daily routines are done (a streak), the third is skipped on Wednesdays and
/// done otherwise, the fourth is done only on even days (so it is missed on odd workdays), the rest
/// stay open (missed once their day passed). Weekends have only the six every-day routines.
public struct ReviewFixture {
    /// Thursday 2026-11-26.
    public static let today = LocalDate(parsing: "2026-11-26")!
    /// The first day of history.
    public static let firstDay = LocalDate(parsing: "2026-11-09")!
    /// The database.
    public let database: AppDatabase
    /// The engine (ISO weeks unless given other settings).
    public let engine: ScheduleEngine
    /// The language of titles.
    public let language: Language

    /// Builds the history.
    public init(language: Language, settings: CalendarSettings = .standard) throws {
        self.language = language
        engine = ScheduleEngine(settings: settings)
        database = try AppDatabase.inMemory()
        try database.seed(pack: try RoutinePack.builtIn(language), activeFrom: ReviewFixture.firstDay, now: "2026-11-09T08:00:00")
        let zh = language == .zh
        var day = ReviewFixture.firstDay
        while day <= ReviewFixture.today {
            let stamp = "\(day)T20:00:00"
            try database.prepare(today: day, engine: engine, now: stamp)
            let daily = try database.agenda(today: day, engine: engine).section(.day)!.items.map(\.occurrence).filter { !$0.isTask }
            for (i, o) in daily.enumerated() where day < ReviewFixture.today || i < 1 {
                switch i {
                case 0, 1: try database.apply(.check, to: o.id, now: stamp)
                case 2: try database.apply(day.weekday == .wednesday ? .skip(reason: zh ? "开会" : "meeting") : .check, to: o.id, now: stamp)
                case 3 where day.day % 2 == 0: try database.apply(.check, to: o.id, now: stamp)
                default: break
                }
            }
            if day.weekday == .friday {
                let weekly = try database.agenda(today: day, engine: engine).section(.week)!.items.map(\.occurrence)
                for o in weekly.prefix(5) { try database.apply(.check, to: o.id, now: stamp) }
            }
            day = day.adding(days: 1)
        }
        let t = ReviewFixture.today
        let monthly = try database.agenda(today: t, engine: engine).section(.month)!.items.map(\.occurrence)
        try database.apply(.check, to: monthly[0].id, now: "2026-11-24T10:00:00")
        try database.apply(.addCount(3), to: try database.resolve(ref: "day-greet-customers", today: t, engine: engine), now: "\(t)T09:00:00")
        try database.setJournal("2026-11-24", plan: zh ? "上午拜访王经理,下午去零售点" : "Visit Mr. Wang in the morning, retail outlets after lunch",
                                review: zh ? "路线太绕,明天先排好顺序" : "The route zigzagged; plan the order first tomorrow", now: "2026-11-24T21:00:00")
        try database.setJournal("2026-11-25", review: zh ? "忘了给李姐回电话" : "Forgot to call Ms. Li back", now: "2026-11-25T21:00:00")
        try database.setJournal("2026-W49", plan: zh ? "下周重点:完成季度客户档案" : "Next week: finish the quarterly customer files", now: "2026-11-25T21:00:00")
        try database.addTask(title: zh ? "给李姐回电话" : "Call Ms. Li back", day: LocalDate(parsing: "2026-11-25")!, now: "2026-11-25T21:05:00")
        let weekly = try database.agenda(today: t, engine: engine).section(.week)!.items.map(\.occurrence)
        try database.toggleFocus(weekly[6].id, day: t)
        try database.prepare(today: t, engine: engine, now: "\(t)T08:00:00")
    }
}
