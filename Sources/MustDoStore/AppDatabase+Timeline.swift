import GRDB
import MustDoCore

extension AppDatabase {
    /// What a card's timeline shows, read in one transaction: its visits, promises (with history) and appointments,
    /// including those of the cards merged into it.
    public func timelineRecords(customerID: Int64) throws -> CustomerTimeline.Records {
        try read { db in
            let family = try AppDatabase.mergedFamily(db, customerID).map(String.init).joined(separator: ",")
            let visits = try AppDatabase.visits(db, where: "v.customer_id IN (\(family))", [])
            var promises = try Row.fetchAll(db, sql: """
                SELECT \(VisitRecord.promiseColumns) FROM promise p JOIN customer c ON c.id = p.customer_id
                WHERE p.customer_id IN (\(family)) ORDER BY p.due, p.id
                """).map(VisitRecord.promise)
            try AppDatabase.attachHistory(db, &promises)
            let appointments = try Row.fetchAll(db, sql: """
                SELECT \(VisitRecord.appointmentColumns) FROM appointment a JOIN customer c ON c.id = a.customer_id
                WHERE a.customer_id IN (\(family)) ORDER BY a.at, a.id
                """).map(VisitRecord.appointment)
            return CustomerTimeline.Records(visits: visits, promises: promises, appointments: appointments)
        }
    }

    /// Removes promise `id` and its history in one transaction: the undo of adding it from the screen.
    public func removePromise(id: Int64) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM promise_event WHERE promise_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM promise WHERE id = ?", arguments: [id])
        }
    }
}
