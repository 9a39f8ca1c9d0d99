import GRDB
import MustDoCore

/// The customer file: cards, people, tags and history. Each user action is one transaction; every customer write runs
/// with `PRAGMA secure_delete` on, so text that an edit, a merge or a forget removes is zeroed in the file's pages.
extension AppDatabase {
    // MARK: reading

    /// The cards `query` asks for, with people and tags (forgotten cards are never listed). Tier, status, tag and
    /// archived are SQL filters; the search text is matched like the customers screen's search (`Customer.searchKey`:
    /// characters, full pinyin or initials, number, phone, company, people's names).
    public func customers(_ query: CustomerQuery = CustomerQuery()) throws -> [Customer] {
        let search = query.search.map(SearchKey.Query.init).flatMap { $0.isEmpty ? nil : $0 }
        return try read { db in
            let (conditions, arguments) = AppDatabase.conditions(query)
            let sql = "SELECT \(CustomerRecord.selection) FROM customer WHERE \(conditions) ORDER BY \(AppDatabase.order(query.sort))"
            var cards = try Row.fetchAll(db, sql: sql, arguments: arguments).map(CustomerRecord.card)
            try CustomerRecord.attachPeopleAndTags(db, &cards)
            if let search { cards = cards.filter { $0.searchKey.matches(search) } }
            return cards
        }
    }

    /// The WHERE clause and arguments of `query`'s SQL filters (not the search text).
    static func conditions(_ query: CustomerQuery) -> (String, StatementArguments) {
        let (conditions, values) = conditionTexts(query)
        return (conditions, StatementArguments(values))
    }

    /// `conditions` with its arguments as the texts they are (bound in order by the quick reads, which have no GRDB).
    static func conditionTexts(_ query: CustomerQuery) -> (String, [String]) {
        var conditions = ["forgotten_at IS NULL", query.archived ? "archived_at IS NOT NULL" : "archived_at IS NULL"]
        var values: [String] = []
        if let tier = query.tier { conditions.append("tier = ?"); values.append(tier.rawValue) }
        if let status = query.status { conditions.append("status = ?"); values.append(status.rawValue) }
        if let tag = query.tag {
            conditions.append("id IN (SELECT customer_id FROM customer_tag WHERE tag = ?)")
            values.append(tag)
        }
        return (conditions.joined(separator: " AND "), values)
    }

    /// The ORDER BY of a sort.
    static func order(_ sort: CustomerSort) -> String {
        switch sort {
        case .number: return "id"
        case .name: return "name, id"
        case .tier: return "CASE tier WHEN 'key' THEN 0 WHEN 'important' THEN 1 WHEN 'general' THEN 2 ELSE 3 END, id"
        case .status: return "CASE status WHEN 'prospect' THEN 0 WHEN 'customer' THEN 1 WHEN 'dormant' THEN 2 ELSE 3 END, id"
        case .updated: return "updated_at DESC, id DESC"
        }
    }

    /// The card with `id` (archived, merged and forgotten ones included), or nil.
    public func customer(id: Int64) throws -> Customer? {
        try read { db in try AppDatabase.customer(db, id: id) }
    }

