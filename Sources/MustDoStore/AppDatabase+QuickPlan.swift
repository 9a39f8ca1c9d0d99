import GRDBSQLite
import MustDoCore

/// `mustdo plan`'s text in its usual case read straight through SQLite's C API, as `mustdo today` reads its agenda
/// (issue 12).
///
/// Opening through GRDB (its queue and set-up statements) cost plan about 6M instructions, and every statement GRDB
/// prepares its authorizer's region of Swift strings. Here the connection of `quickAgenda` — the same checks of the file,
/// the same agenda — goes on to read yesterday's list, the journal and the customer sections (`planSections`, the very
/// statements `morningPlan(…, limit:)` runs on GRDB's connection) in the same read transaction. Anything unusual
/// returns nil before anything is shown, and the caller takes the full path. Nothing here writes.
extension AppDatabase {
    /// Morning planning's text on `today` (the first `limit` entries of each customer section, as
    /// `morningPlan(…, limit:)` reads it) with today's agenda and yesterday's occurrences, when the database needs
    /// nothing done and the day needs no preparing; nil to take the full path.
    public static func quickMorningPlan(path: String, today: LocalDate, engine: ScheduleEngine, lookAhead: Int, promises: PromiseSettings,
                                       cadence: CadenceSettings, greetings: GreetingSettings, language: Language,
                                       limit: Int) -> (plan: MorningPlan, agenda: Agenda, yesterday: [Occurrence])? {
        guard let c = quickBegin(path: path) else { return nil }
        defer { sqlite3_close_v2(c.db) }
        guard let agenda = quickRead(c, today: today, engine: engine) else { return nil }
        let reader = PlanReader(c.db)
        defer { reader.finalize() }
        do {
            let yesterday = today.adding(days: -1)
            var list: [Occurrence] = []
            try reader.each("SELECT \(occurrenceColumns) FROM occurrence o WHERE o.period_key = ?1 ORDER BY o.position, o.id",
                            [.text(yesterday.description)]) { list.append(quickOccurrence($0, today: today)) }
            let journal = "SELECT plan, review FROM journal WHERE key = ?1"
            var review = "", planText = ""
            try reader.each(journal, [.text(yesterday.description)]) { review = PlanReader.text($0, 1) }
            try reader.each(journal, [.text(today.description)]) { planText = PlanReader.text($0, 0) }
            var plan = morningPlan(today: today, lookAhead: lookAhead, agenda: agenda, yesterday: list, review: review, planText: planText)
            plan.greetDays = greetings.daysAhead
            try planSections(reader, &plan, today: today, promises: promises, cadence: cadence, greetings: greetings,
                             language: language, limit: limit)
            reader.finalize()
            guard c.execute("COMMIT") else { return nil }
            return (plan, agenda, list)
        } catch {
            return nil
        }
    }
}
