import GRDB
import MustDoCore

/// Routines that count real work: the activities logged with customers (visits and what else they were, new cards,
/// personal details learned) and the linked occurrences they count toward. Every step runs inside the transaction
/// of the write that logs or removes the activity.
extension AppDatabase {
    /// The `v9-routine-links` migration: a routine's link, the activity ledger and which occurrence each activity counted toward.
    static let routineLinksMigration = """
        ALTER TABLE routine ADD COLUMN link TEXT;
        -- One piece of work with a customer that can count toward routines: kind as in ActivityKind, day as a day number.
        -- A visit's activities point back to it (removing the visit takes them back).
        CREATE TABLE activity (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL,
          customer_id INTEGER NOT NULL,
          day INTEGER NOT NULL,
          visit_id INTEGER,
          created_at TEXT NOT NULL
        );
        CREATE INDEX activity_by_kind ON activity(kind, day);
        CREATE INDEX activity_by_visit ON activity(visit_id) WHERE visit_id IS NOT NULL;
        CREATE INDEX activity_by_customer ON activity(customer_id, kind);
        -- Each activity counted once toward each linked occurrence of its period; the occurrence's progress holds the sum.
        CREATE TABLE activity_count (
          occurrence_id INTEGER NOT NULL REFERENCES occurrence(id) ON DELETE CASCADE,
          activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
          PRIMARY KEY (occurrence_id, activity_id)
        ) WITHOUT ROWID;
        CREATE INDEX activity_count_by_activity ON activity_count(activity_id);
        """

    /// The tables the migration creates.
    static let routineLinksTables = ["activity", "activity_count"]

    /// Links the built-in routines of a database seeded before links existed, leaving alone any the user retitled
    /// (a title that is neither pack's is the user's own routine now). A newly linked routine gets target 1 when it
    /// had none, and so do its occurrences from `today` on (a done one counts as 1 of 1).
    static func linkBuiltInRoutines(_ db: Database, today: LocalDate) throws {
        var titles: [String: Set<String>] = [:]
        for language in Language.allCases {
            guard let pack = try? RoutinePack.builtIn(language) else { continue }
            for r in pack.routines { titles[r.id, default: []].insert(r.title) }
        }
        for (id, kind) in ActivityKind.builtInLinks.sorted(by: { $0.key < $1.key }) {
            guard let title = try String.fetchOne(db, sql: "SELECT title FROM routine WHERE id = ? AND link IS NULL", arguments: [id]) else { continue }
            if let known = titles[id], !known.contains(title) { continue }
            try db.execute(sql: "UPDATE routine SET link = ?, target = coalesce(target, 1) WHERE id = ?", arguments: [kind.rawValue, id])
            try db.execute(sql: """
                UPDATE occurrence SET target = 1, progress = CASE WHEN state = 'done' THEN max(progress, 1) ELSE progress END
                WHERE routine_id = ? AND target IS NULL AND end >= ?
                """, arguments: [id, today.dayNumber])
        }
    }

