import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

private let today = LocalDate(parsing: "2026-11-27")!
private let now = "2026-11-27T09:00:00"

/// Visits, appointments, promises and promise history in the local half of the team sync: private cards' activity
/// never leaves, a database that joined before these were synced sends them once, a colleague's copy is never
/// pushed back, and a pulled visit lands on its card.
@Suite struct SyncActivityTests {
    func setUp() throws -> (AppDatabase, open: Customer, secret: Customer) {
        let db = try AppDatabase.inMemory()
        let open = try db.addCustomer(Customer(name: "Open"), prefix: "KH-", now: now)
        let secret = try db.addCustomer(Customer(name: "Secret"), prefix: "KH-", now: now)
        try db.setCustomerPrivate(id: secret.id, true)
        try db.enableSync(server: "rep_a@h:5432/t")
        return (db, open, secret)
    }

    func visit(_ card: Customer, result: String, commit: ActionCommitment? = nil) -> Visit {
        Visit(at: LocalDateTime(parsing: "2026-11-27 08:30")!, customerID: card.id, goal: VisitGoal("goal", high: "", low: ""),
              result: result, commitment: commit)
    }

    @Test func aPrivateCardsVisitsAndPromisesStayOutOfTheBatchAndTheCount() throws {
        let (db, open, secret) = try setUp()
        try db.logVisit(visit(open, result: "open result", commit: ActionCommitment(who: "", what: "open action", by: today)), now: now)
        try db.logVisit(visit(secret, result: "secret result", commit: ActionCommitment(who: "", what: "secret action", by: today)), now: now)
        let batch = try db.prepareSyncBatch(today: today)
        #expect(batch.json.contains("open result") && batch.json.contains("open action"))
        #expect(!batch.json.contains("secret"), "a private card's visit, promise and promise history never leave")
        #expect(Set(batch.sent.map(\.entity)).isSuperset(of: ["visit", "promise", "promise_event"]))
        // The visit's scope is its card's team-wide id, so whoever reads the card reads its visits.
        let cardUID = try db.read { try String.fetchOne($0, sql: "SELECT uid FROM sync_row WHERE entity = 'customer' AND local_id = ?", arguments: [open.id]) }!
        #expect(batch.json.contains("\"entity\":\"visit\",\"uid\":") && batch.json.contains("\"scope\":\"\(cardUID)\""))
        #expect(try db.syncStatus().pending == batch.sent.count, "the waiting count leaves out the private card's rows")
        #expect(batch.dropped.contains { $0.entity == "visit" } && batch.dropped.contains { $0.entity == "promise_event" })
    }

    @Test func aDatabaseJoinedBeforeVisitsWereSyncedSendsThemOnce() throws {
        let (db, open, _) = try setUp()
        try db.logVisit(visit(open, result: "logged before the upgrade"), now: now)
        // As a MustDo that synced cards only left it: no visit or promise triggers, nothing of them in the outbox.
        try db.write { db in
            for t in ["visit", "appointment", "promise", "promise_event"] {
                try db.execute(sql: "DROP TRIGGER sync_\(t)_insert; DROP TRIGGER sync_\(t)_update; DELETE FROM sync_outbox WHERE entity = '\(t)'")
            }
        }
        let first = try db.prepareSyncBatch(today: today)
        #expect(first.json.contains("logged before the upgrade"), "the visit logged before the upgrade is sent")
        try db.finishSyncBatch(first, now: now)
        let second = try db.prepareSyncBatch(today: today)
        #expect(!second.json.contains("logged before the upgrade"), "and only once")
    }

