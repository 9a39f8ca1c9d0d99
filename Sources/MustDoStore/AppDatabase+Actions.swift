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
    /// Undo or redo a change from `from` to `to`: refused with `ChangedSince` when the row's change counter is no longer `from`'s (another process changed it since, even to the same values).
    case revert(from: OccurrenceSnapshot, to: OccurrenceSnapshot)
}

extension AppDatabase {
    /// An undo or redo refused because the occurrence was changed since the change being undone.
    public enum ChangedSince: Error, Sendable { case changedSince }
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
            guard let row = try Row.fetchOne(db, sql: "SELECT state, progress, done_at, skip_reason, note, target, version FROM occurrence WHERE id = ?", arguments: [id]) else {
                throw MustDoError.unknownRef(String(id))
            }
            var before = OccurrenceSnapshot(id: id, state: OccurrenceState(rawValue: row[0]) ?? .open, progress: row[1],
                                            doneAt: row[2], skipReason: row[3], note: row[4])
            before.version = row[6]
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
                guard before.version == from.version else { throw ChangedSince.changedSince }
                after.state = to.state
                after.progress = to.progress
                after.doneAt = to.doneAt
                after.skipReason = to.skipReason
                after.note = to.note
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
                after.version = try Int64.fetchOne(db, sql: "SELECT version FROM occurrence WHERE id = ?", arguments: [id]) ?? before.version
            }
            return (before, after)
        }
    }
}
