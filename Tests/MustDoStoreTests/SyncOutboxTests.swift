import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore

private let today = LocalDate(parsing: "2026-11-27")!

/// The local half of the team sync, without a server: what the triggers put in the outbox, what a push batch holds,
/// what finishing a push removes, and how a pull is applied.
@Suite struct SyncOutboxTests {
    func outbox(_ db: AppDatabase) throws -> [String] {
        try db.read { try Row.fetchAll($0, sql: "SELECT entity, local_id, field FROM sync_outbox ORDER BY entity, local_id, field") }
            .map { "\($0["entity"] as String)/\($0["local_id"] as Int64)/\($0["field"] as String)" }
    }

    @Test func nothingIsRecordedBeforeJoiningATeam() throws {
        let db = try AppDatabase.inMemory()
        let c = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: "2026-11-27T09:00:00")
        try db.editCustomer(id: c.id, now: "2026-11-27T09:01:00", reviewedOn: nil) { $0[.phone] = "123" }
        #expect(try outbox(db).isEmpty, "a MustDo without a team keeps no outbox")
        let triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
        #expect(try db.read { try Int.fetchOne($0, sql: triggers) } == 0,
                "no sync triggers before joining: SQLite parses them on every open (mustdo today)")
        try db.enableSync(server: "a@h:5432/t")
        #expect(try db.read { try Int.fetchOne($0, sql: triggers) } == SyncRegistry.triggerNames.count)
    }

    @Test func joiningMarksEverythingAndEditsMarkTheirFields() throws {
        let db = try AppDatabase.inMemory()
        let c = try db.addCustomer(Customer(name: "张三"), prefix: "KH-", now: "2026-11-27T09:00:00")
        try db.enableSync(server: "a@h:5432/t")
        #expect(try outbox(db) == ["customer/\(c.id)/*", "customer_history/1/*"])
        try db.write { try $0.execute(sql: "DELETE FROM sync_outbox") }
        var changed = c
        changed.people = [CustomerPerson(name: "李四", role: .buyer, note: "")]
        try db.editCustomer(id: c.id, now: "2026-11-27T09:01:00", reviewedOn: nil) { $0[.phone] = "123"; $0.people = changed.people }
        let marks = try outbox(db)
        #expect(marks.contains("customer/\(c.id)/phone") && marks.contains("customer/\(c.id)/people"))
        #expect(!marks.contains("customer/\(c.id)/name"), "an unchanged field is not sent")
        #expect(marks.filter { $0.hasPrefix("customer_history/") }.count == 2, "two new history lines")
    }

    @Test func aBatchCarriesStableIdsAndLeavesPrivateCardsOut() throws {
        let db = try AppDatabase.inMemory()
        try db.enableSync(server: "a@h:5432/t")
        let open = try db.addCustomer(Customer(name: "Open"), prefix: "KH-", now: "2026-11-27T09:00:00")
        let secret = try db.addCustomer(Customer(name: "Secret"), prefix: "KH-", now: "2026-11-27T09:00:00")
        try db.setCustomerPrivate(id: secret.id, true)
        let first = try db.prepareSyncBatch(today: today)
        let again = try db.prepareSyncBatch(today: today)
        #expect(first.sent.map(\.changeID) == again.sent.map(\.changeID), "a retried push sends the same change ids")
        #expect(!first.json.contains("Secret"), "a private card is never in a batch")
        #expect(first.json.contains("\"name\":\"Open\""))
        #expect(first.sent.contains { $0.entity == "customer" && $0.localID == open.id })
        // A field changed again after the batch was made keeps its outbox row (with a new id) when the push finishes.
        try db.editCustomer(id: open.id, now: "2026-11-27T09:05:00", reviewedOn: nil) { $0[.phone] = "9" }
        try db.finishSyncBatch(first, now: "2026-11-27T09:06:00")
        let left = try outbox(db)
        #expect(left.contains("customer/\(open.id)/phone"), "a change made during the push waits for the next")
        #expect(!left.contains("customer/\(open.id)/*") && !left.contains { $0.hasPrefix("customer/\(secret.id)/") })
        #expect(try db.syncStatus().pending == left.count)
    }

    @Test func thePushedBatchLeavesTheOutboxInThePullsTransaction() throws {
        let db = try AppDatabase.inMemory()
        try db.enableSync(server: "a@h:5432/t")
        let card = try db.addCustomer(Customer(name: "Open"), prefix: "KH-", now: "2026-11-27T09:00:00")
        let batch = try db.prepareSyncBatch(today: today)
        #expect(batch.sent.contains { $0.entity == "customer" && $0.localID == card.id })
        // Edited again while the push was on its way: a new change id, which stays for the next push.
        try db.editCustomer(id: card.id, now: "2026-11-27T09:05:00", reviewedOn: nil) { $0[.phone] = "9" }
        let sent = Set(batch.sent.map { "\($0.entity)/\($0.localID)/\($0.field)" })
        let waiting = try outbox(db).filter { !sent.contains($0) }
        #expect(waiting.contains("customer/\(card.id)/phone") && waiting.count == 2, "the phone and its history line")
        let uid = "0123456789abcdef0123456789abcdef"
        let pulled = [PulledField(entity: "customer", uid: uid, owner: "b", field: "name", value: "\"王五\"", seq: 7)]
        try db.applyPulled(pulled, conflicts: [], cursor: 7, now: "2026-11-27T09:06:00", finishing: batch)
        #expect(try outbox(db) == waiting, "the sent rows left, the later edit waits")
        let status = try db.syncStatus()
        #expect(status.cursor == 7 && status.lastPush == "2026-11-27T09:06:00" && status.lastPull == "2026-11-27T09:06:00")
        #expect(try db.customers().map(\.name).sorted() == ["Open", "王五"])
        // A pull the database refuses rolls back whole: the batch stays in the outbox with the cursor (the caller then
        // finishes the batch on its own, see TeamSync).
        let again = try db.prepareSyncBatch(today: today)
        let refused = [PulledField(entity: "customer", uid: uid, owner: "b", field: "tier", value: "\"galactic\"", seq: 9)]
        #expect(throws: PulledValueRefused.self) { try db.applyPulled(refused, conflicts: [], cursor: 9, now: "2026-11-27T09:07:00", finishing: again) }
        #expect(try outbox(db) == waiting && db.syncStatus().cursor == 7)
    }

    @Test func aPullIsAppliedWithoutEchoAndKeepsUnpushedLocalFields() throws {
        let db = try AppDatabase.inMemory()
        try db.enableSync(server: "a@h:5432/t")
        let uid = "0123456789abcdef0123456789abcdef"
        let pulled = [
            PulledField(entity: "customer", uid: uid, owner: "b", field: "number", value: "\"KH-0001\"", seq: 5),
            PulledField(entity: "customer", uid: uid, owner: "b", field: "name", value: "\"王五\"", seq: 5),
            PulledField(entity: "customer", uid: uid, owner: "b", field: "tags", value: "[\"vip\"]", seq: 6),
        ]
        try db.applyPulled(pulled, conflicts: [], cursor: 6, now: "2026-11-27T10:00:00")
        let cards = try db.customers()
        #expect(cards.map(\.name) == ["王五"] && cards[0].tags == ["vip"])
        #expect(try outbox(db).isEmpty, "applying a pull writes nothing to the outbox")
        #expect(try db.syncStatus().cursor == 6)
        // A local change not yet pushed wins over a pulled value of the same field until the push decides.
        try db.editCustomer(id: cards[0].id, now: "2026-11-27T10:01:00", reviewedOn: nil) { $0[.name] = "王五(本地)" }
        try db.applyPulled([PulledField(entity: "customer", uid: uid, owner: "b", field: "name", value: "\"王五(服务器)\"", seq: 7)],
                           conflicts: [], cursor: 7, now: "2026-11-27T10:02:00")
        #expect(try db.customers()[0].name == "王五(本地)")
        // A number already used here gets the owner's login appended instead of failing the pull.
        let mine = try db.addCustomer(Customer(name: "Mine"), prefix: "KH-", now: "2026-11-27T10:03:00")
        try db.applyPulled([PulledField(entity: "customer", uid: "f" + String(uid.dropFirst()), owner: "c", field: "number", value: "\"\(mine.number)\"", seq: 8)],
                           conflicts: [], cursor: 8, now: "2026-11-27T10:04:00")
        #expect(try db.customers().contains { $0.number == mine.number + "@c" })
    }

    @Test func aPulledValueThisDatabaseRefusesStopsThePullWhole() throws {
        let db = try AppDatabase.inMemory()
        try db.enableSync(server: "a@h:5432/t")
        let uid = "0123456789abcdef0123456789abcdef"
        try db.applyPulled([PulledField(entity: "customer", uid: uid, owner: "b", field: "number", value: "\"KH-0001\"", seq: 5),
                            PulledField(entity: "customer", uid: uid, owner: "b", field: "name", value: "\"Acme\"", seq: 5)],
                           conflicts: [], cursor: 5, now: "2026-11-27T10:00:00")
        // A good change and a tier this MustDo does not know, in one pull: neither is applied, the cursor stays.
        let pull = [PulledField(entity: "customer", uid: uid, owner: "b", field: "phone", value: "\"555\"", seq: 6),
                    PulledField(entity: "customer", uid: uid, owner: "b", field: "tier", value: "\"platinum\"", seq: 7)]
        #expect(throws: PulledValueRefused(entity: "customer", record: "KH-0001 Acme", field: "tier", value: "\"platinum\"", owner: "b")) {
            try db.applyPulled(pull, conflicts: [], cursor: 7, now: "2026-11-27T10:01:00")
        }
        #expect(try db.customers()[0][.phone] == "", "the good change that came with it is not applied")
        #expect(try db.syncStatus().cursor == 5)
        #expect(try db.read { try Int.fetchOne($0, sql: "SELECT applying FROM sync_state") } == 0, "the outbox triggers are not left quiet")
        // A new history line with an action this MustDo does not know is named by its field too.
        let line = [PulledField(entity: "customer_history", uid: "ab" + String(uid.dropFirst(2)), owner: "b", field: "customer", value: "\"\(uid)\"", seq: 8),
                    PulledField(entity: "customer_history", uid: "ab" + String(uid.dropFirst(2)), owner: "b", field: "action", value: "\"teleport\"", seq: 8)]
        #expect(throws: PulledValueRefused.self) { try db.applyPulled(line, conflicts: [], cursor: 8, now: "2026-11-27T10:02:00") }
        do {
            try db.applyPulled(line, conflicts: [], cursor: 8, now: "2026-11-27T10:02:00")
        } catch let e as PulledValueRefused {
            #expect(e.field == "action" && e.shownValue == "teleport" && e.record.hasSuffix("KH-0001 Acme"))
        }
    }

    @Test func completionOfEndedPeriodsIsSummarised() throws {
        let db = try AppDatabase.inMemory()
        try db.enableSync(server: "a@h:5432/t")
        try db.write { db in
            try db.execute(sql: "INSERT INTO title (id, routine_id, text) VALUES (1, 'r', 'R')")
            try db.execute(sql: """
                INSERT INTO occurrence (routine_id, period_kind, period_key, start, end, title_id, position, state)
                VALUES ('r', 'week', '2026-W47', ?, ?, 1, 0, 'done'), ('r2', 'week', '2026-W47', ?, ?, 1, 1, 'open')
                """, arguments: [today.dayNumber - 10, today.dayNumber - 4, today.dayNumber - 10, today.dayNumber - 4])
        }
        let batch = try db.prepareSyncBatch(today: today)
        #expect(batch.json.contains("\"period_key\":\"2026-W47\""))
        #expect(batch.json.contains("\"done\":1") && batch.json.contains("\"missed\":1") && batch.json.contains("\"total\":2"))
    }
}

/// The synced card columns are the ones the team schema has, and the card's current fields are all among them.
@Suite struct SyncRegistryTests {
    @Test func everyCardFieldIsSynced() {
        let synced = Set(SyncRegistry.customer.columns.map(\.local))
        for field in CustomerField.allCases where !CustomerField.localOnly.contains(field) {
            #expect(synced.contains(field.column), "\(field.column) is not synced: add it to SyncRegistry, a local and a team migration")
        }
        for field in CustomerField.localOnly { #expect(!synced.contains(field.column), "\(field.column) is local only") }
    }
}
