import GRDB
import MustDoCore

extension AppDatabase {
    /// Today's focus: occurrence ids in order.
    public func focus(day: LocalDate) throws -> [Int64] {
        try read { db in try Int64.fetchAll(db, sql: "SELECT occurrence_id FROM focus WHERE day = ? ORDER BY position", arguments: [day.description]) }
    }

    /// Adds or removes an occurrence from the day's focus in its own transaction; adding a sixth is refused. Returns the new focus.
    @discardableResult
    public func toggleFocus(_ occurrenceID: Int64, day: LocalDate) throws -> [Int64] {
        try write { db in
            let key = day.description
            var ids = try Int64.fetchAll(db, sql: "SELECT occurrence_id FROM focus WHERE day = ? ORDER BY position", arguments: [key])
            if let i = ids.firstIndex(of: occurrenceID) {
                ids.remove(at: i)
            } else {
                guard ids.count < Agenda.maxFocus else {
                    throw MustDoError.invalidInput(.inputFocusFull, ["max": String(Agenda.maxFocus)])
                }
                ids.append(occurrenceID)
            }
            try db.execute(sql: "DELETE FROM focus WHERE day = ?", arguments: [key])
            for (p, id) in ids.enumerated() {
                try db.execute(sql: "INSERT INTO focus (day, occurrence_id, position) VALUES (?, ?, ?)", arguments: [key, id, p])
            }
            return ids
        }
    }
}
