import GRDB
import MustDoCore

/// A change a user makes to one occurrence.
public enum OccurrenceChange: Sendable, Equatable {
    /// Mark done (a count item's progress goes to its target).
    case check
    /// Back to open (or missed, once its period is over); a count item keeps progress below its target.
    case uncheck
    /// Skip; a reason replaces the stored one ("" removes it), nil keeps it.
    case skip(reason: String?)
    /// Add `n` (may be negative) to a count; reaching the target marks it done, dropping below reopens it.
    case addCount(Int)
    /// Replace the note (nil or empty removes it).
    case setNote(String?)
    /// Put back exactly what a snapshot holds.
    case restore(OccurrenceSnapshot)
    /// Undo or redo a change from `from` to `to`: each field still holding its `from` value goes back to `to`; fields someone else changed since are left alone.
    case revert(from: OccurrenceSnapshot, to: OccurrenceSnapshot)
}

extension AppDatabase {
    /// Applies `change` to occurrence `id` in its own transaction and returns the snapshots before and after.
    @discardableResult
    public func apply(_ change: OccurrenceChange, to id: Int64, now: String) throws -> (before: OccurrenceSnapshot, after: OccurrenceSnapshot) {
        switch change {
        case .skip(let reason?): try UserInput.skipReason(reason)
        case .setNote(let text?): try UserInput.note(text)
        default: break
        }
        return try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT state, progress, done_at, skip_reason, note, target FROM occurrence WHERE id = ?", arguments: [id]) else {
                throw MustDoError.unknownRef(String(id))
            }
            let before = OccurrenceSnapshot(id: id, state: OccurrenceState(rawValue: row[0]) ?? .open, progress: row[1],
                                            doneAt: row[2], skipReason: row[3], note: row[4])
            let target: Int? = row[5]
            var after = before
            switch change {
            case .check:
                after.state = .done
                after.doneAt = before.state == .done ? before.doneAt : now
                after.skipReason = nil
                if let target { after.progress = max(before.progress, target) }
            case .uncheck:
                after.state = .open
                after.doneAt = nil
                after.skipReason = nil
                if let target, after.progress >= target { after.progress = target - 1 }
            case .skip(let reason):
                after.state = .skipped
                after.doneAt = nil
                // Skipping again without a reason keeps the one given before (only the screen's empty answer clears it).
                if let reason { after.skipReason = reason.isEmpty ? nil : reason }
            case .addCount(let n):
                let (sum, overflow) = before.progress.addingReportingOverflow(n)
                after.progress = overflow ? (n > 0 ? Int.max : 0) : max(0, sum)
                if let target {
                    if after.progress >= target, before.state != .done {
                        after.state = .done
                        after.doneAt = now
                        after.skipReason = nil
                    } else if after.progress < target, before.state == .done {
                        after.state = .open
                        after.doneAt = nil
                    }
                }
            case .setNote(let text):
                after.note = text.flatMap { $0.isEmpty ? nil : $0 }
            case .revert(let from, let to):
                if before.state == from.state || (from.state == .missed && before.state == .open) { after.state = to.state }
                if before.progress == from.progress { after.progress = to.progress }
                if before.doneAt == from.doneAt { after.doneAt = to.doneAt }
                if before.skipReason == from.skipReason { after.skipReason = to.skipReason }
                if before.note == from.note { after.note = to.note }
            case .restore(let snapshot):
                after = OccurrenceSnapshot(id: id, state: snapshot.state == .missed ? .open : snapshot.state, progress: snapshot.progress,
                                           doneAt: snapshot.doneAt, skipReason: snapshot.skipReason, note: snapshot.note)
            }
            if after.state == .missed { after.state = .open }
            if after != before {
                // A correction of a past day invalidates that routine's cached streaks.
                try db.execute(sql: """
                    DELETE FROM streak_cache WHERE routine_id = (SELECT routine_id FROM occurrence WHERE id = ?1 AND period_kind = 'day')
                      AND through >= (SELECT start FROM occurrence WHERE id = ?1)
                    """, arguments: [id])
                try db.execute(sql: """
                    UPDATE occurrence SET state = ?, progress = ?, done_at = ?, skip_reason = ?, note = ?, updated_at = ? WHERE id = ?
                    """, arguments: [after.state.rawValue, after.progress, after.doneAt, after.skipReason, after.note, now, id])
            }
            return (before, after)
        }
    }
}
