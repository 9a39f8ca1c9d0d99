import GRDB
import GRDBSQLite
import MustDoCore

/// Promises both ways, their history, and what morning planning shows of them. Each change is one transaction that
/// returns the promise before and after (the shape undo needs).
extension AppDatabase {
    // MARK: writing

    /// Stores a new promise (checked first) with a "created" history line; refuses an unknown or forgotten card.
    @discardableResult
    public func addPromise(_ promise: Promise, now: String) throws -> Promise {
        try promise.validate()
        return try write { db in
            try AppDatabase.requireCustomer(db, promise.customerID)
            return try AppDatabase.insertPromise(db, promise, now: now)
        }
    }

    /// Settles the promise `id` as kept, broken or cancelled, with an optional note in its history. A promise already
    /// settled refuses (one sentence naming its state). Returns it before and after.
    @discardableResult
    public func settlePromise(id: Int64, as state: PromiseState, note: String = "", now: String) throws -> (before: Promise, after: Promise) {
        precondition(state == .kept || state == .broken || state == .cancelled, "settle as kept, broken or cancelled")
        let note = try VisitText.line(note, field: "--note")
        return try write { db in
            let before = try AppDatabase.promise(db, id: id)
            guard before.state.isPending else {
                throw MustDoError.invalidInput(.promiseAlreadySettled, ["id": String(id), "state": before.state.rawValue])
            }
            try db.execute(sql: "UPDATE promise SET state = ?, updated_at = ? WHERE id = ?", arguments: [state.rawValue, now, id])
            let action: PromiseEvent.Action = state == .kept ? .kept : state == .broken ? .broken : .cancelled
            try AppDatabase.promiseEvent(db, id, now, action, note: note)
            return (before, try AppDatabase.promise(db, id: id))
        }
    }

    /// Gives the pending promise `id` a new due date by agreement: the state becomes renegotiated and the old date
    /// stays in the history. The new date must differ and not fall before the day the promise was made.
    @discardableResult
    public func renegotiatePromise(id: Int64, newDue: LocalDate, note: String = "", now: String) throws -> (before: Promise, after: Promise) {
        let note = try VisitText.line(note, field: "--note")
        return try write { db in
            let before = try AppDatabase.promise(db, id: id)
            guard before.state.isPending else {
                throw MustDoError.invalidInput(.promiseAlreadySettled, ["id": String(id), "state": before.state.rawValue])
            }
            if newDue == before.due { throw MustDoError.invalidInput(.promiseSameDue, ["id": String(id), "due": newDue.description]) }
            if newDue < before.madeOn {
                throw MustDoError.invalidInput(.promiseDueBeforeMade, ["due": newDue.description, "made": before.madeOn.description])
            }
            try db.execute(sql: "UPDATE promise SET state = 'renegotiated', due = ?, updated_at = ? WHERE id = ?",
                           arguments: [newDue.description, now, id])
            try AppDatabase.promiseEvent(db, id, now, .renegotiated, oldDue: before.due, newDue: newDue, note: note)
            return (before, try AppDatabase.promise(db, id: id))
        }
    }

    /// Records that the buyer's progress on the pending promise `id` was checked on `today` (and the buyer reminded
    /// of the conditions), which quiets the periodic prompt for `check_every_days`.
    @discardableResult
    public func checkPromiseProgress(id: Int64, today: LocalDate, note: String = "", now: String) throws -> (before: Promise, after: Promise) {
        let note = try VisitText.line(note, field: "--note")
        return try write { db in
            let before = try AppDatabase.promise(db, id: id)
            guard before.state.isPending else {
                throw MustDoError.invalidInput(.promiseAlreadySettled, ["id": String(id), "state": before.state.rawValue])
            }
            try db.execute(sql: "UPDATE promise SET checked_on = ?, updated_at = ? WHERE id = ?", arguments: [today.description, now, id])
            try AppDatabase.promiseEvent(db, id, now, .checked, note: note)
            return (before, try AppDatabase.promise(db, id: id))
        }
    }

