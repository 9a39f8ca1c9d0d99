import GRDB
import MustDoCore

/// The local half of `mustdo sync`: the outbox the triggers fill, the batch a push sends, what a finished push
/// removes, and the pulled team changes applied in one transaction.
extension AppDatabase {
    // MARK: state

    /// Whether this database has joined a team, and the server it joined.
    public func syncEnabled() throws -> (enabled: Bool, server: String) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT enabled, server FROM sync_state WHERE id = 1")
            return (row?["enabled"] ?? false, row?["server"] ?? "")
        }
    }

    /// Joins a team (`server` names it, e.g. `login@host/db`): from now on local changes go to the outbox. The first
    /// join, or a join to another server, starts over: every card and history line is marked to be pushed whole,
    /// every period's completion summarised, and the next pull starts from the beginning.
    public func enableSync(server: String) throws {
        try write { db in
            let current: String = try String.fetchOne(db, sql: "SELECT server FROM sync_state WHERE id = 1") ?? ""
            let enabled = try Bool.fetchOne(db, sql: "SELECT enabled FROM sync_state WHERE id = 1") ?? false
            try db.execute(sql: SyncRegistry.triggerSQL)
            if enabled && current == server { return }
            try db.execute(sql: "DELETE FROM sync_outbox")
            try db.execute(sql: "DELETE FROM sync_conflict")
            if current != server { try db.execute(sql: "DELETE FROM sync_row") }
            try db.execute(sql: """
                UPDATE sync_state SET enabled = 1, server = ?, cursor = 0, occurrence_mark = 0, summarised_through = '',
                  last_push = NULL, last_pull = NULL WHERE id = 1
                """, arguments: [server])
            for t in SyncRegistry.tables {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id)
                    SELECT '\(t.entity)', id, '*', \(SyncRegistry.stamp) FROM \(t.table)
                    """)
            }
        }
    }

    /// Marks the card `id` private (never pushed) or shared again (then pushed whole with its history).
    /// Returns whether anything changed.
    @discardableResult
    public func setCustomerPrivate(id: Int64, _ isPrivate: Bool) throws -> Bool {
        try write { db in
            if isPrivate {
                try db.execute(sql: "INSERT OR IGNORE INTO sync_private (customer_id) VALUES (?)", arguments: [id])
                return db.changesCount > 0
            }
            try db.execute(sql: "DELETE FROM sync_private WHERE customer_id = ?", arguments: [id])
            guard db.changesCount > 0 else { return false }
            if try Bool.fetchOne(db, sql: "SELECT enabled FROM sync_state WHERE id = 1") == true {
                try db.execute(sql: "INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id) VALUES ('customer', ?, '*', \(SyncRegistry.stamp))",
                               arguments: [id])
                // Its history, visits, appointments and promises go with it (only the ones this user owns).
                for t in SyncRegistry.tables {
                    guard let card = t.cardSQL else { continue }
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id)
                        SELECT '\(t.entity)', r.id, '*', \(SyncRegistry.stamp) FROM \(t.table) r WHERE \(card) = ?
                        """, arguments: [id])
                }
            }
            return true
        }
    }

    /// The team-wide id of the card `id` once a push has sent it whole (nil before: share it after `mustdo sync`).
    public func syncedCustomerUID(id: Int64) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT uid FROM sync_row WHERE entity = 'customer' AND local_id = ?
                  AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE entity = 'customer' AND local_id = ? AND field = '*')
                """, arguments: [id, id])
        }
    }

    /// The ids of the cards marked private.
    public func privateCustomerIDs() throws -> Set<Int64> {
        try read { db in Set(try Int64.fetchAll(db, sql: "SELECT customer_id FROM sync_private")) }
    }

    /// What the outbox holds and when this database last pushed and pulled.
    public func syncStatus() throws -> SyncStatus {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT cursor, last_push, last_pull, server FROM sync_state WHERE id = 1")
            let pending = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM sync_outbox o
                WHERE NOT (o.entity = 'customer' AND o.local_id IN (SELECT customer_id FROM sync_private))
                \(SyncRegistry.privatePendingFilter)
                """) ?? 0
            let conflicts = try Int.fetchOne(db, sql: "SELECT count(*) FROM sync_conflict") ?? 0
            return SyncStatus(server: row?["server"] ?? "", pending: pending, cursor: row?["cursor"] ?? 0, lastPush: row?["last_push"],
                              lastPull: row?["last_pull"], conflicts: conflicts)
        }
    }

    /// The conflicts pulled so far, newest first: the field, the kept and the overwritten value with who and when.
    public func syncConflicts() throws -> [SyncConflict] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.*, s.local_id, cu.number, cu.name FROM sync_conflict c
                LEFT JOIN sync_row s ON s.uid = c.uid
                LEFT JOIN customer cu ON c.entity = 'customer' AND cu.id = s.local_id
                ORDER BY c.server_id DESC
                """).map { row in
                SyncConflict(entity: row["entity"], uid: row["uid"], record: (row["number"] as String?).map { "\($0) \(row["name"] as String? ?? "")" },
                             field: row["field"], kept: row["kept"], keptBy: row["kept_by"], keptAt: row["kept_at"],
                             lost: row["lost"], lostBy: row["lost_by"], lostAt: row["lost_at"])
            }
        }
    }

    // MARK: push

    /// Gathers the outbox into one batch, in one write transaction: periods whose completion may have changed
    /// (new occurrences, periods ended since the last push) are marked first, and rows without a team-wide id get
    /// one, so a retry sends the same ids. Private cards and their history are left out (and dropped from the outbox
    /// when the push is done). `today` decides which open items count as missed.
    public func prepareSyncBatch(today: LocalDate) throws -> SyncBatch {
        try write { db in
            // The triggers come with joining; a database copied back from before the join (a backup) gets them again.
            let installed = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'") ?? 0
            // A field synced since this database joined (contact_every): the card's update trigger does not name it yet.
            let cardTrigger = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'sync_customer_update'") ?? ""
            let newFields = SyncRegistry.customer.columns.filter { !cardTrigger.contains("'\($0.server)'") }
            if installed != SyncRegistry.triggerNames.count || !newFields.isEmpty {
                try db.execute(sql: SyncRegistry.triggerSQL)
                // Kinds of rows synced since this database joined (visits, promises): their rows go whole once.
                try db.execute(sql: SyncRegistry.backfillSQL)
                // Fields synced since: a card already on the server sends the ones it has set here once (a colleague's
                // copy never received them, so it leaves them alone).
                for c in newFields where installed > 0 {
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO sync_outbox (entity, local_id, field, at, change_id)
                        SELECT 'customer', r.id, '\(c.server)', \(SyncRegistry.stamp) FROM customer r
                        WHERE r.id IN (SELECT local_id FROM sync_row WHERE entity = 'customer') AND coalesce(r.\(c.local), '') <> ''
                        """)
                }
            }
            let state = try Row.fetchOne(db, sql: "SELECT occurrence_mark, summarised_through FROM sync_state WHERE id = 1")!
            let mark: Int64 = state["occurrence_mark"]
            let through = Int(state["summarised_through"] as String) ?? 0
            try db.execute(sql: """
                INSERT OR IGNORE INTO sync_outbox (entity, local_id, field, at, change_id)
                SELECT 'completion', 0, k, \(SyncRegistry.stamp) FROM (
                  SELECT DISTINCT period_kind || '|' || period_key AS k FROM occurrence
                  WHERE period_kind <> 'task' AND (id > ? OR (end >= ? AND end < ?)))
                """, arguments: [mark, through, today.dayNumber])
            let newMark = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM occurrence") ?? 0
            try db.execute(sql: "UPDATE sync_state SET occurrence_mark = ?, summarised_through = ? WHERE id = 1",
                           arguments: [newMark, String(today.dayNumber)])
            for t in SyncRegistry.tables {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO sync_row (entity, local_id, uid)
                    SELECT '\(t.entity)', id, lower(hex(randomblob(16))) FROM \(t.table) WHERE id IN (SELECT local_id FROM sync_outbox WHERE entity = '\(t.entity)')
                    """)
                for (column, target) in t.references {
                    guard let tt = SyncRegistry.table(target) else { continue }
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO sync_row (entity, local_id, uid)
                        SELECT '\(target)', id, lower(hex(randomblob(16))) FROM \(tt.table) WHERE id IN (
                          SELECT r.\(column) FROM \(t.table) r JOIN sync_outbox o ON o.entity = '\(t.entity)' AND o.local_id = r.id)
                        """)
                }
            }
            let privateCards = Set(try Int64.fetchAll(db, sql: "SELECT customer_id FROM sync_private"))
            var elements: [String] = []
            var sent: [SyncBatch.Key] = []
            var dropped: [SyncBatch.Key] = []
            for row in try Row.fetchAll(db, sql: "SELECT entity, local_id, field, at, change_id FROM sync_outbox ORDER BY entity = 'completion', entity = 'customer_history', local_id, field") {
                let key = SyncBatch.Key(entity: row["entity"], localID: row["local_id"], field: row["field"], changeID: row["change_id"])
                if key.entity == "completion" {
                    let parts = key.field.split(separator: "|", maxSplits: 1).map(String.init)
                    guard parts.count == 2, let fields = try String.fetchOne(db.cachedStatement(sql: """
                        SELECT json_object('period_kind', period_kind, 'period_key', period_key,
                          'start_day', date(min(start) * 86400, 'unixepoch'), 'end_day', date(max(end) * 86400, 'unixepoch'),
                          'done', sum(state = 'done'), 'skipped', sum(state = 'skipped'), 'missed', sum(state = 'open' AND end < ?),
                          'total', count(*))
                        FROM occurrence WHERE period_kind = ? AND period_key = ? GROUP BY period_kind, period_key
                        """), arguments: [today.dayNumber, parts[0], parts[1]]) else { dropped.append(key); continue }
                    elements.append(try String.fetchOne(db.cachedStatement(sql: "SELECT json_object('id', ?, 'entity', 'completion', 'key', ?, 'at', ?, 'fields', json(?))"),
                                                        arguments: [key.changeID, key.field, row["at"] as String, fields])!)
                    sent.append(key)
                    continue
                }
                guard let t = SyncRegistry.table(key.entity) else { dropped.append(key); continue }
                if t.ownerOnly, try SyncRegistry.ownedByColleague(db, entity: t.entity, localID: key.localID) {
                    dropped.append(key)  // a colleague's visit or history line copied here: only its owner changes it
                    continue
                }
                let owner = t.cardSQL ?? "r.id"
                // Cached statements: a batch has a few kinds of row and fields, each compiled once, not once per change.
                guard let customer = try Int64.fetchOne(db.cachedStatement(sql: "SELECT \(owner) FROM \(t.table) r WHERE r.id = ?"), arguments: [key.localID]) else {
                    dropped.append(key)  // the row is gone (a rolled-back import); nothing to send
                    continue
                }
                if privateCards.contains(customer) { dropped.append(key); continue }
                let fields: [String] = key.field == "*" ? t.fields : [key.field]
                var pairs: [String] = []
                for f in fields {
                    pairs.append("'\(f)', " + AppDatabase.syncExpression(t, field: f))
                }
                let scope = t.cardSQL.map { "(SELECT uid FROM sync_row WHERE entity = 'customer' AND local_id = \($0))" }
                    ?? "(SELECT uid FROM sync_row WHERE entity = '\(t.entity)' AND local_id = r.id)"
                let sql = """
                    SELECT json_object('id', ?, 'entity', '\(t.entity)', 'uid', (SELECT uid FROM sync_row WHERE entity = '\(t.entity)' AND local_id = r.id),
                      'scope', \(scope), 'at', ?, 'fields', json_object(\(pairs.joined(separator: ", "))))
                    FROM \(t.table) r WHERE r.id = ?
                    """
                guard let element = try String.fetchOne(db.cachedStatement(sql: sql), arguments: [key.changeID, row["at"] as String, key.localID]) else {
                    dropped.append(key)
                    continue
                }
                elements.append(element)
                sent.append(key)
            }
            return SyncBatch(json: "[" + elements.joined(separator: ",") + "]", sent: sent, dropped: dropped)
        }
    }

    /// The SQL expression of server field `field` of row `r` of `t`: a column, a referenced row's uid, or a child table as JSON.
    static func syncExpression(_ t: SyncedTable, field: String) -> String {
        if let child = t.children.first(where: { $0.field == field }) {
            let element = child.columns.count == 1 ? child.columns[0]
                : "json_object(" + child.columns.map { "'\($0)', \($0)" }.joined(separator: ", ") + ")"
            let sorted = child.table == "customer_person" ? "position" : child.columns[0]
            return "(SELECT json_group_array(\(element)) FROM (SELECT * FROM \(child.table) WHERE \(child.parent) = r.id ORDER BY \(sorted)))"
        }
        guard let column = t.columns.first(where: { $0.server == field })?.local else { return "NULL" }
        if let target = t.references[column] {
            return "(SELECT uid FROM sync_row WHERE entity = '\(target)' AND local_id = r.\(column))"
        }
        return "r.\(column)"
    }

    /// After the server committed `batch`: its changes leave the outbox (a field changed again meanwhile has a new
    /// change id and stays), and so do the left-out ones.
    public func finishSyncBatch(_ batch: SyncBatch, now: String) throws {
        try write { db in try AppDatabase.finishSyncBatch(db, batch, now: now) }
    }

    /// `finishSyncBatch` inside the caller's transaction.
    static func finishSyncBatch(_ db: Database, _ batch: SyncBatch, now: String) throws {
        let delete = try db.cachedStatement(sql: "DELETE FROM sync_outbox WHERE entity = ? AND local_id = ? AND field = ? AND change_id = ?")
        for key in batch.sent + batch.dropped {
            try delete.execute(arguments: [key.entity, key.localID, key.field, key.changeID])
        }
        try db.execute(sql: "UPDATE sync_state SET last_push = ? WHERE id = 1", arguments: [now])
    }

    // MARK: pull

    /// Applies what the team changed, in one transaction with the new cursor: field values of rows this user may read
    /// (a card not seen before is created; a field with a local change not yet pushed keeps the local value, which
    /// the next push sends), and the conflicts. The outbox triggers stay quiet meanwhile. Returns how many rows changed.
    /// `finishing`, a batch the server has committed, leaves the outbox first in the same transaction (one commit
    /// instead of two; killed before it, the next sync sends the batch again and the server applies it once).
    @discardableResult
    public func applyPulled(_ changes: [PulledField], conflicts: [SyncConflictRow], cursor: Int64, now: String,
                            finishing batch: SyncBatch? = nil) throws -> Int {
        try customerWrite { db in
            if let batch, !batch.sent.isEmpty || !batch.dropped.isEmpty { try AppDatabase.finishSyncBatch(db, batch, now: now) }
            try db.execute(sql: "UPDATE sync_state SET applying = 1 WHERE id = 1")
            var touched: Set<String> = []
            var notNull: [String: Set<String>] = [:]
            for t in SyncRegistry.tables {
                notNull[t.table] = Set(try Row.fetchAll(db, sql: "PRAGMA table_info(\(t.table))").filter { ($0["notnull"] as Int) == 1 }.map { $0["name"] as String })
            }
            // Parents first, then in server order; each row's fields together.
            var order: [String] = []
            var byRow: [String: [PulledField]] = [:]
            let rank: (String) -> Int = { e in SyncRegistry.tables.firstIndex { $0.entity == e } ?? 9 }
            for c in changes.sorted(by: { (rank($0.entity), $0.seq) < (rank($1.entity), $1.seq) }) {
                let k = c.entity + "/" + c.uid
                if byRow[k] == nil { order.append(k) }
                byRow[k, default: []].append(c)
            }
            for k in order {
                let fields = byRow[k]!
                guard let t = SyncRegistry.table(fields[0].entity) else { continue }
                let uid = fields[0].uid
                var localID = try Int64.fetchOne(db.cachedStatement(sql: "SELECT local_id FROM sync_row WHERE entity = ? AND uid = ?"), arguments: [t.entity, uid])
                if localID == nil {
                    do {
                        localID = try AppDatabase.createPulledRow(db, t, fields: fields, now: now)
                    } catch let e as DatabaseError where e.extendedResultCode == .SQLITE_CONSTRAINT_CHECK {
                        throw try AppDatabase.refusedValue(db, t, fields: fields, message: e.message)
                    }
                    guard let id = localID else { continue }
                    try db.cachedStatement(sql: "INSERT INTO sync_row (entity, local_id, uid, owner) VALUES (?, ?, ?, ?)").execute(arguments: [t.entity, id, uid, fields[0].owner])
                }
                guard let id = localID else { continue }
                let pending = Set(try String.fetchAll(db.cachedStatement(sql: "SELECT field FROM sync_outbox WHERE entity = ? AND local_id = ?"),
                                                      arguments: [t.entity, id]))
                // The row's plain columns in one statement (a card pulled whole was 39 statements, the manager's first
                // pull millions); children, references and defaults one by one, and so is every field again when the
                // row's statement is refused, so that the refused field is the one named.
                let columnsNotNull = notNull[t.table] ?? []
                var plain: [(column: String, field: PulledField)] = []
                var single: [PulledField] = []
                for f in fields where !pending.contains(f.field) {
                    if let column = t.columns.first(where: { $0.server == f.field })?.local, column != "number", t.references[column] == nil,
                       !(columnsNotNull.contains(column) && (f.value == nil || f.value == "null")) {
                        plain.append((column, f))
                    } else {
                        single.append(f)
                    }
                }
                if !plain.isEmpty {
                    let sets = plain.map { "\($0.column) = coalesce(json_extract(?, '$'), \(columnsNotNull.contains($0.column) ? "''" : "NULL"))" }
                    var arguments: [(any DatabaseValueConvertible)?] = plain.map { $0.field.value }
                    arguments.append(id)
                    do {
                        try db.cachedStatement(sql: "UPDATE \(t.table) SET \(sets.joined(separator: ", ")) WHERE id = ?")
                            .execute(arguments: StatementArguments(arguments))
                    } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
                        single = plain.map(\.field) + single
                    }
                }
                for f in single {
                    do {
                        try AppDatabase.applyPulledField(db, t, id: id, field: f, notNull: columnsNotNull)
                    } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
                        // A value this database refuses (a tier or status it does not know): the whole pull is rolled
                        // back with the cursor, and the sentence names the record, the field and who can correct it.
                        throw PulledValueRefused(entity: t.entity, record: try AppDatabase.pulledRecord(db, t, fields: fields),
                                                 field: f.field, value: f.value, owner: f.owner)
                    }
                }
                if t.entity == "customer" { try db.cachedStatement(sql: "UPDATE customer SET updated_at = ? WHERE id = ?").execute(arguments: [now, id]) }
                touched.insert(k)
            }
            for c in conflicts {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO sync_conflict (server_id, entity, uid, field, kept, kept_by, kept_at, lost, lost_by, lost_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [c.serverID, c.entity, c.uid, c.field, c.kept, c.keptBy, c.keptAt, c.lost, c.lostBy, c.lostAt])
            }
            try db.execute(sql: "UPDATE sync_state SET applying = 0, cursor = max(cursor, ?), last_pull = ? WHERE id = 1", arguments: [cursor, now])
            return touched.count
        }
    }

    /// The refusal of a new pulled row of `t` that broke a CHECK constraint: SQLite's `message` names the constraint's
    /// expression ("CHECK constraint failed: kind IN (…)"), whose column is the field.
    static func refusedValue(_ db: Database, _ t: SyncedTable, fields: [PulledField], message: String?) throws -> PulledValueRefused {
        let text = message ?? ""
        let expression = text.firstRange(of: "failed:").map { String(text[$0.upperBound...]) } ?? text
        let words = expression.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        let field = words.lazy.compactMap { w in t.columns.first { $0.local == w }?.server }.first ?? "?"
        return PulledValueRefused(entity: t.entity, record: try pulledRecord(db, t, fields: fields), field: field,
                                  value: fields.first { $0.field == field }?.value, owner: fields.first?.owner ?? "")
    }

    /// The pulled row as a person finds it here: a card's `number name`; another kind as the kind, the start of its uid
    /// and the card it belongs to (`visit 3f2a9c1e, KH-0001 Acme`).
    static func pulledRecord(_ db: Database, _ t: SyncedTable, fields: [PulledField]) throws -> String {
        let uid = fields.first?.uid ?? ""
        func card(_ cardUID: String?) throws -> String? {
            guard let cardUID else { return nil }
            return try String.fetchOne(db, sql: """
                SELECT trim(c.number || ' ' || c.name) FROM sync_row s JOIN customer c ON c.id = s.local_id
                WHERE s.entity = 'customer' AND s.uid = ?
                """, arguments: [cardUID])
        }
        if t.entity == "customer" {
            if let known = try card(uid) { return known }
            let number = fields.first { $0.field == "number" }.map { PulledValueRefused.shown($0.value) }
            let name = fields.first { $0.field == "name" }.map { PulledValueRefused.shown($0.value) }
            let text = [number, name].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return text.isEmpty ? "customer " + uid.prefix(8) : text
        }
        var cardUID = fields.first { $0.field == "customer" }.map { PulledValueRefused.shown($0.value) }
        if cardUID == nil, let local = try Int64.fetchOne(db, sql: "SELECT local_id FROM sync_row WHERE entity = ? AND uid = ?", arguments: [t.entity, uid]),
           let cardSQL = t.cardSQL {
            cardUID = try String.fetchOne(db, sql: """
                SELECT s.uid FROM \(t.table) r JOIN sync_row s ON s.entity = 'customer' AND s.local_id = \(cardSQL) WHERE r.id = ?
                """, arguments: [local])
        }
        let own = t.entity + " " + uid.prefix(8)
        return try card(cardUID).map { own + ", " + $0 } ?? own
    }

    /// A local row for a row first seen in a pull; nil when it cannot be placed (a history line of an unknown card).
    static func createPulledRow(_ db: Database, _ t: SyncedTable, fields: [PulledField], now: String) throws -> Int64? {
        func value(_ name: String) throws -> String? {
            guard let f = fields.first(where: { $0.field == name }), let json = f.value else { return nil }
            return try String.fetchOne(db.cachedStatement(sql: "SELECT json_extract(?, '$')"), arguments: [json])
        }
        switch t.entity {
        case "customer":
            var number = try value("number") ?? ""
            if number.isEmpty { number = "@" + fields[0].uid.prefix(8) }
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM customer WHERE number = ? COLLATE NOCASE"), arguments: [number]) == true {
                number += "@" + fields[0].owner  // another member's card numbered like one of ours
            }
            let created = try value("created_at") ?? now
            try db.cachedStatement(sql: "INSERT INTO customer (number, created_at, updated_at) VALUES (?, ?, ?)").execute(arguments: [number, created, now])
            return db.lastInsertedRowID
        case "customer_history":
            guard let card = try value("customer"),
                  let cid = try Int64.fetchOne(db.cachedStatement(sql: "SELECT local_id FROM sync_row WHERE entity = 'customer' AND uid = ?"), arguments: [card]) else { return nil }
            try db.cachedStatement(sql: "INSERT INTO customer_history (customer_id, at, action) VALUES (?, ?, ?)")
                .execute(arguments: [cid, try value("at") ?? now, try value("action") ?? "edit"])
            return db.lastInsertedRowID
        default:
            return try SyncRegistry.createPulledRow(db, t, fields: fields, now: now)
        }
    }

    /// Writes one pulled field into row `id` of `t`.
    static func applyPulledField(_ db: Database, _ t: SyncedTable, id: Int64, field f: PulledField, notNull: Set<String>) throws {
        if let child = t.children.first(where: { $0.field == f.field }) {
            try db.cachedStatement(sql: "DELETE FROM \(child.table) WHERE \(child.parent) = ?").execute(arguments: [id])
            guard let json = f.value else { return }
            if child.table == "customer_person" {
                try db.cachedStatement(sql: """
                    INSERT INTO customer_person (customer_id, position, name, role, note)
                    SELECT ?, key, json_extract(value, '$.name'), json_extract(value, '$.role'), coalesce(json_extract(value, '$.note'), '') FROM json_each(?)
                    """).execute(arguments: [id, json])
            } else {
                let column = child.columns[0]
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO \(child.table) (\(child.parent), \(column)) SELECT ?, value FROM json_each(?)").execute(arguments: [id, json])
            }
            return
        }
        guard let column = t.columns.first(where: { $0.server == f.field })?.local else { return }
        if column == "number" { return }  // a card keeps the number it was given here
        let fallback = notNull.contains(column) ? "''" : "NULL"
        if let target = t.references[column] {
            try db.cachedStatement(sql: "UPDATE \(t.table) SET \(column) = (SELECT local_id FROM sync_row WHERE entity = ? AND uid = json_extract(?, '$')) WHERE id = ?")
                .execute(arguments: [target, f.value, id])
            return
        }
        if notNull.contains(column), f.value == nil || f.value == "null" {
            if let dflt = CustomerField.allCases.first(where: { $0.column == column })?.defaultValue, t.entity == "customer" {
                try db.cachedStatement(sql: "UPDATE \(t.table) SET \(column) = ? WHERE id = ?").execute(arguments: [dflt, id])
                return
            }
        }
        try db.cachedStatement(sql: "UPDATE \(t.table) SET \(column) = coalesce(json_extract(?, '$'), \(fallback)) WHERE id = ?").execute(arguments: [f.value, id])
    }
}

