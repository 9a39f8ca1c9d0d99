import GRDB
import MustDoCore

/// Where `moveRoutine` puts a routine: before or after another routine of the same period.
public enum RoutinePlacement: Sendable, Equatable {
    /// Just before the routine with this id.
    case before(String)
    /// Just after the routine with this id.
    case after(String)
}

extension AppDatabase {
    /// Saves an edited routine in one transaction: current and future occurrences take the new title, target and
    /// position (history keeps its own); a changed due rule moves the due date of the current occurrence while it is
    /// open; a daily routine made workdays-only leaves today's list on a day off, one made every-day joins it.
    public func editRoutine(_ r: Routine, today: LocalDate, settings: CalendarSettings, now: String) throws {
        try write { db in
            guard let (old, filled) = try AppDatabase.fetchRoutines(db, where: "id = ?", arguments: [r.id]).first else {
                throw MustDoError.unknownRef(r.id)
            }
            try AppDatabase.edit(db, from: old, to: r, filledThrough: filled, today: today, settings: settings, now: now)
        }
    }

    /// Brings a retired routine back from the current period on (retired periods stay empty); returns false when it was not retired.
    @discardableResult
    public func restoreRoutine(id: String, today: LocalDate, settings: CalendarSettings) throws -> Bool {
        try write { db in
            guard let (r, _) = try AppDatabase.fetchRoutines(db, where: "id = ?", arguments: [id]).first else {
                throw MustDoError.unknownRef(id)
            }
            guard r.retiredOn != nil else { return false }
            try AppDatabase.restore(db, r, today: today, settings: settings)
            return true
        }
    }

