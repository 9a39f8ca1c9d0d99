import GRDB
import GRDBSQLite
import MustDoCore

/// The contact cadence's reading (issue 12): every active card with its last contact, its own interval and whether a
/// planned appointment or a pending promise moves it forward, in one query over indexed columns.
extension AppDatabase {
    /// The `v10-contact-cadence` migration: the card's own contact interval, and the two indexes that answer "does this
    /// customer have a next step" without scanning every promise and appointment.
    static let contactCadenceMigration = """
        -- Days between contacts for this card ('' follows its tier's interval from [cadence]).
        ALTER TABLE customer ADD COLUMN contact_every TEXT NOT NULL DEFAULT '';
        CREATE INDEX promise_pending_by_customer ON promise(customer_id) WHERE state IN ('open', 'renegotiated');
        CREATE INDEX appointment_planned_by_customer ON appointment(customer_id, at) WHERE state = 'planned';
        """

    /// Every current prospect and customer (not archived, merged or forgotten) as the cadence sees it on `today`.
    public func cadenceCards(today: LocalDate) throws -> [CadenceCard] {
        try read { db in try AppDatabase.cadenceCards(db, today: today) }
    }

    /// Customers losing touch and customers with no next step on `today`, read in one transaction.
    public func contactCadence(today: LocalDate, settings: CadenceSettings) throws -> ContactCadence {
        ContactCadence(today: today, cards: try cadenceCards(today: today), settings: settings)
    }

    /// The `v13-plan-indexes` migration: the indexes that let morning planning's text read the first lines of "losing
    /// touch" and "no next step" in their order and count them without reading every card. `customer_cadence` holds the
    /// current prospects and customers by tier and by the day the contact clock starts (last contact, else the day the
    /// card was made), with every column those queries read, so they never open the wide card rows;
    /// `customer_current_ids` answers "how many current cards have a next step" without opening card rows;
    /// `customer_own_interval` holds the few current cards with an interval of their own; `promise_pending_plan` counts
    /// the promises due, the commitments and the progress checks from the index alone; `customer_birthday_day` finds the
    /// cards whose birthday can fall in the greet list's days. The SQL is frozen like every migration's (`recurrenceKey`
    /// must not change: the greet list's query repeats it to use the index).
    static var planIndexesMigration: String { """
        CREATE INDEX customer_cadence ON customer(tier, COALESCE(last_contact, substr(created_at, 1, 10)), number, contact_every,
            last_contact, created_at, status, archived_at, forgotten_at, merged_into)
            WHERE archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL AND status IN ('prospect', 'customer');
        CREATE INDEX customer_current_ids ON customer(id, status, archived_at, forgotten_at, merged_into)
            WHERE archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL AND status IN ('prospect', 'customer');
        CREATE INDEX promise_pending_plan ON promise(due, kind, remind_days, made_on, checked_on, conditions, state)
            WHERE state IN ('open', 'renegotiated');
        CREATE INDEX customer_own_interval ON customer(contact_every)
            WHERE contact_every != '' AND archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL AND status IN ('prospect', 'customer');
        CREATE INDEX customer_birthday_day ON customer(\(AppDatabase.recurrenceKey("birthday")))
            WHERE birthday != '' AND archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL;
        """
    }

    /// The current prospects and customers (the cards the cadence looks at): the very terms of `customer_cadence`'s WHERE.
    private static let currentCard = "c.archived_at IS NULL AND c.forgotten_at IS NULL AND c.merged_into IS NULL AND c.status IN ('prospect', 'customer')"
    /// The day the contact clock starts: the last contact, else the day the card was made (`customer_cadence`'s expression).
    private static let clockStart = "COALESCE(c.last_contact, substr(c.created_at, 1, 10))"
    /// Whether a planned appointment from `?1` on, or a pending promise either way, moves the card forward.
    private static let nextStep = """
        (EXISTS (SELECT 1 FROM appointment a WHERE a.customer_id = c.id AND a.state = 'planned' AND a.at >= ?1)
         OR EXISTS (SELECT 1 FROM promise p WHERE p.customer_id = c.id AND p.state IN ('open', 'renegotiated')))
        """
    private static let cardColumns = "c.id, c.number, c.name, c.tier, c.status, c.last_contact, substr(c.created_at, 1, 10), c.contact_every"

