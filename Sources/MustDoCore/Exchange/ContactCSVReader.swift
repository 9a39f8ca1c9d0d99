/// Reads the contact CSV exported by Google Contacts or Outlook, or MustDo's own, into `ContactRecord`s;
/// all records or, when anything is wrong, `ExchangeError` with every problem (file, line, column).
///
/// Columns with no field here but a value are kept as custom fields named by their header, so that
/// nothing a user typed is dropped.
public enum ContactCSVReader {
    /// Reads the file at `path` (at most `VCardReader.fileSizeLimit` bytes, UTF-8): its layout and records.
    public static func read(path: String, displayName: String? = nil) throws -> (format: ContactCSVFormat, records: [ContactRecord]) {
        guard let text = try TextFile.read(path, limit: VCardReader.fileSizeLimit).text(path: path, role: .contacts) else { return (.mustdo, []) }
        return try parse(text, file: displayName ?? path)
    }

    /// Parses CSV `text`; `file` names it in problems.
    public static func parse(_ text: String, file: String) throws -> (format: ContactCSVFormat, records: [ContactRecord]) {
        let rows = try CSVReader.records(text, file: file)
        guard let header = rows.first else {
            throw ExchangeError([ExchangeProblem(file: file, line: 0, property: "", reason: .unknownHeaders(found: ""))])
        }
        let headers = header.fields.map { $0.trimmed(of: " \t") }
        guard let format = ContactCSVFormat.detect(headers) else {
            throw ExchangeError([ExchangeProblem(file: file, line: header.line, property: "", reason: .unknownHeaders(found: headers.prefix(4).joined(separator: ",")))])
        }
        var problems: [ExchangeProblem] = []
        var records: [ContactRecord] = []
        for row in rows.dropFirst() {
            if row.fields.count > headers.count, row.fields[headers.count...].contains(where: { !$0.isEmpty }) {
                problems.append(ExchangeProblem(file: file, line: row.line, property: "", reason: .csvTooManyFields(count: row.fields.count, expected: headers.count)))
                continue
            }
            var values: [(String, String)] = []
            for (i, h) in headers.enumerated() { values.append((h, i < row.fields.count ? row.fields[i] : "")) }
            if values.allSatisfy({ $0.1.trimmed(of: " \t").isEmpty }) { continue }
            var cells = Cells(values: values, file: file, line: row.line)
            let record: ContactRecord
            switch format {
            case .google: record = google(&cells)
            case .outlook: record = outlook(&cells)
            case .mustdo: record = mustdo(&cells)
            }
            problems += cells.problems
            records.append(record)
        }
        if !problems.isEmpty { throw ExchangeError(problems) }
        return (format, records)
    }

    /// One row's cells by header, remembering which were used (the rest become custom fields) and problems.
    struct Cells {
        var values: [(String, String)]
        var index: [String: Int] = [:]
        var used = Set<String>()
        var problems: [ExchangeProblem] = []
        let file: String
        let line: Int

        init(values: [(String, String)], file: String, line: Int) {
            self.values = values
            self.file = file
            self.line = line
            for (i, v) in values.enumerated() where index[v.0] == nil { index[v.0] = i }
        }

        /// The trimmed value of column `name` ("" when absent), marked used.
        mutating func take(_ name: String) -> String {
            used.insert(name)
            guard let i = index[name] else { return "" }
            return values[i].1.trimmed(of: " \t")
        }

        /// The value as written (line breaks and spaces kept), marked used.
        mutating func takeRaw(_ name: String) -> String {
            used.insert(name)
            guard let i = index[name] else { return "" }
            return values[i].1
        }

        /// Every non-empty column not used yet, in order, as custom fields (a repeated header once, its first value).
        mutating func rest() -> [ContactRecord.Field] {
            var seen = used
            var out: [ContactRecord.Field] = []
            for (name, value) in values where !seen.contains(name) && !name.isEmpty && !value.trimmed(of: " \t").isEmpty {
                seen.insert(name)
                out.append(ContactRecord.Field(name: name, value: value))
            }
            return out
        }

        /// The birthday in column `name`, or nil (a problem when the text is not a date).
        mutating func birthday(_ name: String) -> ContactBirthday? {
            let text = take(name)
            if text.isEmpty { return nil }
            if let b = ContactCSVReader.birthday(text) { return b }
            if ContactCSVReader.isOutlookEmptyDate(text) { return nil }
            problems.append(ExchangeProblem(file: file, line: line, property: name, reason: .badDate(text)))
            return nil
        }
    }