    /// The week start and fiscal start the stored occurrences were made with (the `calendar` marker `prepare` keeps).
    static func storedPeriodSettings(_ db: Database) throws -> CalendarSettings {
        var settings = CalendarSettings()
        guard let signature = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'calendar'") else { return settings }
        for part in signature.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let n = Int(pair[1]) else { continue }
            if pair[0] == "week", let w = Weekday(rawValue: n) { settings.weekStart = w }
            if pair[0] == "fiscal", (1...12).contains(n) { settings.fiscalStartMonth = n }
        }
        return settings
    }

    /// Logs one activity and counts it toward the current occurrence of every routine linked to its kind in the
    /// period containing `day` (those not made yet are counted when `prepare` makes them). Returns the activity's id.
    @discardableResult
    static func recordActivity(_ db: Database, _ kind: ActivityKind, customerID: Int64, day: LocalDate, visitID: Int64? = nil, now: String) throws -> Int64 {
        try db.execute(sql: "INSERT INTO activity (kind, customer_id, day, visit_id, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [kind.rawValue, customerID, day.dayNumber, visitID, now])
        let activityID = db.lastInsertedRowID
        let linked = try Row.fetchAll(db, sql: "SELECT id, period FROM routine WHERE link = ?", arguments: [kind.rawValue])
        guard !linked.isEmpty else { return activityID }
        let settings = try storedPeriodSettings(db)
        for row in linked {
            guard let period = PeriodKind(rawValue: row[1]) else { continue }
            let key = Period.containing(day, kind: period, settings: settings).key
            guard let occurrenceID = try Int64.fetchOne(db, sql: "SELECT id FROM occurrence WHERE period_key = ? AND routine_id = ?",
                                                        arguments: [key, row[0] as String]) else { continue }
            try count(db, activityID: activityID, occurrenceID: occurrenceID, now: now)
        }
        return activityID
    }

    /// Counts `activityID` toward `occurrenceID` once: the count goes up by one, and an open item that reaches its target is done.
    static func count(_ db: Database, activityID: Int64, occurrenceID: Int64, now: String) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO activity_count (occurrence_id, activity_id) VALUES (?, ?)", arguments: [occurrenceID, activityID])
        guard db.changesCount > 0 else { return }
        try db.execute(sql: """
            UPDATE occurrence SET progress = progress + 1,
              done_at = CASE WHEN state = 'open' AND progress + 1 >= coalesce(target, 1) THEN ?1 ELSE done_at END,
              state = CASE WHEN state = 'open' AND progress + 1 >= coalesce(target, 1) THEN 'done' ELSE state END,
              updated_at = ?1
            WHERE id = ?2
            """, arguments: [now, occurrenceID])
        try dropStreakCache(db, occurrenceID: occurrenceID)
    }

    /// Takes back the activity `id`: each count it made goes down by one (a done item below its target opens again),
    /// and the activity is gone.
    static func takeBackActivity(_ db: Database, id: Int64, now: String) throws {
        for occurrenceID in try Int64.fetchAll(db, sql: "SELECT occurrence_id FROM activity_count WHERE activity_id = ?", arguments: [id]) {
            try db.execute(sql: """
                UPDATE occurrence SET progress = max(progress - 1, 0),
                  done_at = CASE WHEN state = 'done' AND target IS NOT NULL AND max(progress - 1, 0) < target THEN NULL ELSE done_at END,
                  state = CASE WHEN state = 'done' AND target IS NOT NULL AND max(progress - 1, 0) < target THEN 'open' ELSE state END,
                  updated_at = ?
                WHERE id = ?
                """, arguments: [now, occurrenceID])
            try dropStreakCache(db, occurrenceID: occurrenceID)
        }
        try db.execute(sql: "DELETE FROM activity_count WHERE activity_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM activity WHERE id = ?", arguments: [id])
    }

    /// A change to a past daily item invalidates that routine's cached streaks (as `apply` does).
    private static func dropStreakCache(_ db: Database, occurrenceID: Int64) throws {
        try db.execute(sql: """
            DELETE FROM streak_cache WHERE routine_id = (SELECT routine_id FROM occurrence WHERE id = ?1 AND period_kind = 'day')
              AND through >= (SELECT start FROM occurrence WHERE id = ?1)
            """, arguments: [occurrenceID])
    }

    /// Logs what a stored visit counts as: its kind's activity, then each of `alsoCounts`, once each.
    static func countVisit(_ db: Database, _ visit: Visit, now: String) throws {
        var kinds = [ActivityKind(visit.kind)]
        for k in visit.alsoCounts where !kinds.contains(k) { kinds.append(k) }
        for k in kinds { try recordActivity(db, k, customerID: visit.customerID, day: visit.at.date, visitID: visit.id, now: now) }
    }

    /// Takes back every activity of the visit `id` (it is being removed).
    static func uncountVisit(_ db: Database, id: Int64, now: String) throws {
        for activityID in try Int64.fetchAll(db, sql: "SELECT id FROM activity WHERE visit_id = ? ORDER BY id", arguments: [id]) {
            try takeBackActivity(db, id: activityID, now: now)
        }
    }

    /// The extra kinds the visits `ids` were logged with (`--as`), by visit.
    static func visitExtras(_ db: Database, ids: [Int64]) throws -> [Int64: [ActivityKind]] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: [ActivityKind]] = [:]
        let extras = ActivityKind.visitExtras.map { "'\($0.rawValue)'" }.joined(separator: ",")
        for row in try Row.fetchAll(db, sql: """
            SELECT visit_id, kind FROM activity WHERE visit_id IN (\(ids.map(String.init).joined(separator: ","))) AND kind IN (\(extras)) ORDER BY id
            """) {
            if let k = ActivityKind(rawValue: row[1]) { out[row[0], default: []].append(k) }
        }
        return out
    }

    /// The card fields whose filling counts as personal details learned.
    static let personalFields: [CustomerField] = [.personality, .hobbies, .family, .social, .birthday]

    /// Counts what a card write did: a new card; personal details filled (one activity per write, taken back by the
    /// write that empties them again, such as an undo); a card archived on the day it was added (the screen's undo of
    /// adding it) takes its new-card count back, and restoring it that day counts it again.
    static func countCustomerChange(_ db: Database, before: Customer?, after: Customer, now: String) throws {
        guard let day = LocalDate(parsing: now.prefix(10)) else { return }
        guard let before else {
            try recordActivity(db, .newCustomer, customerID: after.id, day: day, now: now)
            return
        }
        let gained = personalFields.contains { before[$0] == $0.defaultValue && after[$0] != $0.defaultValue }
        let lost = personalFields.contains { before[$0] != $0.defaultValue && after[$0] == $0.defaultValue }
        if gained && !lost {
            try recordActivity(db, .personalDetails, customerID: after.id, day: day, now: now)
        } else if lost && !gained, let latest = try Int64.fetchOne(db, sql: """
            SELECT max(id) FROM activity WHERE customer_id = ? AND kind = 'personal-details'
            """, arguments: [after.id]) {
            try takeBackActivity(db, id: latest, now: now)
        }
        let addedToday = before.createdAt.prefix(10) == now.prefix(10)
        if addedToday, before.isArchived != after.isArchived {
            let existing = try Int64.fetchOne(db, sql: "SELECT max(id) FROM activity WHERE customer_id = ? AND kind = 'new-customer' AND day = ?",
                                              arguments: [after.id, day.dayNumber])
            if after.isArchived, let existing {
                try takeBackActivity(db, id: existing, now: now)
            } else if !after.isArchived, existing == nil {
                try recordActivity(db, .newCustomer, customerID: after.id, day: day, now: now)
            }
        }
    }

    /// After `fill` made occurrences of linked routines: counts toward them the activities already logged in their periods
    /// (an activity logged before the day's checklist was made). `firstNew` is, by routine, the start of its earliest new period.
    static func countEarlierActivities(_ db: Database, routines: [Routine], firstNew: [String: LocalDate], settings: CalendarSettings, today: LocalDate, now: String) throws {
        for r in routines {
            guard let kind = r.link, let from = firstNew[r.id] else { continue }
            let rows = try Row.fetchAll(db, sql: "SELECT id, day FROM activity WHERE kind = ? AND day >= ? AND day <= ? ORDER BY id",
                                        arguments: [kind.rawValue, from.dayNumber, today.dayNumber])
            for row in rows {
                let key = Period.containing(LocalDate(dayNumber: row[1]), kind: r.period, settings: settings).key
                guard let occurrenceID = try Int64.fetchOne(db, sql: "SELECT id FROM occurrence WHERE period_key = ? AND routine_id = ?",
                                                            arguments: [key, r.id]) else { continue }
                try count(db, activityID: row[0], occurrenceID: occurrenceID, now: now)
            }
        }
    }

    /// The customers counted toward each of the occurrences `ids`, in the order the activities were logged (the card's
    /// number when its name was erased).
    static func countedBy(_ db: Database, occurrenceIDs ids: [Int64]) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT ac.occurrence_id, c.name, c.number FROM activity_count ac JOIN activity a ON a.id = ac.activity_id
            LEFT JOIN customer c ON c.id = a.customer_id
            WHERE ac.occurrence_id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY a.id
            """)
        while let row = try rows.next() {
            let name: String = row[1] ?? ""
            let number: String = row[2] ?? "?"
            out[row[0], default: []].append(name.isEmpty ? number : name)
        }
        return out
    }

    /// The items the visit `id` counted toward, as `title (progress/target)`, in checklist order (for the console's report).
    public func itemsCounted(byVisit id: Int64) throws -> [String] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT DISTINCT o.id, (SELECT text FROM title WHERE id = o.title_id), o.progress, o.target, o.period_kind, o.position
                FROM activity a JOIN activity_count ac ON ac.activity_id = a.id JOIN occurrence o ON o.id = ac.occurrence_id
                WHERE a.visit_id = ?
                ORDER BY CASE o.period_kind WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'quarter' THEN 3 WHEN 'half' THEN 4 ELSE 5 END, o.position, o.id
                """, arguments: [id]).map { row in
                let target: Int? = row[3]
                return (row[1] as String) + " (\(row[2] as Int)/\(target ?? 1))"
            }
        }
    }
}
