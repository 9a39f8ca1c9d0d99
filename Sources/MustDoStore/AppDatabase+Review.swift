import GRDB
import MustDoCore

extension AppDatabase {
    /// The week review of `week` as seen on `today`: grid, percentages, streaks (as of today), weekly and longer items, counts, journal and tasks.
    public func weekReview(_ week: Period, today: LocalDate, engine: ScheduleEngine, cadence: CadenceSettings = CadenceSettings()) throws -> WeekReview {
        let previous = week.previous(settings: engine.settings)
        let days = (0..<week.dayCount).map { week.start.adding(days: $0) }
        let streaks = try dailyStreaks(today: today)
        return try read { db in
            let routines = try AppDatabase.fetchRoutines(db, period: .day).map(\.routine).filter {
                $0.activeFrom <= week.end && ($0.retiredOn.map { $0 > week.start } ?? true)
            }
            let cells = try AppDatabase.dayCells(db, from: week.start, through: week.end, today: today)
            var rows: [WeekReview.Row] = []
            var seen = Set<String>()
            var order = routines.map { ($0.id, $0.title, $0.position) }
            for (rid, _) in cells where !routines.contains(where: { $0.id == rid }) {
                order.append((rid, cells[rid]!.values.first?.title ?? rid, Int.max))
            }
            order.sort { ($0.2, $0.0) < ($1.2, $1.0) }
            for (rid, title, _) in order where seen.insert(rid).inserted {
                let byDay = cells[rid] ?? [:]
                // Days after today have no occurrence yet: a scheduled one shows as open (the "open, today or later").
                let routine = routines.first { $0.id == rid }
                let marks = days.map { d -> WeekReview.Mark in
                    if byDay[d] == nil, d > today, let routine,
                       routine.isScheduled(in: Period.containing(d, kind: .day, settings: engine.settings), settings: engine.settings) {
                        return .open
                    }
                    return AppDatabase.mark(byDay[d]?.state, day: d, today: today)
                }
                let ids = days.map { byDay[$0]?.id }
                let streak = streaks[rid] ?? StreakCounter()
                rows.append(.init(routineID: rid, title: byDay.values.sorted { $0.id > $1.id }.first?.title ?? title,
                                  marks: marks, occurrenceIDs: ids, currentStreak: streak.current, longestStreak: streak.longest))
            }
            let (dayPercent, weekPercent) = AppDatabase.percentages(rows.map(\.marks), counted: days.map { $0 <= today })
            let prevCells = try AppDatabase.dayCells(db, from: previous.start, through: previous.end, today: today)
            let prevDays = (0..<previous.dayCount).map { previous.start.adding(days: $0) }
            let prevMarks = prevCells.values.map { byDay in prevDays.map { AppDatabase.mark(byDay[$0]?.state, day: $0, today: today) } }
            let (prevDayPercent, prevWeekPercent) = AppDatabase.percentages(prevMarks, counted: prevDays.map { $0 <= today })

            let weekly = try AppDatabase.occurrences(db, keys: [week.key], today: today)
            var longerKeys: [String] = []
            for kind in [PeriodKind.month, .quarter, .half, .year] {
                for d in [week.start, week.end] {
                    let k = Period.containing(d, kind: kind, settings: engine.settings).key
                    if !longerKeys.contains(k) { longerKeys.append(k) }
                }
            }
            let longer = try AppDatabase.occurrences(db, keys: longerKeys, today: today)
            let inWeek: (Occurrence) -> Bool = { o in
                guard let t = o.doneAt, let d = LocalDate(parsing: t.prefix(10)) else { return false }
                return week.contains(d)
            }
            let longerDone = longer.filter { $0.state == .done && inWeek($0) }
            let dailyCounts = try Row.fetchAll(db, sql: """
                SELECT \(AppDatabase.occurrenceColumns) FROM occurrence o
                WHERE o.period_key BETWEEN ? AND ? AND o.period_kind = 'day' AND o.target IS NOT NULL ORDER BY o.start, o.position
                """, arguments: [week.start.description, week.end.description]).map { AppDatabase.occurrence($0, today: today) }
            let counts = dailyCounts + (weekly + longer).filter { $0.target != nil }
            let journal = try Row.fetchAll(db, sql: "SELECT key, plan, review FROM journal WHERE key BETWEEN ? AND ? AND (plan != '' OR review != '') ORDER BY key",
                                           arguments: [week.start.description, week.end.description]).map { JournalEntry(key: $0[0], plan: $0[1], review: $0[2]) }
            let next = try AppDatabase.journal(db, week.next(settings: engine.settings).key).plan
            let tasks = try Row.fetchAll(db, sql: """
                SELECT \(AppDatabase.occurrenceColumns) FROM occurrence o
                WHERE o.period_kind = 'task' AND ((o.start BETWEEN ?1 AND ?2) OR (substr(o.done_at, 1, 10) BETWEEN ?3 AND ?4)
                  OR (o.state = 'open' AND o.start < ?1 AND ?2 >= ?5))
                ORDER BY o.start, o.id
                """, arguments: [week.start.dayNumber, week.end.dayNumber, week.start.description, week.end.description, today.dayNumber]
            ).map { AppDatabase.occurrence($0, today: today) }
            return WeekReview(week: week, previousWeek: previous, today: today, days: days, rows: rows, dayPercent: dayPercent,
                              weekPercent: weekPercent, previousDayPercent: prevDayPercent, previousWeekPercent: prevWeekPercent,
                              weeklyItems: weekly, longerDone: longerDone, counts: counts, journal: journal,
                              nextWeekPlan: next.isEmpty ? nil : next, tasks: tasks,
                              activity: try AppDatabase.customerActivity(db, from: week.start, through: week.end, asOf: min(today, week.end),
                                                                               cadence: cadence))
        }
    }

