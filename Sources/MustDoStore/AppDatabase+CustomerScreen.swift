import GRDB
import MustDoCore

/// What the customers screen needs beyond the console's reads and writes: a card with its history in one read, and a
/// change checked against what the screen last showed (undo, redo, archive), each in its own transaction.
extension AppDatabase {
    /// The card `id` with its history (merged cards' lines included) and the number of the card it was merged into,
    /// read in one transaction; nil when there is no such card.
    public func customerCard(id: Int64) throws -> (card: Customer, history: [CustomerHistoryEntry], mergedInto: String?)? {
        guard let card = try customer(id: id) else { return nil }
        let history = try customerHistory(id: id)
        let mergedInto = try card.mergedInto.flatMap { try customer(id: $0)?.number }
        return (card, history, mergedInto)
    }

    /// Changes the card `id` by `change` (fields, people, tags and archived state) in one transaction, with a history
    /// line for each changed field, the people, the tags, and an archive or restore. With `expected`, refuses with
    /// `ChangedSince` unless the card still says what `expected` says (undo and redo after another process's edit).
    /// A forgotten card refuses. Returns the card before and after.
    @discardableResult
    public func changeCustomer(id: Int64, expected: Customer?, now: String, _ change: (inout Customer) throws -> Void) throws -> (before: Customer, after: Customer) {
        try customerWrite { db in
            guard let before = try AppDatabase.customer(db, id: id) else {
                throw MustDoError.invalidInput(.custUnknown, ["ref": String(id)])
            }
            if before.isForgotten { throw MustDoError.invalidInput(.custIsForgotten, ["number": before.number]) }
            if let expected, !before.hasSameContent(as: expected) { throw ChangedSince.changedSince }
            var after = before
            try change(&after)
            if !after.isArchived { try after.validate() }
            let changed = CustomerField.allCases.filter { before[$0] != after[$0] }
            if !changed.isEmpty {
                let sets = changed.map { "\($0.column) = ?" }.joined(separator: ", ")
                try db.execute(sql: "UPDATE customer SET \(sets) WHERE id = ?", arguments: StatementArguments(changed.map { after[$0] } + [id]))
                for field in changed {
                    try AppDatabase.history(db, id, now, .edit, field: field.rawValue, old: before[field], new: after[field])
                }
            }
            if before.people != after.people || before.tags != after.tags { try CustomerRecord.savePeopleAndTags(db, after) }
            if before.people != after.people {
                try AppDatabase.history(db, id, now, .edit, field: "people", old: CustomerRecord.peopleText(before.people),
                                        new: CustomerRecord.peopleText(after.people))
            }
            if before.tags != after.tags {
                try AppDatabase.history(db, id, now, .edit, field: "tags", old: before.tags.joined(separator: ", "), new: after.tags.joined(separator: ", "))
            }
            if before.isArchived != after.isArchived {
                after.archivedAt = after.isArchived ? now : nil
                if !after.isArchived { after.mergedInto = nil }
                try db.execute(sql: "UPDATE customer SET archived_at = ?, merged_into = ? WHERE id = ?", arguments: [after.archivedAt, after.mergedInto, id])
                try AppDatabase.history(db, id, now, after.isArchived ? .archive : .restore)
            }
            if !before.hasSameContent(as: after) {
                after.updatedAt = now
                try db.execute(sql: "UPDATE customer SET updated_at = ? WHERE id = ?", arguments: [now, id])
            }
            try AppDatabase.countCustomerChange(db, before: before, after: after, now: now)
            return (before, after)
        }
    }
}
