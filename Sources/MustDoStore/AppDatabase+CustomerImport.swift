import GRDB
import MustDoCore

/// Importing cards: duplicates found against the customer file and within the file, merged or skipped as the user
/// chooses, everything in one transaction (or none, with a dry run or a refusal).
extension AppDatabase {
    /// Imports `items` in one transaction. A card is a duplicate when it has the number or UID of a stored card (or
    /// of an earlier card of the file), a phone number in common, or the same name and company; one identical to
    /// the card it matches is `unchanged`. Other duplicates are merged or skipped by `choice`; without a choice,
    /// `CustomerImportNeedsChoice` lists them and nothing is written. A new card keeps its number when it is free
    /// (a number under `prefix` moves the sequence past it), else gets the next under `prefix`; its UID is kept in
    /// its creation line of history. With `dryRun` nothing is written. Returns what was (or would be) done.
    public func importCustomers(_ items: [CustomerImportItem], duplicates choice: CustomerDuplicateChoice?, prefix: String,
                                now: String, dryRun: Bool = false) throws -> CustomerImportResult {
        for item in items { try item.card.validate() }
        do {
            return try customerWrite { db in
                let result = try AppDatabase.importCustomers(db, items, choice: choice, prefix: prefix, now: now)
                if dryRun { throw ImportRollback(result: result) }
                return result
            }
        } catch let rollback as ImportRollback {
            return rollback.result
        }
    }

    /// The UID each card is known by in exports: the one it was imported with, else the one derived from its number
    /// and creation time (`CustomerContact.derivedUID`). Keyed by card id.
    public func customerUIDs(_ cards: [Customer]) throws -> [Int64: String] {
        let stored = try read { db in try AppDatabase.importedUIDs(db) }
        var out: [Int64: String] = [:]
        for c in cards { out[c.id] = stored[c.id] ?? CustomerContact.derivedUID(c) }
        return out
    }

