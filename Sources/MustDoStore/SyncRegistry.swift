import MustDoCore

/// One kind of local row that `mustdo sync` shares with the team: its table, the columns sent as fields (under
/// their server names), child tables folded into one JSON field, and columns that hold another synced row's id.
public struct SyncedTable: Sendable {
    /// The kind's name on the server (`mustdo.entity`).
    public let entity: String
    /// The local table.
    public let table: String
    /// Local column → server field, in order.
    public let columns: [(local: String, server: String)]
    /// Child tables folded into one JSON array field of the parent row: table, parent-id column, field, and the
    /// columns of each element (in order).
    public let children: [(table: String, parent: String, field: String, columns: [String])]
    /// Columns that hold the local id of a row of another synced kind: sent and received as that row's uid.
    public let references: [String: String]
    /// SQL over the local row `r` giving the local id of the card whose sharing decides who may read this row (a
    /// history line, visit or promise follows its customer; a promise's event its promise's customer); nil: the row is a card.
    public let cardSQL: String?
    /// Whether only the row's owner may change it (history, visits, appointments, promises): a copy pulled from a
    /// colleague is never pushed back, and the server refuses it too.
    public let ownerOnly: Bool

    /// The server field names, children included.
    public var fields: [String] { columns.map(\.server) + children.map(\.field) }
}

/// The synced kinds of rows. Adding one (visits, promises) is an entry here, a local migration that calls
/// `SyncRegistry.triggers(for:)` for it, and a server migration with its table (`TeamSchema`).
public enum SyncRegistry {
    /// The customer card: every field of the card, its dates, people and tags.
    public static let customer = SyncedTable(
        entity: "customer", table: "customer",
        // Written out, not `CustomerField.allCases`: a field added later needs its server column (a team migration)
        // and its trigger (a local migration) first, or every push would name a column the server does not have.
        columns: ["number", "name", "company", "decision_maker", "grade", "address", "phone", "email", "needs", "financial", "business",
                  "purchasing", "credit", "relations", "contact", "created_by", "notes", "tier", "decision_date", "buying_power",
                  "has_need", "approachable", "authority", "status", "lost_reason", "personality", "hobbies", "family", "social",
                  "birthday", "trust", "referred_by", "created_at", "reviewed_on", "archived_at", "forgotten_at", "merged_into",
                  // The card's own contact interval (local v10-contact-cadence; server t9-customer-contact-every).
                  "contact_every"]
            .map { ($0, $0) },
        children: [("customer_person", "customer_id", "people", ["name", "role", "note"]),
                   ("customer_tag", "customer_id", "tags", ["tag"])],
        references: ["merged_into": "customer"], cardSQL: nil, ownerOnly: false)

    /// A line of a card's history; read by whoever reads the card, changed only by its author.
    public static let customerHistory = SyncedTable(
        entity: "customer_history", table: "customer_history",
        columns: [("customer_id", "customer"), ("at", "at"), ("action", "action"), ("field", "field"), ("old", "old"), ("new", "new"),
                  ("other_id", "other")],
        children: [], references: ["customer_id": "customer", "other_id": "customer"], cardSQL: "r.customer_id", ownerOnly: true)

    /// A visit, call, message or meal with a customer: read by whoever reads the card, changed only by the one who made it.
    public static let visit = SyncedTable(
        entity: "visit", table: "visit",
        columns: [("customer_id", "customer"), ("kind", "kind"), ("at", "at"), ("person", "person"), ("goal", "goal"),
                  ("target_high", "target_high"), ("target_medium", "target_medium"), ("target_low", "target_low"),
                  ("happened", "happened"), ("result", "result"), ("created_at", "created_at")],
        children: [], references: ["customer_id": "customer"], cardSQL: "r.customer_id", ownerOnly: true)

    /// An appointment with a customer (its state: planned, kept, cannot keep).
    public static let appointment = SyncedTable(
        entity: "appointment", table: "appointment",
        columns: [("customer_id", "customer"), ("visit_id", "visit"), ("at", "at"), ("place", "place"), ("about", "about"),
                  ("state", "state"), ("reason", "reason"), ("told_at", "told_at"), ("created_at", "created_at")],
        children: [], references: ["customer_id": "customer", "visit_id": "visit"], cardSQL: "r.customer_id", ownerOnly: true)

    /// A promise, ours or the customer's, with its state.
    public static let promise = SyncedTable(
        entity: "promise", table: "promise",
        columns: [("customer_id", "customer"), ("visit_id", "visit"), ("direction", "direction"), ("kind", "kind"), ("who", "who"),
                  ("what", "what"), ("due", "due"), ("conditions", "conditions"), ("in_writing", "in_writing"),
                  ("credibility", "credibility"), ("credibility_note", "credibility_note"), ("remind_days", "remind_days"),
                  ("state", "state"), ("made_on", "made_on"), ("checked_on", "checked_on"), ("created_at", "created_at")],
        children: [], references: ["customer_id": "customer", "visit_id": "visit"], cardSQL: "r.customer_id", ownerOnly: true)

    /// A line of a promise's history (made, kept, broken, renegotiated with the old and new date, cancelled, checked).
    public static let promiseEvent = SyncedTable(
        entity: "promise_event", table: "promise_event",
        columns: [("promise_id", "promise"), ("at", "at"), ("action", "action"), ("old_due", "old_due"), ("new_due", "new_due"),
                  ("note", "note")],
        children: [], references: ["promise_id": "promise"],
        cardSQL: "(SELECT customer_id FROM promise WHERE id = r.promise_id)", ownerOnly: true)