    /// Daily occurrences between two days, by routine and day.
    static func dayCells(_ db: Database, from: LocalDate, through: LocalDate, today: LocalDate) throws -> [String: [LocalDate: (id: Int64, state: OccurrenceState, title: String)]] {
        var result: [String: [LocalDate: (id: Int64, state: OccurrenceState, title: String)]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT o.id, o.routine_id, o.start, o.end, o.state, (SELECT text FROM title WHERE id = o.title_id)
            FROM occurrence o WHERE o.period_key BETWEEN ? AND ? AND o.period_kind = 'day'
            """, arguments: [from.description, through.description])
        for row in rows {
            let day = LocalDate(dayNumber: row[2])
            var state = OccurrenceState(rawValue: row[4]) ?? .open
            if state == .open && LocalDate(dayNumber: row[3]) < today { state = .missed }
            result[row[1], default: [:]][day] = (row[0], state, row[5])
        }
        return result
    }

    static func mark(_ state: OccurrenceState?, day: LocalDate, today: LocalDate) -> WeekReview.Mark {
        switch state {
        case nil: return .none
        case .done?: return .done
        case .skipped?: return .skipped
        case .missed?: return .missed
        case .open?: return .open
        }
    }

    /// Per-day and whole-week done percentages; the rule lives in Core (`WeekReview.percentages`).
    static func percentages(_ grid: [[WeekReview.Mark]], counted: [Bool]) -> ([Int?], Int?) {
        WeekReview.percentages(grid, counted: counted)
    }

    static func occurrences(_ db: Database, keys: [String], today: LocalDate) throws -> [Occurrence] {
        guard !keys.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
        return try Row.fetchAll(db, sql: "SELECT \(occurrenceColumns) FROM occurrence o WHERE o.period_key IN (\(marks)) ORDER BY o.position, o.id",
                                arguments: StatementArguments(keys)).map { occurrence($0, today: today) }
    }

    /// Current and longest streaks of every daily routine as of `today`.
    ///
    /// Figures through yesterday are cached per routine in `streak_cache` and only the days after
    /// the cached day are read; correcting a past day drops that routine's cache (see `apply`).
    /// A cache made for a later day (an earlier run with a later `--today`) is recomputed from the start.
    /// The stale part is recomputed inside one write transaction that re-reads the cache, so a
    /// correction committed by another process in between is never overwritten by old figures.
    public func dailyStreaks(today: LocalDate) throws -> [String: StreakCounter] {
        let through = today.adding(days: -1)
        let routines = try routines(period: .day).map(\.id)
        func loadCache(_ db: Database) throws -> [String: (Int, StreakCounter)] {
            try Row.fetchAll(db, sql: "SELECT routine_id, through, current, longest FROM streak_cache").reduce(into: [String: (Int, StreakCounter)]()) {
                $0[$1[0]] = ($1[1], StreakCounter(current: $1[2], longest: $1[3]))
            }
        }
        func staleRoutines(_ cached: [String: (Int, StreakCounter)]) -> [String] {
            routines.filter { cached[$0]?.0 != through.dayNumber }
        }
        var result: [String: StreakCounter]
        let firstLook = try read { db in try loadCache(db) }
        if staleRoutines(firstLook).isEmpty {
            result = firstLook.mapValues(\.1)
        } else {
            result = try write { db in
                var cached = try loadCache(db)
                // A cache ahead of yesterday cannot be rolled back: start that routine afresh.
                for (rid, c) in cached where c.0 > through.dayNumber { cached[rid] = nil }
                let stale = staleRoutines(cached)
                var result = cached.mapValues(\.1)
                guard !stale.isEmpty else { return result }
                let from = stale.map { cached[$0].map { LocalDate(dayNumber: $0.0 + 1) } ?? LocalDate(dayNumber: Int.min / 4) }.min()!
                let fromKey = from.dayNumber < -700_000 ? "0000-00-00" : from.description
                let staleSet = Set(stale)
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT routine_id, start, state, end FROM occurrence
                    WHERE period_key BETWEEN ? AND ? AND period_kind = 'day' ORDER BY period_key
                    """, arguments: [fromKey, through.description])
                var counters = [String: StreakCounter]()
                for s in stale { counters[s] = cached[s]?.1 ?? StreakCounter() }
                while let row = try rows.next() {
                    let rid: String = row[0]
                    guard staleSet.contains(rid) else { continue }
                    let start: Int = row[1]
                    if let c = cached[rid], start <= c.0 { continue }
                    var state = OccurrenceState(rawValue: row[2]) ?? .open
                    if state == .open && (row[3] as Int) < today.dayNumber { state = .missed }
                    counters[rid, default: StreakCounter()].add(state)
                }
                for (rid, c) in counters {
                    try db.execute(sql: "INSERT OR REPLACE INTO streak_cache (routine_id, through, current, longest) VALUES (?, ?, ?, ?)",
                                   arguments: [rid, through.dayNumber, c.current, c.longest])
                    result[rid] = c
                }
                return result
            }
        }
        // Today counts once it is done; an open today does not break anything.
        let todays = try read { db in
            try Row.fetchAll(db, sql: "SELECT routine_id, state FROM occurrence WHERE period_key = ? AND period_kind = 'day'", arguments: [today.description])
        }
        for row in todays where (row[1] as String) == "done" {
            var c = result[row[0]] ?? StreakCounter()
            c.add(.done)
            result[row[0]] = c
        }
        return result
    }

    /// Morning planning for `today`: leftovers from yesterday, today's list with focus first, what is due or ending soon, the
    /// plan text, appointments and promises, customers losing touch or with no next step (with `cadence`), and who to
    /// greet (with `greetings`, whose festivals follow `language`).
    ///
    /// `agenda` and `yesterday` (yesterday's occurrences) are read here unless the caller has them already. With `limit`
    /// (what the console text shows: `[plan] per_section`), the customer sections hold only their first `limit` entries
    /// and `totals` counts each in full, all read in SQL; without it every list is whole (the JSON, the screen).
    public func morningPlan(today: LocalDate, engine: ScheduleEngine, lookAhead: Int, promises: PromiseSettings = PromiseSettings(),
                            cadence: CadenceSettings = CadenceSettings(), greetings: GreetingSettings = GreetingSettings(),
                            language: Language = .en, agenda: Agenda? = nil, yesterday yesterdayList: [Occurrence]? = nil,
                            limit: Int? = nil) throws -> MorningPlan {
        let agenda = try agenda ?? self.agenda(today: today, engine: engine)
        let yesterday = today.adding(days: -1)
        let list = try yesterdayList ?? occurrences(periodKey: yesterday.description, today: today)
        var plan = AppDatabase.morningPlan(today: today, lookAhead: lookAhead, agenda: agenda, yesterday: list,
                                           review: try journal(yesterday.description).review, planText: try journal(today.description).plan)
        plan.greetDays = greetings.daysAhead
        guard let limit else {
            let calendar = GreetingCalendar(settings: greetings, language: language)
            plan.commitments = try commitmentAgenda(today: today, settings: promises)
            plan.cadence = try contactCadence(today: today, settings: cadence)
            plan.greetings = calendar.greetings(today: today, through: today.adding(days: greetings.daysAhead), people: try greetingPeople())
            return plan
        }
        try read { db in
            let reader = PlanReader(db.sqliteConnection!)
            defer { reader.finalize() }
            try AppDatabase.planSections(reader, &plan, today: today, promises: promises, cadence: cadence, greetings: greetings,
                                         language: language, limit: limit)
        }
        return plan
    }

    /// Morning planning on `today` before its customer sections: yesterday's leftovers (the missed among `yesterday`) and
    /// review, today's list (focus first), items due soon and periods ending soon from `agenda`, and today's plan text.
    static func morningPlan(today: LocalDate, lookAhead: Int, agenda: Agenda, yesterday: [Occurrence], review: String, planText: String) -> MorningPlan {
        let leftovers = yesterday.filter { $0.state == .missed }
        let focus = agenda.focusItems
        let daily = agenda.section(.day)?.items ?? []
        let todayItems = focus.filter { f in daily.contains { $0.occurrence.id == f.occurrence.id } } + daily.filter { !agenda.focus.contains($0.occurrence.id) }
        let horizon = today.adding(days: lookAhead)
        var dueSoon: [Agenda.Item] = []
        var ending: [(period: Period, open: Int, total: Int)] = []
        for section in agenda.sections where section.period.kind != .day {
            // Items with a due day of their own (not just the period's end, which "ending soon" covers).
            dueSoon += section.items.filter { i in
                guard i.occurrence.state == .open, let d = i.occurrence.due, d != i.occurrence.period.end else { return false }
                return d < horizon
            }
            let open = section.items.filter { $0.occurrence.state == .open }.count
            if section.period.end < horizon, open > 0 { ending.append((section.period, open, section.items.count)) }
        }
        dueSoon.sort { ($0.occurrence.due!, $0.ref) < ($1.occurrence.due!, $1.ref) }
        return MorningPlan(today: today, leftovers: leftovers, yesterdayReview: review.isEmpty ? nil : review, todayItems: todayItems,
                           dueSoon: dueSoon, endingSoon: ending, focus: focus, planText: planText)
    }

    /// Morning planning's text sections on `today`, read with `r` (see `morningPlan(…, limit:)`): the first `limit` entries
    /// of each customer section with the counts of every section (`plan.totals`), and the greet list whole (a festival
    /// names every customer, so only then are all cards read).
    static func planSections(_ r: PlanReader, _ plan: inout MorningPlan, today: LocalDate, promises: PromiseSettings, cadence: CadenceSettings,
                             greetings: GreetingSettings, language: Language, limit: Int) throws {
        let (commitments, totals) = try AppDatabase.commitmentAgenda(r, today: today, settings: promises, limit: limit)
        let (contact, counts) = try AppDatabase.contactCadence(r, today: today, settings: cadence, limit: limit)
        plan.commitments = commitments
        plan.cadence = contact
        plan.totals = totals.merging(counts) { a, _ in a }
        let calendar = GreetingCalendar(settings: greetings, language: language)
        let last = today.adding(days: greetings.daysAhead)
        let people = calendar.hasFestival(from: today, through: last) ? try greetingPeople(r) : try greetingPeople(r, from: today, through: last)
        plan.greetings = calendar.greetings(today: today, through: last, people: people)
    }
}