    /// A date as these exports write it: `1990-06-12`, `--06-12`, `19900612`, `6/12/1990` (Outlook, month first)
    /// or `1990/6/12` (year first); `lunar:` before MustDo's lunar form.
    static func birthday(_ text: String) -> ContactBirthday? {
        if text.lowercased().hasPrefix("lunar:") { return ContactBirthday(vCardText: String(text.dropFirst(6)), calendar: .lunar) }
        if let b = ContactBirthday(vCardText: text) { return b }
        let parts = text.split(separator: "/").map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return ContactBirthday(calendar: .solar, year: a, month: b, day: c) }
        guard parts[2].count == 4 else { return nil }
        return ContactBirthday(calendar: .solar, year: c, month: a, day: b)
    }

    /// Outlook writes `0/0/00` for "no date".
    static func isOutlookEmptyDate(_ text: String) -> Bool {
        text.split(separator: "/").allSatisfy { Int($0) == 0 }
    }

    /// The displayed name from parts: family and given run together when both are Chinese (张三), else
    /// prefix, given, middle, family, suffix with spaces.
    static func displayName(_ n: ContactRecord.Name) -> String {
        func cjk(_ s: String) -> Bool { s.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x3134F).contains($0.value) } }
        if cjk(n.family), cjk(n.given), n.additional.isEmpty { return n.family + n.given }
        return [n.prefixes, n.given, n.additional, n.family, n.suffixes].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Google's label words as vCard TYPE values: `Mobile` → cell, `Work Fax` → work, fax; `* ` (primary) → pref.
    static func googleLabels(_ label: String) -> [String] {
        var l = label.trimmed(of: " \t")
        var out: [String] = []
        if l.hasPrefix("* ") { out.append("pref"); l = String(l.dropFirst(2)) }
        for word in l.lowercased().split(separator: " ") {
            switch word {
            case "mobile": out.append("cell")
            case "": break
            default: out.append(String(word))
            }
        }
        return out
    }

    /// Google puts several values of one kind in one cell separated by ` ::: `.
    static func googleValues(_ cell: String) -> [String] {
        cell.splitting(" ::: ").map { $0.trimmed(of: " \t") }.filter { !$0.isEmpty }
    }

    static func google(_ c: inout Cells) -> ContactRecord {
        var r = ContactRecord(formattedName: "")
        let legacy = c.index["Given Name"] != nil || c.index["Family Name"] != nil
        r.name = ContactRecord.Name(family: c.take(legacy ? "Family Name" : "Last Name"), given: c.take(legacy ? "Given Name" : "First Name"),
                                    additional: c.take(legacy ? "Additional Name" : "Middle Name"), prefixes: c.take("Name Prefix"),
                                    suffixes: c.take("Name Suffix"))
        let full = c.take("Name")
        r.organization = c.take("Organization Name")
        r.title = c.take("Organization Title")
        r.department = c.take("Organization Department")
        r.birthday = c.birthday("Birthday")
        r.notes = c.takeRaw("Notes").trimmed(of: " \t\n")
        r.hobbies = googleValues(c.take("Hobby"))
        let groups = googleValues(c.take("Labels")) + googleValues(c.take("Group Membership"))
        r.categories = groups.filter { !$0.hasPrefix("* ") }
        let kinds = legacy ? "Type" : "Label"
        var n = 1
        while c.index["E-mail \(n) - Value"] != nil || c.index["Phone \(n) - Value"] != nil || c.index["Address \(n) - Formatted"] != nil
                || c.index["Organization \(n) - Name"] != nil || c.index["Relation \(n) - Value"] != nil || c.index["Custom Field \(n) - Value"] != nil {
            let emailLabels = googleLabels(c.take("E-mail \(n) - \(kinds)"))
            for v in googleValues(c.take("E-mail \(n) - Value")) { r.emails.append(.init(labels: emailLabels, address: v)) }
            let phoneLabels = googleLabels(c.take("Phone \(n) - \(kinds)"))
            for v in googleValues(c.take("Phone \(n) - Value")) { r.phones.append(.init(labels: phoneLabels, number: v)) }
            var a = ContactRecord.Address(labels: googleLabels(c.take("Address \(n) - \(kinds)")), poBox: c.take("Address \(n) - PO Box"),
                                          extended: c.take("Address \(n) - Extended Address"), street: c.take("Address \(n) - Street"),
                                          locality: c.take("Address \(n) - City"), region: c.take("Address \(n) - Region"),
                                          postalCode: c.take("Address \(n) - Postal Code"), country: c.take("Address \(n) - Country"))
            let formatted = c.takeRaw("Address \(n) - Formatted").trimmed(of: " \t\n")
            if a.isEmpty, !formatted.isEmpty { a.street = formatted }
            if !a.isEmpty { r.addresses.append(a) }
            _ = c.take("Organization \(n) - \(kinds)")
            let orgName = c.take("Organization \(n) - Name"), orgTitle = c.take("Organization \(n) - Title"), orgDept = c.take("Organization \(n) - Department")
            if r.organization.isEmpty { r.organization = orgName } else if !orgName.isEmpty { r.custom.append(.init(name: "Organization \(n) - Name", value: orgName)) }
            if r.title.isEmpty { r.title = orgTitle }
            if r.department.isEmpty { r.department = orgDept }
            let relation = c.take("Relation \(n) - \(kinds)")
            if case let v = c.take("Relation \(n) - Value"), !v.isEmpty { r.related.append(.init(types: googleLabels(relation), value: v)) }
            let fieldName = c.take("Custom Field \(n) - \(kinds)")
            if case let v = c.take("Custom Field \(n) - Value"), !v.isEmpty { r.custom.append(.init(name: fieldName.isEmpty ? "Custom Field \(n)" : fieldName, value: v)) }
            n += 1
        }
        r.formattedName = full.isEmpty ? displayName(r.name) : full
        if r.formattedName.isEmpty { r.formattedName = r.organization }
        r.custom += c.rest()
        return r
    }

    /// Outlook's phone columns and the vCard TYPE values each becomes.
    static let outlookPhones: [(String, [String])] = [
        ("Primary Phone", ["pref"]), ("Mobile Phone", ["cell"]), ("Business Phone", ["work", "voice"]), ("Business Phone 2", ["work", "voice"]),
        ("Company Main Phone", ["work", "x-main"]), ("Home Phone", ["home", "voice"]), ("Home Phone 2", ["home", "voice"]),
        ("Other Phone", ["voice"]), ("Business Fax", ["work", "fax"]), ("Home Fax", ["home", "fax"]), ("Other Fax", ["fax"]),
        ("Assistant's Phone", ["x-assistant"]), ("Callback", ["x-callback"]), ("Car Phone", ["car"]), ("ISDN", ["isdn"]),
        ("Pager", ["pager"]), ("Radio Phone", ["x-radio"]), ("TTY/TDD Phone", ["textphone"]), ("Telex", ["x-telex"]),
    ]

    static func outlook(_ c: inout Cells) -> ContactRecord {
        var r = ContactRecord(formattedName: "")
        r.name = ContactRecord.Name(family: c.take("Last Name"), given: c.take("First Name"), additional: c.take("Middle Name"),
                                    prefixes: c.take("Title"), suffixes: c.take("Suffix"))
        r.organization = c.take("Company")
        r.department = c.take("Department")
        r.title = c.take("Job Title")
        for (column, labels) in outlookPhones {
            let v = c.take(column)
            if !v.isEmpty { r.phones.append(.init(labels: labels, number: v)) }
        }
        for column in ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"] {
            let v = c.take(column)
            if !v.isEmpty { r.emails.append(.init(address: v)) }
        }
        for prefix in ["E-mail", "E-mail 2", "E-mail 3"] { _ = c.take(prefix + " Type"); _ = c.take(prefix + " Display Name") }
        for (kind, label) in [("Business", "work"), ("Home", "home"), ("Other", "")] {
            let street = [c.take("\(kind) Street"), c.take("\(kind) Street 2"), c.take("\(kind) Street 3")].filter { !$0.isEmpty }.joined(separator: "\n")
            var country = c.take("\(kind) Country/Region")
            if country.isEmpty { country = c.take("\(kind) Country") }
            let a = ContactRecord.Address(labels: label.isEmpty ? [] : [label], poBox: c.take("\(kind) PO Box") + c.take("\(kind) Address PO Box"), street: street,
                                          locality: c.take("\(kind) City"), region: c.take("\(kind) State"),
                                          postalCode: c.take("\(kind) Postal Code"), country: country)
            if !a.isEmpty { r.addresses.append(a) }
        }
        r.birthday = c.birthday("Birthday")
        r.notes = c.takeRaw("Notes").trimmed(of: " \t\n")
        r.categories = c.take("Categories").split(separator: ";").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        r.hobbies = c.take("Hobby").split(separator: ";").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        // Outlook's defaults and its "no date" are not something the user typed.
        for column in ["Anniversary"] where ContactCSVReader.isOutlookEmptyDate(c.values.first { $0.0 == column }?.1 ?? "0") { c.used.insert(column) }
        for column in ["Priority", "Private", "Sensitivity", "Gender"] where c.values.first(where: { $0.0 == column }).map({ ["Normal", "False", "Unspecified", ""].contains($0.1) }) ?? false {
            c.used.insert(column)
        }
        r.formattedName = displayName(r.name)
        if r.formattedName.isEmpty { r.formattedName = r.organization }
        if r.formattedName.isEmpty { r.formattedName = r.emails.first?.address ?? "" }
        r.custom = c.rest()
        return r
    }

    /// A multi-line cell's lines, empty ones dropped.
    static func lines(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init).filter { !$0.isEmpty }
    }

    /// `labels:value` → labels (split at commas) and value; a line without `:` is all value.
    static func labeled(_ line: String) -> ([String], String) {
        guard let colon = line.firstIndex(of: ":") else { return ([], line) }
        let labels = line[..<colon].split(separator: ",").map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
        return (labels, String(line[line.index(after: colon)...]))
    }

    static func mustdo(_ c: inout Cells) -> ContactRecord {
        var r = ContactRecord(formattedName: c.takeRaw("formatted_name"))
        let uid = c.take("uid")
        r.uid = uid.isEmpty ? nil : uid
        r.name = ContactRecord.Name(family: c.takeRaw("family_name"), given: c.takeRaw("given_name"), additional: c.takeRaw("additional_names"),
                                    prefixes: c.takeRaw("name_prefixes"), suffixes: c.takeRaw("name_suffixes"))
        r.organization = c.takeRaw("organization")
        r.department = c.takeRaw("department")
        r.title = c.takeRaw("title")
        r.role = c.takeRaw("role")
        r.phones = lines(c.takeRaw("phones")).map { let (l, v) = labeled($0); return .init(labels: l, number: v) }
        r.emails = lines(c.takeRaw("emails")).map { let (l, v) = labeled($0); return .init(labels: l, address: v) }
        r.addresses = lines(c.takeRaw("addresses")).map {
            let (l, v) = labeled($0)
            let parts = VCardText.split(v, on: ";").map { VCardText.unescape($0) }
            func part(_ i: Int) -> String { i < parts.count ? parts[i] : "" }
            return .init(labels: l, poBox: part(0), extended: part(1), street: part(2), locality: part(3), region: part(4), postalCode: part(5), country: part(6))
        }
        r.birthday = c.birthday("birthday")
        r.notes = c.takeRaw("notes")
        r.categories = lines(c.takeRaw("categories"))
        r.hobbies = lines(c.takeRaw("hobbies"))
        r.interests = lines(c.takeRaw("interests"))
        r.related = lines(c.takeRaw("related")).map { let (l, v) = labeled($0); return .init(types: l, value: v) }
        let rev = c.take("revision"), created = c.take("created")
        r.revision = rev.isEmpty ? nil : rev
        r.created = created.isEmpty ? nil : created
        for line in lines(c.takeRaw("other_vcard")) {
            switch VCardReader.parseLine(line) {
            case .success(var p):
                // Written as vCard 4.0 content lines: parameter values carry RFC 6868 caret escapes.
                for i in p.parameters.indices { p.parameters[i].values = p.parameters[i].values.map(VCardText.caretDecode) }
                r.otherProperties.append(p)
            case .failure: c.problems.append(ExchangeProblem(file: c.file, line: c.line, property: "other_vcard", reason: .csvBadField(line)))
            }
        }
        r.custom = c.rest()
        return r
    }
}
