import GRDB
import MustDoCore

/// Visits and appointments: each user action is one transaction, committed before the method returns.
extension AppDatabase {
    // MARK: writing

    /// Stores a visit with, in the same transaction, the customer's action commitment (as a customer promise), the
    /// next appointment, and the card's last contact. `now` is the local timestamp `YYYY-MM-DDTHH:MM:SS`; the visit is
    /// checked against it first (goal and result given, not in the future, commitment not due before the visit,
    /// appointment not in the past), and a forgotten or unknown card refuses. Returns the stored visit with its ids.
    @discardableResult
    public func logVisit(_ visit: Visit, now: String) throws -> Visit {
        guard let minute = LocalDateTime(parsing: now) else { throw MustDoError.invalidDate(now, source: "now") }
        try visit.validate(now: minute)
        return try write { db in
            try AppDatabase.requireCustomer(db, visit.customerID)
            var v = visit
            try db.execute(sql: """
                INSERT INTO visit (customer_id, kind, at, person, goal, target_high, target_medium, target_low, happened, result, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [v.customerID, v.kind.rawValue, VisitRecord.text(v.at), v.person, v.goal.text, v.goal.high, v.goal.medium,
                                 v.goal.low, v.happened, v.result, now])
            v.id = db.lastInsertedRowID
            if let c = v.commitment {
                let p = Promise(direction: .theirs, kind: .action, customerID: v.customerID, visitID: v.id, who: c.who, what: c.what, due: c.by,
                                madeOn: v.at.date)
                v.commitmentPromiseID = try AppDatabase.insertPromise(db, p, now: now).id
            }
            if var next = v.next {
                next.customerID = v.customerID
                next.visitID = v.id
                next = try AppDatabase.insertAppointment(db, next, now: now)
                v.next = next
            }
            try db.execute(sql: "UPDATE customer SET last_contact = ? WHERE id = ? AND (last_contact IS NULL OR last_contact < ?)",
                           arguments: [v.at.date.description, v.customerID, v.at.date.description])
            try AppDatabase.countVisit(db, v, now: now)
            let names = try Row.fetchOne(db, sql: "SELECT number, name FROM customer WHERE id = ?", arguments: [v.customerID])
            v.customerNumber = names?["number"] ?? ""
            v.customerName = names?["name"] ?? ""
            return v
        }
    }

    /// Removes the visit `id` with its commitment promise (and that promise's history) and its appointment, and puts
    /// the card's last contact back to its latest remaining visit, and takes back what it counted toward linked routines
    /// (`now` stamps those items' change): the undo of `logVisit`. Returns what was removed.
    @discardableResult
    public func removeVisit(id: Int64, now: String = Clock().timestamp()) throws -> Visit {
        try write { db in
            guard let v = try AppDatabase.visits(db, where: "v.id = ?", [id]).first else {
                throw MustDoError.invalidInput(.visitUnknown, ["id": String(id)])
            }
            try AppDatabase.uncountVisit(db, id: id, now: now)
            try db.execute(sql: "DELETE FROM promise_event WHERE promise_id IN (SELECT id FROM promise WHERE visit_id = ?)", arguments: [id])
            try db.execute(sql: "DELETE FROM promise WHERE visit_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM appointment WHERE visit_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM visit WHERE id = ?", arguments: [id])
            try db.execute(sql: "UPDATE customer SET last_contact = (SELECT max(substr(at, 1, 10)) FROM visit WHERE customer_id = ?) WHERE id = ?",
                           arguments: [v.customerID, v.customerID])
            return v
        }
    }

    /// Adds an appointment on its own (not from a visit); refused in the past (before `now`) or for an unknown card.
    @discardableResult
    public func addAppointment(_ appointment: Appointment, now: String) throws -> Appointment {
        guard let minute = LocalDateTime(parsing: now) else { throw MustDoError.invalidDate(now, source: "now") }
        if appointment.at < minute { throw MustDoError.invalidInput(.apptInPast, ["at": appointment.at.description, "now": minute.description]) }
        _ = try VisitText.line(appointment.place, field: "--place")
        _ = try VisitText.line(appointment.about, field: "--about")
        return try write { db in
            try AppDatabase.requireCustomer(db, appointment.customerID)
            return try AppDatabase.insertAppointment(db, appointment, now: now)
        }
    }

    /// Marks the appointment `id` kept, cannot-be-kept (with `reason`), or planned again; returns it before and after.
    /// Marking it cannot-be-kept asks that the customer be told (`toldAt` stays empty until `markTold`).
    @discardableResult
    public func setAppointment(id: Int64, state: AppointmentState, reason: String = "", now: String) throws -> (before: Appointment, after: Appointment) {
        let reason = try VisitText.line(reason, field: "--reason")
        return try write { db in
            let before = try AppDatabase.appointment(db, id: id)
            if before.state == state {
                throw MustDoError.invalidInput(.apptAlready, ["id": String(id), "state": state.rawValue])
            }
            try db.execute(sql: "UPDATE appointment SET state = ?, reason = ?, told_at = CASE WHEN ? = 'cannot-keep' THEN told_at ELSE NULL END, updated_at = ? WHERE id = ?",
                           arguments: [state.rawValue, state == .cannotKeep ? reason : "", state.rawValue, now, id])
            return (before, try AppDatabase.appointment(db, id: id))
        }
    }

    /// Records that the customer was told (at `now`) that the appointment `id` cannot be kept; returns it before and after.
    @discardableResult
    public func markTold(id: Int64, now: String) throws -> (before: Appointment, after: Appointment) {
        try write { db in
            let before = try AppDatabase.appointment(db, id: id)
            guard before.state == .cannotKeep else { throw MustDoError.invalidInput(.apptToldNotCancelled, ["id": String(id)]) }
            if before.toldAt != nil { throw MustDoError.invalidInput(.apptAlreadyTold, ["id": String(id), "at": before.toldAt ?? ""]) }
            try db.execute(sql: "UPDATE appointment SET told_at = ?, updated_at = ? WHERE id = ?", arguments: [now, now, id])
            return (before, try AppDatabase.appointment(db, id: id))
        }
    }

    /// Puts an appointment back as it was (`before` from one of the writes above): the undo of a state change or of `markTold`.
    public func restoreAppointment(_ before: Appointment, now: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE appointment SET state = ?, reason = ?, told_at = ?, updated_at = ? WHERE id = ?",
                           arguments: [before.state.rawValue, before.reason, before.toldAt, now, before.id])
        }
    }

    // MARK: reading

    /// The visits `query` asks for, newest first, with their commitments and next appointments.
    public func visits(_ query: VisitQuery = VisitQuery()) throws -> [Visit] {
        try read { db in
            var conditions: [String] = []
            var args: [(any DatabaseValueConvertible)?] = []
            if let id = query.customerID {
                let family = try AppDatabase.mergedFamily(db, id)
                conditions.append("v.customer_id IN (\(family.map(String.init).joined(separator: ",")))")
            }
            if let from = query.from { conditions.append("v.at >= ?"); args.append(from.description) }
            if let to = query.to { conditions.append("v.at < ?"); args.append(to.adding(days: 1).description) }
            if let kind = query.kind { conditions.append("v.kind = ?"); args.append(kind.rawValue) }
            if query.noActionOnly { conditions.append("NOT EXISTS (SELECT 1 FROM promise p WHERE p.visit_id = v.id AND p.kind = 'action')") }
            var visits = try AppDatabase.visits(db, where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), args)
            if let limit = query.limit, visits.count > limit { visits = Array(visits.prefix(limit)) }
            return visits
        }
    }

    /// The visit `id`, or nil.
    public func visit(id: Int64) throws -> Visit? {
        try read { db in try AppDatabase.visits(db, where: "v.id = ?", [id]).first }
    }

    /// The appointments from `from` through `to` (days, inclusive), and, when `includeToTell`, every appointment that
    /// cannot be kept and whose customer has not been told, by time.
    public func appointments(from: LocalDate?, to: LocalDate?, includeToTell: Bool = true) throws -> [Appointment] {
        try read { db in try AppDatabase.appointments(db, from: from, to: to, includeToTell: includeToTell) }
    }

    /// The appointment `id`, or one sentence when there is none.
    public func appointment(id: Int64) throws -> Appointment {
        try read { db in try AppDatabase.appointment(db, id: id) }
    }

    /// The day of the card's latest visit, or nil.
    public func lastContact(customerID: Int64) throws -> LocalDate? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT last_contact FROM customer WHERE id = ?", arguments: [customerID]).flatMap { LocalDate(parsing: $0) }
        }
    }

    // MARK: helpers

    static func visits(_ db: Database, where condition: String, _ args: [(any DatabaseValueConvertible)?]) throws -> [Visit] {
        var visits = try Row.fetchAll(db, sql: """
            SELECT \(VisitRecord.visitColumns) FROM visit v JOIN customer c ON c.id = v.customer_id
            WHERE \(condition) ORDER BY v.at DESC, v.id DESC
            """, arguments: StatementArguments(args)).map(VisitRecord.visit)
        guard !visits.isEmpty else { return visits }
        var index: [Int64: Int] = [:]
        for (i, v) in visits.enumerated() { index[v.id] = i }
        let ids = visits.count <= 500 ? "IN (" + visits.map { String($0.id) }.joined(separator: ",") + ")" : "IS NOT NULL"
        for row in try Row.fetchAll(db, sql: "SELECT id, visit_id, who, what, due FROM promise WHERE kind = 'action' AND visit_id \(ids) ORDER BY id") {
            guard let i = index[row["visit_id"]], visits[i].commitment == nil, let due = LocalDate(parsing: row["due"] as String) else { continue }
            visits[i].commitment = ActionCommitment(who: row["who"], what: row["what"], by: due)
            visits[i].commitmentPromiseID = row["id"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT \(VisitRecord.appointmentColumns) FROM appointment a JOIN customer c ON c.id = a.customer_id WHERE a.visit_id \(ids) ORDER BY a.id
            """) {
            let a = VisitRecord.appointment(row)
            guard let vid = a.visitID, let i = index[vid], visits[i].next == nil else { continue }
            visits[i].next = a
        }
        return visits
    }

    static func appointments(_ db: Database, from: LocalDate?, to: LocalDate?, includeToTell: Bool) throws -> [Appointment] {
        var range: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        if let from { range.append("a.at >= ?"); args.append(from.description) }
        if let to { range.append("a.at < ?"); args.append(to.adding(days: 1).description) }
        var condition = range.isEmpty ? "1" : "(" + range.joined(separator: " AND ") + ")"
        if includeToTell { condition += " OR (a.state = 'cannot-keep' AND a.told_at IS NULL)" }
        return try Row.fetchAll(db, sql: """
            SELECT \(VisitRecord.appointmentColumns) FROM appointment a JOIN customer c ON c.id = a.customer_id
            WHERE \(condition) ORDER BY a.at, a.id
            """, arguments: StatementArguments(args)).map(VisitRecord.appointment)
    }

    static func appointment(_ db: Database, id: Int64) throws -> Appointment {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT \(VisitRecord.appointmentColumns) FROM appointment a JOIN customer c ON c.id = a.customer_id WHERE a.id = ?
            """, arguments: [id]) else { throw MustDoError.invalidInput(.apptUnknown, ["id": String(id)]) }
        return VisitRecord.appointment(row)
    }

    static func insertAppointment(_ db: Database, _ a: Appointment, now: String) throws -> Appointment {
        try db.execute(sql: """
            INSERT INTO appointment (customer_id, visit_id, at, place, about, state, reason, told_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [a.customerID, a.visitID, VisitRecord.text(a.at), a.place, a.about, a.state.rawValue, a.reason, a.toldAt, now, now])
        return try appointment(db, id: db.lastInsertedRowID)
    }

    /// Refuses an unknown or forgotten card.
    static func requireCustomer(_ db: Database, _ id: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT number, forgotten_at FROM customer WHERE id = ?", arguments: [id]) else {
            throw MustDoError.invalidInput(.custUnknown, ["ref": String(id)])
        }
        if (row["forgotten_at"] as String?) != nil { throw MustDoError.invalidInput(.custIsForgotten, ["number": row["number"] as String]) }
    }