    static func customer(_ db: Database, id: Int64) throws -> Customer? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(CustomerRecord.selection) FROM customer WHERE id = ?", arguments: [id]) else { return nil }
        var cards = [CustomerRecord.card(row)]
        try CustomerRecord.attachPeopleAndTags(db, &cards)
        return cards[0]
    }

    /// The card a user means by `ref`: an id, a serial number (any case), or an exact name or company that only one
    /// current card has. Throws one sentence for no match, or for a name that several cards share (listing them).
    public func resolveCustomer(_ ref: String) throws -> Customer {
        try read { db in try AppDatabase.resolveCustomer(db, ref) }
    }

    static func resolveCustomer(_ db: Database, _ ref: String) throws -> Customer {
        let t = AppDatabase.trimmed(ref)
        if let id = Int64(t), let c = try customer(db, id: id) { return c }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM customer WHERE number = ? COLLATE NOCASE", arguments: [t]),
           let c = try customer(db, id: id) { return c }
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, number, name FROM customer WHERE forgotten_at IS NULL AND (name = ? OR company = ?)
            ORDER BY archived_at IS NOT NULL, id
            """, arguments: [t, t])
        let current = rows
        if current.count == 1, let c = try customer(db, id: current[0]["id"]) { return c }
        if current.count > 1 {
            let list = current.prefix(10).map { "\($0["number"] as String) \($0["name"] as String)" }.joined(separator: "; ")
            throw MustDoError.invalidInput(.custAmbiguous, ["ref": t.quotedForMessage(), "count": String(current.count), "candidates": list])
        }
        throw MustDoError.invalidInput(.custUnknown, ["ref": t.quotedForMessage()])
    }

    /// The history of the card `id` and of every card merged into it, oldest first.
    public func customerHistory(id: Int64) throws -> [CustomerHistoryEntry] {
        try read { db in
            var ids: [Int64] = [id]
            var frontier: [Int64] = [id]
            while !frontier.isEmpty {
                let next = try Int64.fetchAll(db, sql: "SELECT id FROM customer WHERE merged_into IN (\(frontier.map(String.init).joined(separator: ",")))")
                    .filter { !ids.contains($0) }
                ids += next
                frontier = next
            }
            return try Row.fetchAll(db, sql: """
                SELECT h.at, h.action, h.field, h.old, h.new, o.number AS other, c.number AS card
                FROM customer_history h JOIN customer c ON c.id = h.customer_id LEFT JOIN customer o ON o.id = h.other_id
                WHERE h.customer_id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY h.at, h.id
                """).map { row in
                CustomerHistoryEntry(at: row["at"], action: CustomerHistoryEntry.Action(rawValue: row["action"]) ?? .edit,
                                     field: row["field"], old: row["old"], new: row["new"], other: row["other"], card: row["card"])
            }
        }
    }

    /// Anonymous counts of the whole file: cards by status, archived, and erased on request.
    public func customerCounts() throws -> [String: Int] {
        try read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT CASE WHEN forgotten_at IS NOT NULL THEN 'forgotten' WHEN archived_at IS NOT NULL THEN 'archived' ELSE status END AS k,
                       count(*) AS n FROM customer GROUP BY k
                """) {
                out[row["k"]] = row["n"]
            }
            return out
        }
    }

    // MARK: writing

    /// Stores a new card: gives it the next serial number under `prefix` (never reused), the creation time, and a
    /// history line. Returns the stored card.
    @discardableResult
    public func addCustomer(_ card: Customer, prefix: String, now: String) throws -> Customer {
        try card.validate()
        return try customerWrite { db in
            var c = card
            var last = try Int.fetchOne(db, sql: "SELECT last FROM customer_sequence WHERE prefix = ?", arguments: [prefix]) ?? 0
            repeat {
                last += 1
                c.number = CustomerSettings.number(prefix: prefix, sequence: last)
            } while try Bool.fetchOne(db, sql: "SELECT 1 FROM customer WHERE number = ? COLLATE NOCASE", arguments: [c.number]) == true
            try db.execute(sql: "INSERT INTO customer_sequence (prefix, last) VALUES (?, ?) ON CONFLICT(prefix) DO UPDATE SET last = excluded.last",
                           arguments: [prefix, last])
            c.createdAt = now
            c.updatedAt = now
            c.reviewedOn = LocalDate(parsing: now.prefix(10))
            let columns = ["number"] + CustomerRecord.fieldColumns + ["created_at", "updated_at", "reviewed_on"]
            var values: [(any DatabaseValueConvertible)?] = [c.number]
            values += CustomerField.allCases.map { c[$0] }
            values += [now, now, c.reviewedOn?.description]
            try db.execute(sql: "INSERT INTO customer (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
                           arguments: StatementArguments(values))
            c.id = db.lastInsertedRowID
            try CustomerRecord.savePeopleAndTags(db, c)
            try AppDatabase.history(db, c.id, now, .create)
            try AppDatabase.countCustomerChange(db, before: nil, after: c, now: now)
            return c
        }
    }

    /// Changes the card `id` by `change`, run inside the transaction on the card as stored now, so a concurrent edit
    /// is never overwritten. Every changed field, the people and the tags each get a history line in the same
    /// transaction; `reviewedOn` (today) marks the card as checked. A forgotten card refuses. Returns the card before and after.
    @discardableResult
    public func editCustomer(id: Int64, now: String, reviewedOn: LocalDate?, _ change: (inout Customer) throws -> Void) throws -> (before: Customer, after: Customer) {
        try customerWrite { db in
            guard let before = try AppDatabase.customer(db, id: id) else {
                throw MustDoError.invalidInput(.custUnknown, ["ref": String(id)])
            }
            if before.isForgotten { throw MustDoError.invalidInput(.custIsForgotten, ["number": before.number]) }
            var after = before
            try change(&after)
            try after.validate()
            let changed = CustomerField.allCases.filter { before[$0] != after[$0] }
            let peopleChanged = before.people != after.people
            let tagsChanged = before.tags != after.tags
            if changed.isEmpty && !peopleChanged && !tagsChanged {
                if let reviewedOn, before.reviewedOn != reviewedOn {
                    try db.execute(sql: "UPDATE customer SET reviewed_on = ? WHERE id = ?", arguments: [reviewedOn.description, id])
                    try AppDatabase.history(db, id, now, .review)
                    after.reviewedOn = reviewedOn
                }
                return (before, after)
            }
            after.updatedAt = now
            after.reviewedOn = reviewedOn ?? LocalDate(parsing: now.prefix(10))
            if !changed.isEmpty {
                let sets = changed.map { "\($0.column) = ?" }.joined(separator: ", ")
                try db.execute(sql: "UPDATE customer SET \(sets) WHERE id = ?", arguments: StatementArguments(changed.map { after[$0] } + [id]))
            }
            try db.execute(sql: "UPDATE customer SET updated_at = ?, reviewed_on = ? WHERE id = ?",
                           arguments: [now, after.reviewedOn?.description, id])
            for field in changed {
                try AppDatabase.history(db, id, now, .edit, field: field.rawValue, old: before[field], new: after[field])
            }
            if peopleChanged || tagsChanged { try CustomerRecord.savePeopleAndTags(db, after) }
            if peopleChanged {
                try AppDatabase.history(db, id, now, .edit, field: "people", old: CustomerRecord.peopleText(before.people),
                                        new: CustomerRecord.peopleText(after.people))
            }
            if tagsChanged {
                try AppDatabase.history(db, id, now, .edit, field: "tags", old: before.tags.joined(separator: ", "), new: after.tags.joined(separator: ", "))
            }
            try AppDatabase.countCustomerChange(db, before: before, after: after, now: now)
            return (before, after)
        }
    }

    /// Archives (hides) or restores the card `id`; returns the card and whether anything changed.
    @discardableResult
    public func setCustomerArchived(id: Int64, _ archived: Bool, now: String) throws -> (card: Customer, changed: Bool) {
        try customerWrite { db in
            guard var c = try AppDatabase.customer(db, id: id) else { throw MustDoError.invalidInput(.custUnknown, ["ref": String(id)]) }
            if c.isForgotten { throw MustDoError.invalidInput(.custIsForgotten, ["number": c.number]) }
            guard c.isArchived != archived else { return (c, false) }
            c.archivedAt = archived ? now : nil
            if !archived { c.mergedInto = nil }
            try db.execute(sql: "UPDATE customer SET archived_at = ?, merged_into = ?, updated_at = ? WHERE id = ?",
                           arguments: [c.archivedAt, c.mergedInto, now, id])
            try AppDatabase.history(db, id, now, archived ? .archive : .restore)
            return (c, true)
        }
    }

    /// Merges card `from` (B) into card `into` (A): A keeps its values and gains B's one-line fields it lacks, B's
    /// long texts appended to its own, B's people and tags; B is archived pointing to A. Both histories stay.
    @discardableResult
    public func mergeCustomers(into: Int64, from: Int64, now: String) throws -> Customer {
        guard into != from else { throw MustDoError.invalidInput(.custMergeSelf, [:]) }
        return try customerWrite { db in
            guard let a = try AppDatabase.customer(db, id: into), let b = try AppDatabase.customer(db, id: from) else {
                throw MustDoError.invalidInput(.custUnknown, ["ref": String(into)])
            }
            for c in [a, b] {
                if c.isForgotten { throw MustDoError.invalidInput(.custIsForgotten, ["number": c.number]) }
                if c.isArchived { throw MustDoError.invalidInput(.custMergeArchived, ["number": c.number]) }
            }
            var merged = AppDatabase.merged(a, b)
            let changed = CustomerField.allCases.filter { a[$0] != merged[$0] }
            if !changed.isEmpty {
                let sets = changed.map { "\($0.column) = ?" }.joined(separator: ", ")
                try db.execute(sql: "UPDATE customer SET \(sets) WHERE id = ?", arguments: StatementArguments(changed.map { merged[$0] } + [into]))
            }
            try db.execute(sql: "UPDATE customer SET updated_at = ? WHERE id = ?", arguments: [now, into])
            try CustomerRecord.savePeopleAndTags(db, merged)
            try AppDatabase.history(db, into, now, .mergeIn, other: from)
            for field in changed { try AppDatabase.history(db, into, now, .edit, field: field.rawValue, old: a[field], new: merged[field]) }
            if a.people != merged.people {
                try AppDatabase.history(db, into, now, .edit, field: "people", old: CustomerRecord.peopleText(a.people), new: CustomerRecord.peopleText(merged.people))
            }
            if a.tags != merged.tags {
                try AppDatabase.history(db, into, now, .edit, field: "tags", old: a.tags.joined(separator: ", "), new: merged.tags.joined(separator: ", "))
            }
            try db.execute(sql: "UPDATE customer SET archived_at = ?, merged_into = ?, updated_at = ? WHERE id = ?", arguments: [now, into, now, from])
            try AppDatabase.history(db, from, now, .mergeInto, other: into)
            merged.updatedAt = now
            return merged
        }
    }

    /// Erases the personal data of the card `id` and of the cards merged into it, for real: every field but the tier
    /// and status is overwritten with nothing, people and tags are deleted, the history keeps its lines (what and when)
    /// without their texts. Runs with `secure_delete` on and checkpoints the write-ahead log afterwards, so the text
    /// does not remain in the file's pages. The number stays taken. Returns the number.
    @discardableResult
    public func forgetCustomer(id: Int64, now: String) throws -> String {
        let number = try customerWrite { db -> String in
            guard let c = try AppDatabase.customer(db, id: id) else { throw MustDoError.invalidInput(.custUnknown, ["ref": String(id)]) }
            var ids: [Int64] = [id]
            var frontier: [Int64] = [id]
            while !frontier.isEmpty {
                let next = try Int64.fetchAll(db, sql: "SELECT id FROM customer WHERE merged_into IN (\(frontier.map(String.init).joined(separator: ",")))")
                    .filter { !ids.contains($0) }
                ids += next
                frontier = next
            }
            let kept: Set<CustomerField> = [.tier, .status]
            let clear = CustomerField.allCases.filter { !kept.contains($0) }
                .map { "\($0.column) = '\($0.defaultValue)'" }.joined(separator: ", ")
            let list = ids.map(String.init).joined(separator: ",")
            try db.execute(sql: """
                UPDATE customer SET \(clear), reviewed_on = NULL, created_at = substr(created_at, 1, 10), updated_at = ?, forgotten_at = ?
                WHERE id IN (\(list))
                """, arguments: [now, now])
            try db.execute(sql: "DELETE FROM customer_person WHERE customer_id IN (\(list))")
            try db.execute(sql: "DELETE FROM customer_tag WHERE customer_id IN (\(list))")
            try db.execute(sql: "UPDATE customer_history SET old = NULL, new = NULL WHERE customer_id IN (\(list))")
            try AppDatabase.forgetVisitsAndPromises(db, ids)
            try AppDatabase.history(db, id, now, .forget)
            return c.number
        }
        // The old pages may still sit in the write-ahead log: copy the zeroed ones over and empty it.
        if path != ":memory:" {
            try? writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        return number
    }

    // MARK: helpers

    /// Card `a` with card `b` merged in: `a` keeps every value it has and gains the fields it lacks; long texts that
    /// differ are appended (a's first); b's people (by name) and tags are added.
    static func merged(_ a: Customer, _ b: Customer) -> Customer {
        var merged = a
        for field in CustomerField.allCases where b[field] != field.defaultValue && b[field] != a[field] {
            if a[field] == field.defaultValue {
                merged[field] = b[field]
            } else if field.isMultiLine, !a[field].contains(b[field]) {
                merged[field] = a[field] + "\n" + b[field]
            }
        }
        if merged.status == .lost, merged[.lostReason].isEmpty { merged[.status] = a[.status] }
        for p in b.people where !merged.people.contains(where: { $0.name == p.name }) { merged.people.append(p) }
        merged.tags = Array(Set(a.tags + b.tags)).sorted()
        return merged
    }

    /// One transaction with `secure_delete` on: removed text is overwritten with zeros, not left in free space. Ends by
    /// storing the search keys and completeness of the cards written (`refreshCustomerSearchKeys`,
    /// `refreshCustomerSummaries`).
    func customerWrite<T>(_ body: (Database) throws -> T) throws -> T {
        try writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                // The search keys of the cards just written, in the same transaction (triggers dropped the old ones).
                try AppDatabase.refreshCustomerSearchKeys(db)
                // Their completeness too (triggers cleared the stored one).
                try AppDatabase.refreshCustomerSummaries(db)
                return .commit
            }
            return result!
        }
    }

    /// Appends a history line.
    static func history(_ db: Database, _ id: Int64, _ at: String, _ action: CustomerHistoryEntry.Action,
                        field: String? = nil, old: String? = nil, new: String? = nil, other: Int64? = nil) throws {
        try db.execute(sql: "INSERT INTO customer_history (customer_id, at, action, field, old, new, other_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       arguments: [id, at, action.rawValue, field, old, new, other])
    }

    /// `text` without white space at either end.
    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
