import GRDB
import MustDoCore

extension AppDatabase {
    /// Everything an export needs, read in one transaction so the parts agree.
    public struct ExportData: Sendable {
        /// Every routine, retired ones included, in display order.
        public var routines: [Routine]
        /// The occurrences whose period overlaps the range (all when unbounded), by start day, period kind, position; "missed" derived.
        public var occurrences: [Occurrence]
        /// Each routine's occurrence in the current period of its kind, by routine id.
        public var current: [String: Occurrence]
    }

    /// Reads routines, the occurrences whose period overlaps `from`…`to` (either end may be open; only done ones with `doneOnly`), and the current occurrences on `today`.
    public func exportData(from: LocalDate?, to: LocalDate?, doneOnly: Bool = false, today: LocalDate, engine: ScheduleEngine) throws -> ExportData {
        let keys = engine.currentPeriods(on: today).map(\.key)
        return try read { db in
            let routines = try AppDatabase.fetchRoutines(db).map(\.routine)
            var conditions: [String] = []
            var args = StatementArguments()
            if let from { conditions.append("o.end >= ?"); args += [from.dayNumber] }
            if let to { conditions.append("o.start <= ?"); args += [to.dayNumber] }
            if doneOnly { conditions.append("o.state = 'done'") }
            let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(AppDatabase.occurrenceColumns) FROM occurrence o\(whereClause)
                ORDER BY o.start, CASE o.period_kind WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'quarter' THEN 3
                  WHEN 'half' THEN 4 ELSE 5 END, o.position, o.routine_id
                """, arguments: args)
            var occurrences: [Occurrence] = []
            while let row = try rows.next() { occurrences.append(AppDatabase.occurrence(row, today: today)) }
            var current: [String: Occurrence] = [:]
            let currentRows = try Row.fetchAll(db, sql: "SELECT \(AppDatabase.occurrenceColumns) FROM occurrence o WHERE o.period_key IN (?,?,?,?,?,?)",
                                               arguments: StatementArguments(keys))
            for row in currentRows {
                let o = AppDatabase.occurrence(row, today: today)
                current[o.routineID] = o
            }
            return ExportData(routines: routines, occurrences: occurrences, current: current)
        }
    }
}