    /// The synced tables, parents before the rows that point to them.
    public static let tables: [SyncedTable] = [customer, customerHistory, visit, appointment, promise, promiseEvent]

    /// The table of `entity`.
    public static func table(_ entity: String) -> SyncedTable? { tables.first { $0.entity == entity } }

    /// The condition under which a local change is written to the outbox: the machine has joined a team and the
    /// change is not one a pull is applying.
    static let enabled = "(SELECT enabled AND applying = 0 FROM sync_state WHERE id = 1)"

    /// The change-id and time columns of an outbox row.
    static let stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), lower(hex(randomblob(16)))"

    /// The triggers that fill the outbox for `t`: a new row whole, a changed row field by field, a child table as its field.
    public static func triggers(for t: SyncedTable) -> String {
        var sql = """
            CREATE TRIGGER sync_\(t.table)_insert AFTER INSERT ON \(t.table) WHEN \(enabled)
            BEGIN INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id) VALUES ('\(t.entity)', NEW.id, '*', \(stamp)); END;
            CREATE TRIGGER sync_\(t.table)_update AFTER UPDATE ON \(t.table) WHEN \(enabled)
            BEGIN

            """
        for c in t.columns {
            sql += "  INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id) SELECT '\(t.entity)', NEW.id, '\(c.server)', \(stamp) WHERE OLD.\(c.local) IS NOT NEW.\(c.local);\n"
        }
        sql += "END;\n"
        for child in t.children {
            for (event, row) in [("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")] {
                sql += """
                    CREATE TRIGGER sync_\(child.table)_\(event.lowercased()) AFTER \(event) ON \(child.table) WHEN \(enabled)
                    BEGIN INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id) VALUES ('\(t.entity)', \(row).\(child.parent), '\(child.field)', \(stamp)); END;

                    """
            }
        }
        return sql
    }

    /// The `v7-sync` migration: the sync state, the outbox, the map of local ids to uids, private cards and conflicts.
    /// No triggers: they are created when the database joins a team (`installTriggers`), because SQLite parses every
    /// trigger's text each time a connection opens — 14 KB of trigger SQL added 3.9 M instructions (6 %) to every
    /// `mustdo today`, also for the many users who never join a team.
    static var migration: String {
        """
        -- Whether this database has joined a team, whether a pull is being applied (the triggers then stay quiet),
        -- the last server sequence number pulled, and the last occurrence whose period has been summarised.
        CREATE TABLE sync_state (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          enabled INTEGER NOT NULL DEFAULT 0,
          applying INTEGER NOT NULL DEFAULT 0,
          server TEXT NOT NULL DEFAULT '',
          cursor INTEGER NOT NULL DEFAULT 0,
          occurrence_mark INTEGER NOT NULL DEFAULT 0,
          summarised_through TEXT NOT NULL DEFAULT '',
          last_push TEXT,
          last_pull TEXT
        );
        INSERT INTO sync_state (id) VALUES (1);
        -- Local changes not yet on the server: one row per changed field ('*' = the whole row), with a stable change
        -- id that a retried push sends again; a change of the same field before the push replaces it with a new id.
        CREATE TABLE sync_outbox (
          entity TEXT NOT NULL,
          local_id INTEGER NOT NULL,
          field TEXT NOT NULL,
          at TEXT NOT NULL,
          change_id TEXT NOT NULL,
          PRIMARY KEY (entity, local_id, field)
        ) WITHOUT ROWID;
        -- The team-wide id of every synced row, and who owns it ('' = this user).
        CREATE TABLE sync_row (
          entity TEXT NOT NULL,
          local_id INTEGER NOT NULL,
          uid TEXT NOT NULL UNIQUE,
          owner TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (entity, local_id)
        ) WITHOUT ROWID;
        -- Cards the user keeps to themselves: never pushed.
        CREATE TABLE sync_private (customer_id INTEGER PRIMARY KEY REFERENCES customer(id) ON DELETE CASCADE);
        -- A field two people changed offline: the value kept (the later change) and the one overwritten.
        CREATE TABLE sync_conflict (
          id INTEGER PRIMARY KEY,
          server_id INTEGER NOT NULL UNIQUE,
          entity TEXT NOT NULL,
          uid TEXT NOT NULL,
          field TEXT NOT NULL,
          kept TEXT, kept_by TEXT NOT NULL, kept_at TEXT NOT NULL,
          lost TEXT, lost_by TEXT NOT NULL, lost_at TEXT NOT NULL
        );
        """
    }

    /// Every trigger that fills the outbox, each dropped first so that joining again installs the current ones.
    static var triggerSQL: String {
        var sql = ""
        for name in triggerNames { sql += "DROP TRIGGER IF EXISTS \(name);\n" }
        sql += """
            CREATE TRIGGER sync_completion_update AFTER UPDATE OF state ON occurrence WHEN NEW.period_kind <> 'task' AND \(enabled)
            BEGIN INSERT OR REPLACE INTO sync_outbox (entity, local_id, field, at, change_id)
                  VALUES ('completion', 0, NEW.period_kind || '|' || NEW.period_key, \(stamp)); END;

            """
        for t in tables { sql += triggers(for: t) }
        return sql
    }

    /// The names of the triggers `triggerSQL` creates.
    static var triggerNames: [String] {
        var names = ["sync_completion_update"]
        for t in tables {
            names += ["sync_\(t.table)_insert", "sync_\(t.table)_update"]
            for child in t.children { names += ["insert", "delete", "update"].map { "sync_\(child.table)_\($0)" } }
        }
        return names
    }

    /// The tables the migration creates.
    static let migrationTables = ["sync_state", "sync_outbox", "sync_row", "sync_private", "sync_conflict"]
}