    /// Moves a routine before or after another of the same period, renumbering that period's positions 0, 1, 2 …;
    /// occurrences of the current and later periods follow; returns the period's routines in their new order.
    @discardableResult
    public func moveRoutine(id: String, _ placement: RoutinePlacement, today: LocalDate, now: String) throws -> [Routine] {
        try write { db in
            guard let (moving, _) = try AppDatabase.fetchRoutines(db, where: "id = ?", arguments: [id]).first else {
                throw MustDoError.unknownRef(id)
            }
            let otherID: String
            switch placement { case .before(let o), .after(let o): otherID = o }
            guard otherID != id else { throw MustDoError.invalidArgument("A routine cannot be moved next to itself: name another routine.") }
            var list = try AppDatabase.fetchRoutines(db, period: moving.period).map(\.routine)
            guard let other = list.first(where: { $0.id == otherID }) else {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM routine WHERE id = ?)", arguments: [otherID]) ?? false {
                    throw MustDoError.invalidArgument("'\(otherID)' is not a \(moving.period.rawValue) routine like '\(id)': routines move only within their period.")
                }
                throw MustDoError.unknownRef(otherID)
            }
            list.removeAll { $0.id == id }
            var index = list.firstIndex(of: other)!
            if case .after = placement { index += 1 }
            list.insert(moving, at: index)
            for (i, r) in list.enumerated() {
                guard r.position != i else { continue }
                try db.execute(sql: "UPDATE routine SET position = ? WHERE id = ?", arguments: [i, r.id])
                try db.execute(sql: "UPDATE occurrence SET position = ?, updated_at = ? WHERE routine_id = ? AND end >= ?",
                               arguments: [i, now, r.id, today.dayNumber])
                list[i].position = i
            }
            return list
        }
    }

    /// Imports a routine pack in one transaction: plans it against the stored routines (throwing
    /// `RoutineImportPlan.Conflict` for an entry that cannot be imported, before anything is written), then adds,
    /// updates, restores and retires as planned. History is never deleted.
    @discardableResult
    public func importRoutines(_ pack: RoutinePack, mode: RoutineImportPlan.Mode, today: LocalDate, settings: CalendarSettings, now: String) throws -> RoutineImportPlan {
        try write { db in
            let stored = try AppDatabase.fetchRoutines(db)
            let plan = try RoutineImportPlan(pack: pack, existing: stored.map(\.routine), mode: mode, today: today)
            let byID = Dictionary(stored.map { ($0.routine.id, $0) }, uniquingKeysWith: { a, _ in a })
            for u in plan.updated {
                let (old, filled) = byID[u.id]!
                var new = u
                new.retiredOn = old.retiredOn
                try AppDatabase.edit(db, from: old, to: new, filledThrough: filled, today: today, settings: settings, now: now)
            }
            for id in plan.restored {
                var r = byID[id]!.routine
                if let u = plan.updated.first(where: { $0.id == id }) { r = u }
                try AppDatabase.restore(db, r, today: today, settings: settings)
            }
            for id in plan.retired { try AppDatabase.retire(db, id: id, today: today) }
            for r in plan.added { try AppDatabase.insert(r, db: db, now: now) }
            return plan
        }
    }

    // MARK: - Steps shared by the intent-named writes (each runs inside the caller's transaction)

    static func edit(_ db: Database, from old: Routine, to r: Routine, filledThrough: LocalDate?, today: LocalDate,
                     settings: CalendarSettings, now: String) throws {
        try db.execute(sql: """
            UPDATE routine SET title = ?, position = ?, due_rule = ?, target = ?, workdays_only = ?, tags = ?, note = ?, link = ? WHERE id = ?
            """, arguments: [r.title, r.position, r.due?.description, r.target, r.workdaysOnly, r.tags.joined(separator: ","), r.note, r.link?.rawValue, r.id])
        if r.title != old.title || r.position != old.position || r.target != old.target {
            try db.execute(sql: """
                UPDATE occurrence SET title_id = ?, position = ?, target = ?, updated_at = ? WHERE routine_id = ? AND end >= ?
                """, arguments: [try titleID(db, routine: r.id, text: r.title), r.position, r.target, now, r.id, today.dayNumber])
        }
        if r.due != old.due {
            let rows = try Row.fetchAll(db, sql: "SELECT id, period_kind, period_key, start, end FROM occurrence WHERE routine_id = ? AND end >= ? AND state = 'open'",
                                        arguments: [r.id, today.dayNumber])
            for row in rows {
                let p = Period(kind: PeriodKind(rawValue: row[1]) ?? r.period, start: LocalDate(dayNumber: row[3]),
                               end: LocalDate(dayNumber: row[4]), key: row[2])
                let due = r.dueDate(in: p, settings: settings)
                try db.execute(sql: "UPDATE occurrence SET due = ?, updated_at = ? WHERE id = ?", arguments: [due?.dayNumber, now, row[0] as Int64])
            }
        }
        if r.period == .day, r.workdaysOnly != old.workdaysOnly, r.retiredOn == nil {
            if r.workdaysOnly, !settings.isWorkday(today) {
                try db.execute(sql: "DELETE FROM occurrence WHERE routine_id = ? AND start = ? AND state = 'open'", arguments: [r.id, today.dayNumber])
            } else if !r.workdaysOnly, let f = filledThrough, f >= today {
                // Today was passed over as a day off: let the next `prepare` add it.
                try db.execute(sql: "UPDATE routine SET filled_through = ? WHERE id = ?", arguments: [today.adding(days: -1).description, r.id])
            }
        }
    }

    static func restore(_ db: Database, _ r: Routine, today: LocalDate, settings: CalendarSettings) throws {
        // Fill again from the current period (or from the routine's start if that is later); the retired gap stays empty.
        let current = Period.containing(today, kind: r.period, settings: settings)
        let filled: String? = r.activeFrom < current.start ? current.start.adding(days: -1).description : nil
        try db.execute(sql: "UPDATE routine SET retired_on = NULL, filled_through = ? WHERE id = ?", arguments: [filled, r.id])
    }

    static func retire(_ db: Database, id: String, today: LocalDate) throws {
        try db.execute(sql: "UPDATE routine SET retired_on = ? WHERE id = ?", arguments: [today.description, id])
        try db.execute(sql: "DELETE FROM occurrence WHERE routine_id = ? AND end >= ? AND state = 'open'", arguments: [id, today.dayNumber])
    }
}