    /// The card `id` and every card merged into it (directly or not).
    static func mergedFamily(_ db: Database, _ id: Int64) throws -> [Int64] {
        var ids: [Int64] = [id]
        var frontier: [Int64] = [id]
        while !frontier.isEmpty {
            let next = try Int64.fetchAll(db, sql: "SELECT id FROM customer WHERE merged_into IN (\(frontier.map(String.init).joined(separator: ",")))")
                .filter { !ids.contains($0) }
            ids += next
            frontier = next
        }
        return ids
    }

    /// Erases the text of the visits, appointments and promises of the cards `ids` (a customer forgotten on request),
    /// keeping the rows for anonymous counts.
    static func forgetVisitsAndPromises(_ db: Database, _ ids: [Int64]) throws {
        let list = ids.map(String.init).joined(separator: ",")
        try db.execute(sql: """
            UPDATE visit SET person = '', goal = '', target_high = '', target_medium = '', target_low = '', happened = '', result = ''
            WHERE customer_id IN (\(list));
            UPDATE appointment SET place = '', about = '', reason = '' WHERE customer_id IN (\(list));
            UPDATE promise_event SET note = '' WHERE promise_id IN (SELECT id FROM promise WHERE customer_id IN (\(list)));
            UPDATE promise SET who = '', what = '', conditions = '', credibility_note = '' WHERE customer_id IN (\(list));
            """)
    }
}