    /// What morning planning's text shows of the cadence on `today`: the first `limit` customers losing touch and the
    /// first `limit` with no next step, in `ContactCadence`'s order, with how many each list has in all (by planning
    /// section id). Each tier's cards are read in the index's order of the day their clock started, so only the few
    /// cards that can be among the first are read; the counts come from the indexes (see `planIndexesMigration`).
    /// Cards with an interval of their own are few and are all read and judged as `ContactCadence` judges them.
    public func contactCadence(today: LocalDate, settings: CadenceSettings, limit: Int) throws -> (ContactCadence, [String: Int]) {
        try read { db in
            let reader = PlanReader(db.sqliteConnection!)
            defer { reader.finalize() }
            return try AppDatabase.contactCadence(reader, today: today, settings: settings, limit: limit)
        }
    }

    static func contactCadence(_ r: PlanReader, today: LocalDate, settings: CadenceSettings, limit: Int) throws -> (ContactCadence, [String: Int]) {
        // A few short statements, each prepared once and run for every tier.
        let limit = max(1, limit)
        let day = today.description
        var cards: [Int64: CadenceCard] = [:]
        func read(_ sql: String, _ arguments: [QuickConnection.Value]) throws -> Int {
            var n = 0
            try r.each(sql, arguments) { s in
                let card = AppDatabase.cadenceCard(s, today: today)
                cards[card.id] = card
                n += 1
            }
            return n
        }
        // Losing touch, cards on their tier's interval: past it when the clock started before today less the interval;
        // most overdue first is earliest start first within a tier. ?1 today, ?2 the tier, ?3 that day.
        let tiers: [CustomerTier?] = CustomerTier.allCases + [nil]
        let late = "\(currentCard) AND c.tier = ?2 AND \(clockStart) < ?3 AND c.contact_every = ''"
        let lateRows = "SELECT \(cardColumns), \(nextStep) FROM customer c WHERE \(late) ORDER BY \(clockStart), c.number LIMIT \(limit)"
        let lateCount = "SELECT COUNT(*) FROM customer c WHERE \(late)"
        var losing = 0
        for tier in tiers {
            let args: [QuickConnection.Value] = [.text(day), .text(tier?.rawValue ?? ""), .text(today.adding(days: -settings.days(tier)).description)]
            let n = try read(lateRows, args)
            losing += n < limit ? n : try r.count(lateCount, args)
        }
        // Cards with an interval of their own: every one, judged as `ContactCadence` judges them.
        try r.each("SELECT \(cardColumns), \(nextStep) FROM customer c INDEXED BY customer_own_interval WHERE \(currentCard) AND c.contact_every != ''",
                   [.text(day)]) { s in
            let card = AppDatabase.cadenceCard(s, today: today)
            cards[card.id] = card
            if ContactCadence.entry(card, today: today, settings: settings).daysOverdue > 0 { losing += 1 }
        }
        // No next step: tiers in order, longest without contact first (a clock started today or later counts as 0 days, and
        // those follow by number), until `limit` are read. ?1 today, ?2 the tier, ?3 how many more.
        let stuckFilter = "\(currentCard) AND c.tier = ?2 AND NOT \(nextStep)"
        let stuckBefore = "SELECT \(cardColumns), 0 FROM customer c WHERE \(stuckFilter) AND \(clockStart) < ?1 ORDER BY \(clockStart), c.number LIMIT ?3"
        let since = "SELECT \(cardColumns), 0 FROM customer c WHERE \(stuckFilter) AND \(clockStart) >= ?1 ORDER BY c.number LIMIT ?3"
        var stuck = 0
        for tier in tiers where stuck < limit {
            stuck += try read(stuckBefore, [.text(day), .text(tier?.rawValue ?? ""), .int(Int64(limit - stuck))])
            if stuck < limit {
                stuck += try read(since, [.text(day), .text(tier?.rawValue ?? ""), .int(Int64(limit - stuck))])
            }
        }
        // How many have no next step: the current cards that no planned appointment or pending promise moves. The cards
        // moved are read from two indexes and sorted, then the current cards' ids walked in order from theirs
        // (`customer_current_ids`) alongside: SQLite's NOT IN built an ephemeral index of the moved ids and probed it for
        // every card, 3.8M instructions on 2,000 cards; a Swift set cost 1.4M, this walk less.
        var moved: [Int64] = []
        try r.each("""
            SELECT customer_id FROM appointment WHERE state = 'planned' AND at >= ?1
            UNION ALL SELECT customer_id FROM promise WHERE state IN ('open', 'renegotiated')
            """, [.text(day)]) { moved.append(sqlite3_column_int64($0, 0)) }
        moved.sort()
        var noNextStep = 0
        var next = 0
        try r.each("SELECT c.id FROM customer c WHERE \(currentCard) ORDER BY c.id") { s in
            let id = sqlite3_column_int64(s, 0)
            while next < moved.count && moved[next] < id { next += 1 }
            if next == moved.count || moved[next] != id { noNextStep += 1 }
        }
        let cadence = ContactCadence(today: today, cards: Array(cards.values), settings: settings)
        return (ContactCadence(losingTouch: Array(cadence.losingTouch.prefix(limit)), noNextStep: Array(cadence.noNextStep.prefix(limit))),
                ["losing_touch": losing, "no_next_step": noNextStep])
    }

