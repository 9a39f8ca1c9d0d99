import GRDB
import MustDoCore

/// The parts of the sync that depend on the registry's kinds of rows beyond the card: private cards' rows left out,
/// kinds added after joining sent once, colleagues' copies never pushed back, rows first seen in a pull created.
extension SyncRegistry {
    /// Conditions on outbox row `o` that leave out every row belonging to a private card (its history, visits,
    /// appointments, promises and their events), one `AND NOT (…)` per kind.
    static var privatePendingFilter: String {
        tables.compactMap { t in
            t.cardSQL.map { "AND NOT (o.entity = '\(t.entity)' AND o.local_id IN (SELECT r.id FROM \(t.table) r WHERE \($0) IN (SELECT customer_id FROM sync_private)))" }
        }.joined(separator: "\n")
    }

    /// Marks whole every local row that has no team-wide id yet (never pushed): run when the triggers are installed
    /// anew, so kinds of rows synced by a newer MustDo (visits, promises) reach the server once, with their past.
    static var backfillSQL: String {
        tables.map { t in
            """
            INSERT OR IGNORE INTO sync_outbox (entity, local_id, field, at, change_id)
            SELECT '\(t.entity)', id, '*', \(stamp) FROM \(t.table) WHERE id NOT IN (SELECT local_id FROM sync_row WHERE entity = '\(t.entity)');

            """
        }.joined()
    }

    /// The pull's condition on `mustdo.field_clock`: a colleague's visits, appointments, promises and their events stay
    /// on the server (the report and the team screen read them there), so they never land in this user's plan;
    /// this user's own come back (a second machine, a database joined again).
    public static var pullFilter: String {
        let personal = tables.filter { $0.ownerOnly && $0.cardSQL != nil && $0.entity != customerHistory.entity }.map { "'\($0.entity)'" }
        return "(owner = session_user OR entity NOT IN (\(personal.joined(separator: ", "))))"
    }

    /// Whether local row `localID` of `entity` is a copy of a colleague's row (pulled, owned by another login).
    static func ownedByColleague(_ db: Database, entity: String, localID: Int64) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: """
            SELECT 1 FROM sync_row r, sync_state s WHERE r.entity = ? AND r.local_id = ? AND s.id = 1 AND r.owner <> ''
              AND r.owner <> substr(s.server, 1, instr(s.server, '@') - 1)
            """), arguments: [entity, localID]) ?? false
    }

    /// A local row of `t` for a row first seen in a pull, from its pulled fields (references turned into local ids,
    /// the local bookkeeping times set to `now`); nil when it cannot be placed here (its card or promise is unknown,
    /// or a value this database refuses).
    static func createPulledRow(_ db: Database, _ t: SyncedTable, fields: [PulledField], now: String) throws -> Int64? {
        var names: [String] = []
        var values: [DatabaseValue] = []
        for c in t.columns {
            guard let f = fields.first(where: { $0.field == c.server }), let json = f.value, json != "null" else { continue }
            let value: DatabaseValue?
            if let target = t.references[c.local] {
                value = try Int64.fetchOne(db, sql: "SELECT local_id FROM sync_row WHERE entity = ? AND uid = json_extract(?, '$')",
                                           arguments: [target, json])?.databaseValue
            } else {
                value = try DatabaseValue.fetchOne(db, sql: "SELECT json_extract(?, '$')", arguments: [json])
            }
            guard let value else { continue }
            names.append(c.local)
            values.append(value)
        }
        for column in try Row.fetchAll(db, sql: "PRAGMA table_info(\(t.table))") {
            let name: String = column["name"]
            guard (column["notnull"] as Int) == 1, (column["dflt_value"] as String?) == nil, (column["pk"] as Int) == 0, !names.contains(name) else { continue }
            guard name == "created_at" || name == "updated_at" else { return nil }
            names.append(name)
            values.append(now.databaseValue)
        }
        let marks = names.map { _ in "?" }.joined(separator: ", ")
        do {
            try db.execute(sql: "INSERT INTO \(t.table) (\(names.joined(separator: ", "))) VALUES (\(marks))", arguments: StatementArguments(values))
        } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
            // A value this database refuses (a kind or state it does not know): the pull stops whole, naming it.
            guard e.extendedResultCode == .SQLITE_CONSTRAINT_CHECK else { return nil }
            throw try AppDatabase.refusedValue(db, t, fields: fields, message: e.message)
        }
        return db.lastInsertedRowID
    }
}
