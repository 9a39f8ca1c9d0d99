/// A card as the flat text record of MustDo's own CSV and JSON: one value per column (`number`, each field's
/// column, `people`, `tags`, `created_at`, `updated_at`, `reviewed_on`, `archived_at`), read back with every check of typing.
public enum CustomerRecordText {
    /// The columns, in file order.
    public static let columns = ["number"] + CustomerField.allCases.map(\.column) + ["people", "tags", "created_at", "updated_at", "reviewed_on", "archived_at"]

    /// The record of `card`: people one per line as `NAME:ROLE[:NOTE]`, tags comma-separated.
    public static func record(_ card: Customer) -> [String: String] {
        var r: [String: String] = ["number": card.number, "people": card.people.map(\.text).joined(separator: "\n"),
                                   "tags": card.tags.joined(separator: ", "), "created_at": card.createdAt, "updated_at": card.updatedAt,
                                   "reviewed_on": card.reviewedOn?.description ?? "", "archived_at": card.archivedAt ?? ""]
        for f in CustomerField.allCases { r[f.column] = card[f] }
        return r
    }

    /// The card a record describes, each value checked as if typed; a missing column is empty. Throws the first
    /// problem with the column it came from (`line` and `index` say where the record is).
    public static func card(_ record: [String: String], line: Int, index: Int, today: LocalDate) throws -> Customer {
        func fail(_ field: String, _ error: MustDoError) -> CustomerImportProblem {
            CustomerImportProblem(line: line, card: index, field: field, error: error)
        }
        var c = Customer(name: "")
        for f in CustomerField.allCases {
            guard let v = record[f.column], !(v.isEmpty && f == .status) else { continue }
            do { try c.set(f, v, today: today) } catch let e as MustDoError { throw fail(f.column, e) }
        }
        if c.name.isEmpty { throw fail("name", .invalidInput(.custNameEmpty, [:])) }
        do { try c.validate() } catch let e as MustDoError { throw fail("status", e) }
        for text in (record["people"] ?? "").split(separator: "\n") where !text.allSatisfy(\.isWhitespace) {
            do { c.put(try CustomerPerson(parsing: String(text))) } catch let e as MustDoError { throw fail("people", e) }
        }
        let tags = (record["tags"] ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        do { try c.addTags(tags) } catch let e as MustDoError { throw fail("tags", e) }
        let number = (record["number"] ?? "").trimmingWhitespace()
        if !number.isEmpty {
            guard CustomerSettings.isValidPrefix(number) else {
                throw fail("number", .invalidInput(.custFieldControl, ["option": "number", "char": number.quotedForMessage()]))
            }
            c.number = number
        }
        for key in ["created_at", "updated_at", "archived_at"] {
            let v = (record[key] ?? "").trimmingWhitespace()
            guard !v.isEmpty else { continue }
            guard v.count == 19, LocalDate(parsing: v.prefix(10)) != nil, v.firstUnsafeScalar() == nil else {
                throw fail(key, .invalidInput(.custBadDate, ["option": key, "text": v.quotedForMessage()]))
            }
            switch key {
            case "created_at": c.createdAt = v
            case "updated_at": c.updatedAt = v
            default: c.archivedAt = v
            }
        }
        if let v = record["reviewed_on"]?.trimmingWhitespace(), !v.isEmpty {
            guard let d = LocalDate(parsing: v) else { throw fail("reviewed_on", .invalidInput(.custBadDate, ["option": "reviewed_on", "text": v.quotedForMessage()])) }
            c.reviewedOn = d
        }
        return c
    }

    /// MustDo's own CSV of `cards` (with a byte-order mark, so spreadsheets read Chinese as UTF-8).
    public static func csv(_ cards: [Customer]) -> String {
        var w = CSVWriter(bom: true)
        w.row(columns)
        for c in cards {
            let r = record(c)
            w.row(columns.map { r[$0] ?? "" })
        }
        return w.text
    }

    /// The cards of MustDo's own CSV; a wrong header, a broken quote or a bad value throws where it is.
    public static func cards(csv text: String, today: LocalDate) throws -> [Customer] {
        let records = try CustomerRecordText.records(text)
        guard let header = records.first else { return [] }
        let names = header.fields.map { $0.trimmingWhitespace() }
        let unknown = names.filter { !columns.contains($0) }
        guard unknown.isEmpty, names.contains("name"), Set(names).count == names.count else {
            let problem = MustDoError.invalidInput(.custImportHeader, ["columns": (unknown.first ?? "name").quotedForMessage()])
            throw CustomerImportProblem(line: 1, card: 0, field: "header", error: problem)
        }
        var out: [Customer] = []
        for (i, r) in records.dropFirst().enumerated() {
            if r.fields.count == 1 && r.fields[0].isEmpty { continue }
            guard r.fields.count == names.count else {
                throw CustomerImportProblem(line: r.line, card: i + 1, field: "record",
                                            error: .invalidInput(.custImportFieldCount, ["count": String(r.fields.count), "expected": String(names.count)]))
            }
            var dict: [String: String] = [:]
            for (n, v) in zip(names, r.fields) { dict[n] = v }
            out.append(try card(dict, line: r.line, index: out.count + 1, today: today))
        }
        return out
    }

    /// RFC 4180 records with the line each starts on; a byte-order mark is skipped, CRLF and LF both end a record.
    static func records(_ text: String) throws -> [(line: Int, fields: [String])] {
        var out: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var start = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false; afterQuote = true }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "," {
                fields.append(field); field = ""; afterQuote = false
            } else if c == "\n" || (c == "\r" && i + 1 < chars.count && chars[i + 1] == "\n") {
                if c == "\r" { i += 1 }
                fields.append(field); out.append((start, fields))
                fields = []; field = ""; afterQuote = false
                line += 1; start = line
            } else if c == "\"" && field.isEmpty && !afterQuote {
                quoted = true
            } else {
                if afterQuote {
                    throw CustomerImportProblem(line: line, card: out.count, field: "record", error: .invalidInput(.custImportQuote, [:]))
                }
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if quoted { throw CustomerImportProblem(line: start, card: out.count, field: "record", error: .invalidInput(.custImportQuote, [:])) }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); out.append((start, fields)) }
        return out
    }
}