    /// Puts the promise back as `before` was (state, due date, last check) and removes the history lines written
    /// after `since`: the undo of `settlePromise`, `renegotiatePromise` or `checkPromiseProgress`.
    public func restorePromise(_ before: Promise, since: String, now: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE promise SET state = ?, due = ?, checked_on = ?, updated_at = ? WHERE id = ?",
                           arguments: [before.state.rawValue, before.due.description, before.checkedOn?.description, now, before.id])
            try db.execute(sql: "DELETE FROM promise_event WHERE promise_id = ? AND at >= ? AND action != 'created'", arguments: [before.id, since])
        }
    }

    // MARK: reading

    /// The promises `query` asks for, by due date, with their history.
    public func promises(_ query: PromiseQuery = PromiseQuery()) throws -> [Promise] {
        try read { db in
            var conditions: [String] = []
            var args: [(any DatabaseValueConvertible)?] = []
            if let id = query.customerID {
                conditions.append("p.customer_id IN (\(try AppDatabase.mergedFamily(db, id).map(String.init).joined(separator: ",")))")
            }
            if let d = query.direction { conditions.append("p.direction = ?"); args.append(d.rawValue) }
            if !query.states.isEmpty {
                conditions.append("p.state IN (\(query.states.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")))")
            }
            if let by = query.dueBy { conditions.append("p.due <= ?"); args.append(by.description) }
            var promises = try Row.fetchAll(db, sql: """
                SELECT \(VisitRecord.promiseColumns) FROM promise p JOIN customer c ON c.id = p.customer_id
                WHERE \(conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")) ORDER BY p.due, p.id
                """, arguments: StatementArguments(args)).map(VisitRecord.promise)
            try AppDatabase.attachHistory(db, &promises)
            return promises
        }
    }

    /// The promise `id` with its history, or one sentence when there is none.
    public func promise(id: Int64) throws -> Promise {
        try read { db in try AppDatabase.promise(db, id: id) }
    }

    /// What morning planning shows of visits and promises on `today`, read in one transaction.
    public func commitmentAgenda(today: LocalDate, settings: PromiseSettings) throws -> CommitmentAgenda {
        try read { db in try AppDatabase.commitmentAgenda(db, today: today, settings: settings) }
    }

    static func commitmentAgenda(_ db: Database, today: LocalDate, settings: PromiseSettings) throws -> CommitmentAgenda {
        // Pending promises in any reminder window end by today + the largest reminder; long ones with conditions may be further out.
        let maxRemind = max(PromiseSettings.remindLimit, settings.remindDaysByKind.values.max() ?? 0)
        let pending = try Row.fetchAll(db, sql: """
            SELECT \(VisitRecord.promiseColumns) FROM promise p JOIN customer c ON c.id = p.customer_id
            WHERE p.state IN ('open', 'renegotiated') AND (p.due <= ? OR p.conditions != '')
            ORDER BY p.due, p.id
            """, arguments: [today.adding(days: maxRemind).description]).map(VisitRecord.promise)
        let appointments = try AppDatabase.appointments(db, from: today, to: today, includeToTell: true)
        return CommitmentAgenda(today: today, pending: pending, appointments: appointments, settings: settings)
    }

    /// What morning planning's text shows of visits and promises on `today`: the first `limit` entries of each list (in
    /// the order `CommitmentAgenda` sorts them) and how many each has in all, by planning section id.
    static func commitmentAgenda(_ r: PlanReader, today: LocalDate, settings: PromiseSettings, limit: Int) throws -> (CommitmentAgenda, [String: Int]) {
        let limit = max(1, limit)
        var totals: [String: Int] = [:]
        // The three promise lists in one pass over the pending promises' index (`promise_pending_plan`, never the wide
        // rows), each promise judged by `Promise.isDueSoon` and `needsProgressCheck` themselves and the lists sorted as
        // `CommitmentAgenda` sorts them; then only the promises shown are read whole. (Three SQL statements that wrote
        // those rules in SQL, each run for its list and again to count it, cost 4.5M instructions on 727 pending promises.)
        // Counted without the card (a promise's customer exists: the foreign key sees to it).
        let ids = ["promises_due", "commitments_to_follow", "progress_checks"]
        var matches: [[(due: LocalDate, id: Int64)]] = [[], [], []]
        try r.each("""
            SELECT p.id, p.kind, p.due, p.remind_days, p.conditions != '', p.made_on, p.checked_on
            FROM promise p INDEXED BY promise_pending_plan WHERE p.state IN ('open', 'renegotiated')
            """) { s in
            let due = PlanReader.date(s, 2) ?? LocalDate(dayNumber: 0)
            let p = Promise(direction: .ours, kind: PromiseKind(rawValue: PlanReader.text(s, 1)) ?? .general, customerID: 0, what: "", due: due,
                            conditions: sqlite3_column_int64(s, 4) != 0 ? "x" : "", remindDays: QuickConnection.int(s, 3), state: .open,
                            madeOn: PlanReader.date(s, 5) ?? due, checkedOn: PlanReader.date(s, 6))
            let id = sqlite3_column_int64(s, 0)
            if p.isDueSoon(on: today, settings: settings) { matches[p.kind == .action ? 1 : 0].append((due, id)) }
            if p.needsProgressCheck(on: today, settings: settings) { matches[2].append((due, id)) }
        }
        let shown = matches.map { list in list.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.prefix(limit).map(\.id) }
        var byID: [Int64: Promise] = [:]
        let wanted = shown.joined()
        if !wanted.isEmpty {
            try r.each("""
                SELECT \(VisitRecord.promiseColumns) FROM promise p JOIN customer c ON c.id = p.customer_id
                WHERE p.id IN (\(wanted.map(String.init).joined(separator: ",")))
                """) { s in
                let p = VisitRecord.promise(s)
                byID[p.id] = p
            }
        }
        let promises = shown.map { $0.compactMap { byID[$0] } }
        for (i, id) in ids.enumerated() { totals[id] = matches[i].count }
        // Appointments are few: each list cut and counted in SQL, counted only when it filled its lines.
        let appointmentSections: [(id: String, condition: String, arguments: [QuickConnection.Value])] = [
            ("appointments_today", "a.at >= ?1 AND a.at < ?2", [.text(today.description), .text(today.adding(days: 1).description)]),
            ("appointments_to_tell", "a.state = 'cannot-keep' AND a.told_at IS NULL", []),
        ]
        var appointments: [[Appointment]] = []
        for (id, condition, arguments) in appointmentSections {
            var rows: [Appointment] = []
            try r.each("""
                SELECT \(VisitRecord.appointmentColumns) FROM appointment a JOIN customer c ON c.id = a.customer_id
                WHERE \(condition) ORDER BY a.at, a.id LIMIT \(limit)
                """, arguments) { rows.append(VisitRecord.appointment($0)) }
            totals[id] = rows.count < limit ? rows.count : try r.count("SELECT COUNT(*) FROM appointment a WHERE \(condition)", arguments)
            appointments.append(rows)
        }
        return (CommitmentAgenda(appointmentsToday: appointments[0], promisesDue: promises[0], commitmentsToFollow: promises[1],
                                 progressChecks: promises[2], toTell: appointments[1]), totals)
    }

    // MARK: helpers

    static func insertPromise(_ db: Database, _ p: Promise, now: String) throws -> Promise {
        try db.execute(sql: """
            INSERT INTO promise (customer_id, visit_id, direction, kind, who, what, due, conditions, in_writing, credibility, credibility_note,
                                 remind_days, state, made_on, checked_on, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [p.customerID, p.visitID, p.direction.rawValue, p.kind.rawValue, p.who, p.what, p.due.description, p.conditions,
                             p.inWriting, p.credibility?.rawValue, p.credibilityNote, p.remindDays, p.state.rawValue, p.madeOn.description,
                             p.checkedOn?.description, now, now])
        let id = db.lastInsertedRowID
        try promiseEvent(db, id, now, .created, newDue: p.due)
        return try promise(db, id: id)
    }

    static func promise(_ db: Database, id: Int64) throws -> Promise {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(VisitRecord.promiseColumns) FROM promise p JOIN customer c ON c.id = p.customer_id WHERE p.id = ?
            """, arguments: [id]) else { throw MustDoError.invalidInput(.promiseUnknown, ["id": String(id)]) }
        var list = [VisitRecord.promise(row)]
        try attachHistory(db, &list)
        return list[0]
    }

    static func attachHistory(_ db: Database, _ promises: inout [Promise]) throws {
        guard !promises.isEmpty else { return }
        var index: [Int64: Int] = [:]
        for (i, p) in promises.enumerated() { index[p.id] = i }
        let ids = promises.count <= 500 ? "WHERE promise_id IN (" + promises.map { String($0.id) }.joined(separator: ",") + ")" : ""
        for row in try Row.fetchAll(db, sql: "SELECT promise_id, at, action, old_due, new_due, note FROM promise_event \(ids) ORDER BY promise_id, id") {
            guard let i = index[row["promise_id"]] else { continue }
            promises[i].history.append(PromiseEvent(at: row["at"], action: PromiseEvent.Action(rawValue: row["action"]) ?? .created,
                                                    oldDue: (row["old_due"] as String?).flatMap { LocalDate(parsing: $0) },
                                                    newDue: (row["new_due"] as String?).flatMap { LocalDate(parsing: $0) }, note: row["note"]))
        }
    }

    static func promiseEvent(_ db: Database, _ id: Int64, _ at: String, _ action: PromiseEvent.Action,
                             oldDue: LocalDate? = nil, newDue: LocalDate? = nil, note: String = "") throws {
        try db.execute(sql: "INSERT INTO promise_event (promise_id, at, action, old_due, new_due, note) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [id, at, action.rawValue, oldDue?.description, newDue?.description, note])
    }
}