    /// The UIDs cards were imported with, by card id.
    static func importedUIDs(_ db: Database) throws -> [Int64: String] {
        var out: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT customer_id, new FROM customer_history WHERE action = 'create' AND field = 'uid' AND new IS NOT NULL
            """) {
            out[row[0]] = row[1]
        }
        return out
    }

    /// The digits a phone number is matched by: the last ten of each number in the field (so `+86 138 0013 8000`
    /// and `13800138000` match), numbers with fewer than seven digits ignored.
    static func phoneKeys(_ phone: String) -> [String] {
        phone.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" || $0 == "，" }).compactMap { part in
            let digits = part.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }
            guard digits.count >= 7 else { return nil }
            return String(String.UnicodeScalarView(digits.suffix(10)))
        }
    }

    /// The key of a name and company (case folded, trimmed).
    static func nameKey(_ card: Customer) -> String {
        trimmed(card.name).lowercased() + "\u{1F}" + trimmed(card[.company]).lowercased()
    }

    /// Whether two cards say the same (fields, people, tags), whatever their numbers and dates.
    static func sameContent(_ a: Customer, _ b: Customer) -> Bool {
        CustomerField.allCases.allSatisfy { a[$0] == b[$0] } && a.people == b.people && a.tags == b.tags
    }

    private static func importCustomers(_ db: Database, _ items: [CustomerImportItem], choice: CustomerDuplicateChoice?,
                                        prefix: String, now: String) throws -> CustomerImportResult {
        // The customer file's keys, read once.
        var numbers: [String: Int64] = [:]
        var forgottenNumbers = Set<String>()
        var byUID: [String: Int64] = [:]
        var byPhone: [String: Int64] = [:]
        var byName: [String: Int64] = [:]
        var labels: [Int64: String] = [:]
        let imported = try importedUIDs(db)
        for row in try Row.fetchAll(db, sql: """
            SELECT id, number, name, company, phone, created_at, archived_at IS NOT NULL, forgotten_at IS NOT NULL FROM customer
            """) {
            let id: Int64 = row[0]
            let number: String = row[1]
            if row[7] as Bool { forgottenNumbers.insert(number.lowercased()); continue }
            numbers[number.lowercased()] = id
            var c = Customer(name: row[2], createdAt: row[5])
            c.number = number
            c[.company] = row[3]
            labels[id] = number + " " + c.name
            byUID[imported[id] ?? CustomerContact.derivedUID(c)] = id
            if !(row[6] as Bool) {
                for k in phoneKeys(row[4]) where byPhone[k] == nil { byPhone[k] = id }
                let key = nameKey(c)
                if byName[key] == nil { byName[key] = id }
            }
        }

        enum Target { case stored(Int64), pending(Int) }
        var pending: [(item: CustomerImportItem, uid: String)] = []
        var fileNumbers: [String: Int] = [:], fileUIDs: [String: Int] = [:], filePhones: [String: Int] = [:], fileNames: [String: Int] = [:]
        var mergesInto: [Int64: Customer] = [:]
        var mergeOrder: [Int64] = []
        var storedCards: [Int64: Customer] = [:]
        var result = CustomerImportResult()

        func match(_ card: Customer, uid: String) -> (Target, CustomerDuplicate.Reason)? {
            let number = card.number.lowercased()
            if !number.isEmpty, let id = numbers[number] { return (.stored(id), .number) }
            if let id = byUID[uid] { return (.stored(id), .uid) }
            for k in phoneKeys(card[.phone]) { if let id = byPhone[k] { return (.stored(id), .phone) } }
            if let id = byName[nameKey(card)] { return (.stored(id), .nameAndCompany) }
            if !number.isEmpty, let i = fileNumbers[number] { return (.pending(i), .number) }
            if let i = fileUIDs[uid] { return (.pending(i), .uid) }
            for k in phoneKeys(card[.phone]) { if let i = filePhones[k] { return (.pending(i), .phone) } }
            if let i = fileNames[nameKey(card)] { return (.pending(i), .nameAndCompany) }
            return nil
        }

        for item in items {
            var card = item.card
            if forgottenNumbers.contains(card.number.lowercased()) { card.number = "" }
            let uid = item.uid ?? (card.number.isEmpty ? StableUID.uid(formattedName: card.name, organization: card[.company],
                                                                        emails: [card[.email]], phones: [card[.phone]])
                                                       : CustomerContact.derivedUID(card))
            guard let (target, reason) = match(card, uid: uid) else {
                let i = pending.count
                pending.append((CustomerImportItem(card: card, uid: item.uid, place: item.place), uid))
                if !card.number.isEmpty { fileNumbers[card.number.lowercased()] = i }
                fileUIDs[uid] = i
                for k in phoneKeys(card[.phone]) where filePhones[k] == nil { filePhones[k] = i }
                let key = nameKey(card)
                if fileNames[key] == nil { fileNames[key] = i }
                result.added += 1
                continue
            }
            var duplicate = CustomerDuplicate(place: item.place, name: card.name, reason: reason, existing: "", inFile: false, outcome: .undecided)
            switch target {
            case .stored(let id):
                duplicate.existing = labels[id] ?? String(id)
                if storedCards[id] == nil { storedCards[id] = try customer(db, id: id) }
                let current = mergesInto[id] ?? storedCards[id]!
                if sameContent(current, card) {
                    duplicate.outcome = .unchanged
                } else if let choice {
                    duplicate.outcome = choice == .merge ? .merged : .skipped
                    if choice == .merge {
                        if mergesInto[id] == nil { mergeOrder.append(id) }
                        mergesInto[id] = merged(current, card)
                    }
                }
            case .pending(let i):
                duplicate.existing = pending[i].item.place
                duplicate.inFile = true
                if sameContent(pending[i].item.card, card) {
                    duplicate.outcome = .unchanged
                } else if let choice {
                    duplicate.outcome = choice == .merge ? .merged : .skipped
                    if choice == .merge { pending[i].item.card = merged(pending[i].item.card, card) }
                }
            }
            switch duplicate.outcome {
            case .merged: result.merged += 1
            case .skipped: result.skipped += 1
            case .unchanged: result.unchanged += 1
            case .undecided: break
            }
            result.duplicates.append(duplicate)
        }
        if result.duplicates.contains(where: { $0.outcome == .undecided }) {
            throw CustomerImportNeedsChoice(duplicates: result.duplicates)
        }

        // New cards: numbers kept when free, else the next under the prefix; one statement each, prepared once.
        let columns = ["number"] + CustomerRecord.fieldColumns + ["created_at", "updated_at", "reviewed_on", "archived_at"]
        let insert = try db.cachedStatement(sql: "INSERT INTO customer (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
        let insertPerson = try db.cachedStatement(sql: "INSERT INTO customer_person (customer_id, position, name, role, note) VALUES (?, ?, ?, ?, ?)")
        let insertTag = try db.cachedStatement(sql: "INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)")
        let insertHistory = try db.cachedStatement(sql: "INSERT INTO customer_history (customer_id, at, action, field, new) VALUES (?, ?, 'create', ?, ?)")
        var taken = Set(numbers.keys).union(forgottenNumbers)
        let claimed = Set(pending.map { $0.item.card.number.lowercased() }.filter { !$0.isEmpty })
        var last = try Int.fetchOne(db, sql: "SELECT last FROM customer_sequence WHERE prefix = ?", arguments: [prefix]) ?? 0
        for (item, _) in pending {
            var c = item.card
            if !c.number.isEmpty {
                if c.number.hasPrefix(prefix), let n = Int(c.number.dropFirst(prefix.count)), n > last { last = n }
            } else {
                repeat {
                    last += 1
                    c.number = CustomerSettings.number(prefix: prefix, sequence: last)
                } while taken.contains(c.number.lowercased()) || claimed.contains(c.number.lowercased())
            }
            taken.insert(c.number.lowercased())
            if c.createdAt.isEmpty { c.createdAt = now }
            if c.updatedAt.isEmpty { c.updatedAt = now }
            var values: [(any DatabaseValueConvertible)?] = [c.number]
            values += CustomerField.allCases.map { c[$0] }
            values += [c.createdAt, c.updatedAt, c.reviewedOn?.description, c.archivedAt]
            try insert.execute(arguments: StatementArguments(values))
            let id = db.lastInsertedRowID
            for (i, p) in c.people.enumerated() { try insertPerson.execute(arguments: [id, i, p.name, p.role.rawValue, p.note]) }
            for t in c.tags { try insertTag.execute(arguments: [id, t]) }
            try insertHistory.execute(arguments: [id, now, item.uid == nil ? nil : "uid", item.uid])
        }
        try db.execute(sql: "INSERT INTO customer_sequence (prefix, last) VALUES (?, ?) ON CONFLICT(prefix) DO UPDATE SET last = max(last, excluded.last)",
                       arguments: [prefix, last])

        // Merges into stored cards: each changed field, the people and the tags get a history line.
        for id in mergeOrder {
            guard let before = storedCards[id], var after = mergesInto[id] else { continue }
            let changed = CustomerField.allCases.filter { before[$0] != after[$0] }
            if !changed.isEmpty {
                let sets = changed.map { "\($0.column) = ?" }.joined(separator: ", ")
                try db.execute(sql: "UPDATE customer SET \(sets) WHERE id = ?", arguments: StatementArguments(changed.map { after[$0] } + [id]))
            }
            after.updatedAt = now
            try db.execute(sql: "UPDATE customer SET updated_at = ? WHERE id = ?", arguments: [now, id])
            for field in changed { try history(db, id, now, .edit, field: field.rawValue, old: before[field], new: after[field]) }
            if before.people != after.people || before.tags != after.tags { try CustomerRecord.savePeopleAndTags(db, after) }
            if before.people != after.people {
                try history(db, id, now, .edit, field: "people", old: CustomerRecord.peopleText(before.people), new: CustomerRecord.peopleText(after.people))
            }
            if before.tags != after.tags {
                try history(db, id, now, .edit, field: "tags", old: before.tags.joined(separator: ", "), new: after.tags.joined(separator: ", "))
            }
        }
        return result
    }
}

/// Rolls a dry-run import back while carrying its result out of the transaction.
private struct ImportRollback: Error {
    let result: CustomerImportResult
}