    /// A card from a row of `cardColumns` followed by whether it has a next step, read by position.
    static func cadenceCard(_ s: OpaquePointer, today: LocalDate) -> CadenceCard {
        CadenceCard(id: sqlite3_column_int64(s, 0), number: PlanReader.text(s, 1), name: PlanReader.text(s, 2),
                    tier: CustomerTier(rawValue: PlanReader.text(s, 3)), status: CustomerStatus(rawValue: PlanReader.text(s, 4)) ?? .prospect,
                    lastContact: PlanReader.date(s, 5), createdOn: PlanReader.date(s, 6) ?? today, contactEvery: Int(PlanReader.text(s, 7)),
                    hasNextStep: sqlite3_column_int64(s, 8) != 0)
    }

    static func cadenceCards(_ db: Database, today: LocalDate) throws -> [CadenceCard] {
        // Columns by position (as the customer list does): decoding 2,000 rows by name costs more than the query.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.number, c.name, c.tier, c.status, c.last_contact, substr(c.created_at, 1, 10), c.contact_every,
                   EXISTS (SELECT 1 FROM appointment a WHERE a.customer_id = c.id AND a.state = 'planned' AND a.at >= ?)
                   OR EXISTS (SELECT 1 FROM promise p WHERE p.customer_id = c.id AND p.state IN ('open', 'renegotiated'))
            FROM customer c
            WHERE c.archived_at IS NULL AND c.forgotten_at IS NULL AND c.merged_into IS NULL AND c.status IN ('prospect', 'customer')
            ORDER BY c.number
            """, arguments: [today.description])
        var out: [CadenceCard] = []
        while let row = try rows.next() {
            let last: String? = row[5]
            let created: String = row[6]
            let every: String = row[7]
            out.append(CadenceCard(id: row[0], number: row[1], name: row[2], tier: CustomerTier(rawValue: row[3]),
                                   status: CustomerStatus(rawValue: row[4]) ?? .prospect, lastContact: last.flatMap { LocalDate(parsing: $0) },
                                   createdOn: LocalDate(parsing: created) ?? today, contactEvery: Int(every), hasNextStep: row[8]))
        }
        return out
    }
}