/// A batch of local changes for one push: the JSON array the server's `mustdo.push` takes, and the outbox rows it covers.
public struct SyncBatch: Sendable {
    /// One outbox row.
    public struct Key: Sendable {
        /// The kind of row.
        public let entity: String
        /// The local row id (0 for a completion summary).
        public let localID: Int64
        /// The field, `*` for the whole row, or `kind|key` for a completion summary.
        public let field: String
        /// The stable change id.
        public let changeID: String
    }
    /// The JSON array of changes.
    public let json: String
    /// The outbox rows sent.
    public let sent: [Key]
    /// The outbox rows left out (private cards, rows gone): removed with the sent ones.
    public let dropped: [Key]
}

/// One field value pulled from the server.
public struct PulledField: Sendable {
    /// The kind of row.
    public let entity: String
    /// The row's team-wide id.
    public let uid: String
    /// The row's owner (login).
    public let owner: String
    /// The field.
    public let field: String
    /// The value as JSON text (nil for SQL NULL).
    public let value: String?
    /// The server sequence number of the change.
    public let seq: Int64

    /// A pulled value.
    public init(entity: String, uid: String, owner: String, field: String, value: String?, seq: Int64) {
        self.entity = entity
        self.uid = uid
        self.owner = owner
        self.field = field
        self.value = value
        self.seq = seq
    }
}