    @Test func aColleaguesHistoryLineCopiedHereIsNeverPushedBack() throws {
        let (db, open, _) = try setUp()
        try db.finishSyncBatch(try db.prepareSyncBatch(today: today), now: now)
        // A history line pulled from colleague rep_b, then erased here (a forget): it stays b's, unchanged on the server.
        try db.write { db in
            try db.execute(sql: "INSERT INTO customer_history (customer_id, at, action, field, old, new) VALUES (?, ?, 'edit', 'phone', '1', '2')",
                           arguments: [open.id, now])
            try db.execute(sql: "INSERT INTO sync_row (entity, local_id, uid, owner) VALUES ('customer_history', ?, 'beef', 'rep_b')",
                           arguments: [db.lastInsertedRowID])
            try db.execute(sql: "DELETE FROM sync_outbox")
            try db.execute(sql: "UPDATE customer_history SET old = NULL, new = NULL WHERE field = 'phone'")
        }
        let batch = try db.prepareSyncBatch(today: today)
        #expect(!batch.json.contains("customer_history"), "only a row's owner changes history")
        #expect(batch.dropped.contains { $0.entity == "customer_history" })
        // This user's own rows pulled back on a second machine (owner = their login) are theirs.
        try db.write { try $0.execute(sql: "UPDATE sync_row SET owner = 'rep_a' WHERE uid = 'beef'; UPDATE customer_history SET old = 'x' WHERE field = 'phone'") }
        #expect(try db.prepareSyncBatch(today: today).json.contains("customer_history"))
    }

    @Test func aPulledVisitAndItsPromiseLandOnTheirCard() throws {
        let (db, open, _) = try setUp()
        try db.finishSyncBatch(try db.prepareSyncBatch(today: today), now: now)
        let card = try db.read { try String.fetchOne($0, sql: "SELECT uid FROM sync_row WHERE entity = 'customer' AND local_id = ?", arguments: [open.id]) }!
        func f(_ entity: String, _ uid: String, _ field: String, _ json: String, _ seq: Int64) -> PulledField {
            PulledField(entity: entity, uid: uid, owner: "rep_a", field: field, value: json, seq: seq)
        }
        let fields = [
            f("visit", "v1", "customer", "\"\(card)\"", 10), f("visit", "v1", "kind", "\"call\"", 10), f("visit", "v1", "at", "\"2026-11-26 09:00\"", 10),
            f("visit", "v1", "result", "\"from the other laptop\"", 10), f("visit", "v1", "created_at", "\"2026-11-26T09:05:00\"", 10),
            f("promise", "p1", "customer", "\"\(card)\"", 11), f("promise", "p1", "visit", "\"v1\"", 11), f("promise", "p1", "direction", "\"theirs\"", 11),
            f("promise", "p1", "kind", "\"action\"", 11), f("promise", "p1", "what", "\"trial\"", 11), f("promise", "p1", "due", "\"2026-12-01\"", 11),
            f("promise", "p1", "made_on", "\"2026-11-26\"", 11), f("promise", "p1", "in_writing", "0", 11), f("promise", "p1", "state", "\"open\"", 11),
            f("promise_event", "e1", "promise", "\"p1\"", 12), f("promise_event", "e1", "at", "\"2026-11-26T09:05:00\"", 12),
            f("promise_event", "e1", "action", "\"created\"", 12),
            // A visit of a card this machine does not have cannot be placed: it is left out, the rest applies.
            f("visit", "v2", "customer", "\"nope\"", 13), f("visit", "v2", "kind", "\"visit\"", 13), f("visit", "v2", "at", "\"2026-11-26 10:00\"", 13),
        ]
        try db.applyPulled(fields, conflicts: [], cursor: 13, now: now)
        let row = try db.read { try Row.fetchOne($0, sql: """
            SELECT v.customer_id, v.kind, v.result, p.visit_id = v.id AS linked, p.direction, e.action FROM visit v
            JOIN promise p ON p.visit_id = v.id JOIN promise_event e ON e.promise_id = p.id
            """) }
        let customerID: Int64? = row?["customer_id"]
        let texts: [String?] = ["kind", "result", "direction", "action"].map { row?[$0] }
        let linked: Bool? = row?["linked"]
        #expect(customerID == open.id)
        #expect(texts == ["call", "from the other laptop", "theirs", "created"])
        #expect(linked == true, "the promise points at its visit")
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM visit") } == 1)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sync_outbox WHERE entity IN ('visit', 'promise', 'promise_event')") } == 0,
                "a pulled row is not sent back")
    }
}
