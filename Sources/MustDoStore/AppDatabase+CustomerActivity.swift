import GRDB
import MustDoCore

extension AppDatabase {
    /// The work with customers from `from` through `through` (see `CustomerActivity`), losing touch counted on `asOf`.
    /// Read inside the caller's transaction.
    static func customerActivity(_ db: Database, from: LocalDate, through: LocalDate, asOf: LocalDate,
                                 cadence: CadenceSettings = CadenceSettings()) throws -> CustomerActivity {
        // Times are ISO text: a day's contacts and events sort from "YYYY-MM-DD" up to (not including) the next day.
        let lo = from.description, hi = through.adding(days: 1).description
        var activity = CustomerActivity(asOf: asOf)
        for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM visit WHERE at >= ? AND at < ? GROUP BY kind", arguments: [lo, hi]) {
            if let kind = VisitKind(rawValue: row[0]) { activity.contacts[kind] = row[1] }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT c.tier, count(DISTINCT v.customer_id) FROM visit v JOIN customer c ON c.id = v.customer_id
            WHERE v.at >= ? AND v.at < ? GROUP BY c.tier
            """, arguments: [lo, hi]) {
            activity.contactedByTier[CustomerTier(rawValue: row[0] as String)] = row[1]
        }
        // A visit won a customer action when the customer's action commitment points back to it.
        let visits = try Row.fetchOne(db, sql: """
            SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM promise p WHERE p.visit_id = v.id AND p.direction = 'theirs' AND p.kind = 'action')), 0)
            FROM visit v WHERE v.kind = 'visit' AND v.at >= ? AND v.at < ?
            """, arguments: [lo, hi])!
        activity.visitsWithAction = visits[1]
        activity.visitsWithoutAction = (visits[0] as Int) - (visits[1] as Int)
        for row in try Row.fetchAll(db, sql: """
            SELECT p.direction, e.action, count(*) FROM promise_event e JOIN promise p ON p.id = e.promise_id
            WHERE e.action IN ('kept', 'broken') AND e.at >= ? AND e.at < ? GROUP BY p.direction, e.action
            """, arguments: [lo, hi]) {
            let n: Int = row[2]
            switch (row[0] as String, row[1] as String) {
            case ("ours", "kept"): activity.oursKept = n
            case ("ours", "broken"): activity.oursBroken = n
            case ("theirs", "kept"): activity.theirsKept = n
            case ("theirs", "broken"): activity.theirsBroken = n
            default: break
            }
        }
        activity.newCustomers = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM customer WHERE created_at >= ? AND created_at < ? AND forgotten_at IS NULL AND merged_into IS NULL
            """, arguments: [lo, hi]) ?? 0
        let changes = try statusChanges(db, lo: lo, hi: hi)
        activity.won = changes.won.count
        activity.lost = changes.lost.count
        activity.losingTouch = try losingTouchCount(db, on: asOf, cadence: cadence)
        return activity
    }

    /// The cards whose status became "customer" (won) or "lost" between `lo` and `hi` (ISO texts), each named once by
    /// its latest such change.
    static func statusChanges(_ db: Database, lo: String, hi: String) throws -> (won: [SalesRanking.Customer], lost: [SalesRanking.Customer]) {
        var latest: [Int64: (String, SalesRanking.Customer)] = [:]
        var order: [Int64] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT h.customer_id, h.new, c.number, c.name FROM customer_history h JOIN customer c ON c.id = h.customer_id
            WHERE h.action = 'edit' AND h.field = 'status' AND h.at >= ? AND h.at < ? AND c.forgotten_at IS NULL ORDER BY h.id
            """, arguments: [lo, hi]) {
            let id: Int64 = row[0]
            if latest[id] == nil { order.append(id) }
            latest[id] = (row[1] as String? ?? "", SalesRanking.Customer(id: id, number: row[2], name: row[3]))
        }
        let won = order.compactMap { latest[$0]!.0 == "customer" ? latest[$0]!.1 : nil }
        let lost = order.compactMap { latest[$0]!.0 == "lost" ? latest[$0]!.1 : nil }
        return (won, lost)
    }

    /// Active cards (prospects and customers, not archived, forgotten or merged, created by `day`) whose last contact on
    /// or before `day` (or, never contacted, the day the card was made) is further back than their interval: the card's
    /// own, else its tier's in `cadence` — the rule planning's "losing touch" uses (`LosingTouchRule`).
    static func losingTouchCount(_ db: Database, on day: LocalDate, cadence: CadenceSettings = CadenceSettings()) throws -> Int {
        let next = day.adding(days: 1).description
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.tier, coalesce((SELECT max(v.at) FROM visit v WHERE v.customer_id = c.id AND v.at < ?1), c.created_at), c.contact_every
            FROM customer c
            WHERE c.archived_at IS NULL AND c.forgotten_at IS NULL AND c.merged_into IS NULL AND c.status IN ('prospect', 'customer') AND c.created_at < ?1
            """, arguments: [next])
        var count = 0
        while let row = try rows.next() {
            let last: String = row[1]
            guard let d = LocalDate(parsing: last.prefix(10)) else { continue }
            if LosingTouchRule.isLosingTouch(lastContact: d, tier: CustomerTier(rawValue: row[0] as String), contactEvery: Int(row[2] as String),
                                            on: day, cadence: cadence) { count += 1 }
        }
        return count
    }
}