/// A conflict row as the server keeps it.
public struct SyncConflictRow: Sendable {
    /// The server's id (pulled once).
    public let serverID: Int64
    /// The kind of row, its uid and the field.
    public let entity: String, uid: String, field: String
    /// The kept value (JSON), who wrote it and when.
    public let kept: String?, keptBy: String, keptAt: String
    /// The overwritten value (JSON), who wrote it and when.
    public let lost: String?, lostBy: String, lostAt: String

    /// A conflict row.
    public init(serverID: Int64, entity: String, uid: String, field: String, kept: String?, keptBy: String, keptAt: String,
                lost: String?, lostBy: String, lostAt: String) {
        self.serverID = serverID
        self.entity = entity
        self.uid = uid
        self.field = field
        self.kept = kept
        self.keptBy = keptBy
        self.keptAt = keptAt
        self.lost = lost
        self.lostBy = lostBy
        self.lostAt = lostAt
    }
}

/// A conflict as `mustdo sync --conflicts` shows it.
public struct SyncConflict: Sendable {
    /// The kind of row and its uid.
    public let entity: String, uid: String
    /// The card it concerns (`number name`), when known here.
    public let record: String?
    /// The field.
    public let field: String
    /// The kept value (JSON), who and when.
    public let kept: String?, keptBy: String, keptAt: String
    /// The overwritten value (JSON), who and when.
    public let lost: String?, lostBy: String, lostAt: String
}

/// The local sync state for `team status`.
public struct SyncStatus: Sendable {
    /// The server joined (`login@host/db`).
    public let server: String
    /// Local changes not yet pushed.
    public let pending: Int
    /// The last server sequence number pulled.
    public let cursor: Int64
    /// When this database last pushed and pulled (nil: never).
    public let lastPush: String?, lastPull: String?
    /// Conflicts kept.
    public let conflicts: Int
}