extension AppDatabase {
    /// The visits, promises and appointments an export writes, read in one transaction so they agree.
    public struct VisitExport: Sendable {
        /// Visits in the range, oldest first.
        public var visits: [Visit]
        /// Every promise (any state) made or due in the range, by due date, with history.
        public var promises: [Promise]
        /// Appointments in the range, by time.
        public var appointments: [Appointment]
    }

    /// The visits (by day), promises (made or due in the range) and appointments (by day) between `from` and `to`; either end may be open.
    public func visitExport(from: LocalDate?, to: LocalDate?) throws -> VisitExport {
        try read { db in
            var visitRange: [String] = []
            var args: [(any DatabaseValueConvertible)?] = []
            if let from { visitRange.append("v.at >= ?"); args.append(from.description) }
            if let to { visitRange.append("v.at < ?"); args.append(to.adding(days: 1).description) }
            let visits = try AppDatabase.visits(db, where: visitRange.isEmpty ? "1" : visitRange.joined(separator: " AND "), args).reversed()
            var promiseRange: [String] = []
            var pargs: [(any DatabaseValueConvertible)?] = []
            if let from { promiseRange.append("(p.due >= ? OR p.made_on >= ?)"); pargs += [from.description, from.description] }
            if let to { promiseRange.append("(p.made_on <= ?)"); pargs.append(to.description) }
            var promises = try Row.fetchAll(db, sql: """
                SELECT \(VisitRecord.promiseColumns) FROM promise p JOIN customer c ON c.id = p.customer_id
                WHERE \(promiseRange.isEmpty ? "1" : promiseRange.joined(separator: " AND ")) ORDER BY p.due, p.id
                """, arguments: StatementArguments(pargs)).map(VisitRecord.promise)
            try AppDatabase.attachHistory(db, &promises)
            let appointments = try AppDatabase.appointments(db, from: from, to: to, includeToTell: false)
            return VisitExport(visits: Array(visits), promises: promises, appointments: appointments)
        }
    }
}
