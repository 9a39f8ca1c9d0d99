#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MustDoCore

/// Reads an import file or folder whole into checked cards: tells the format from the content (or `--format`),
/// and turns the first refused value into one sentence naming the file, the line and the property.
struct CustomersImportReader {
    let path: String
    let format: CustomersImportCommand.Format
    let language: Language
    let today: LocalDate
    let now: String
    /// Who imports (`$USER`): the creator of cards that come from another program without one.
    let user: String

    /// Every card of the file, checked; throws `ExchangeError` (a broken vCard or CSV) or `MustDoError` (a refused value).
    func items() throws -> [CustomerImportItem] {
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            guard format == .auto || format == .vcf else { throw MustDoError.invalidInput(.cxFolderNeedsVCF, ["path": path]) }
            let files = try VCardFolder.readLocated(path)
            guard files.contains(where: { !$0.cards.isEmpty }) else { throw MustDoError.invalidInput(.cxFolderEmpty, ["path": path]) }
            // Files are named by UID, so their order means nothing: MustDo's cards go back in number order.
            let items = try files.flatMap { file in try vCardItems(file.cards, file: file.path) }.enumerated().sorted { a, b in
                let (x, y) = (a.element.card.number, b.element.card.number)
                if x.isEmpty != y.isEmpty { return !x.isEmpty }
                return x == y ? a.offset < b.offset : x < y
            }.map(\.element)
            return stamped(items)
        }
        guard let text = try TextFile.read(path, limit: VCardReader.fileSizeLimit).text(path: path, role: .customers) else { return [] }
        let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        var chosen = format
        if chosen == .auto {
            if start.first == "[" { chosen = .json }
            else if start.prefix(11).uppercased() == "BEGIN:VCARD" { chosen = .vcf }
            else { chosen = CustomersImportReader.isCustomerCSV(text) ? .csv : .google }
        }
        switch chosen {
        case .vcf:
            return stamped(try vCardItems(try VCardReader.parseLocated(text, file: path), file: path))
        case .json, .csv:
            let cards: [Customer]
            do {
                cards = chosen == .json ? try CustomersImportJSON.cards(text, today: today) : try CustomerRecordText.cards(csv: text, today: today)
            } catch let p as CustomerImportProblem {
                let field = p.card > 0 && p.line == 0 ? "#\(p.card) \(p.field)" : p.field
                throw MustDoError.packInvalid(file: path, line: p.line, field: field, problem: problem(p.error))
            }
            return cards.enumerated().map { i, c in
                CustomerImportItem(card: c, uid: nil, place: language.text(.cxPlaceCard, ["file": path, "number": String(i + 1)]))
            }
        case .google, .outlook, .auto:
            let (found, records) = try ContactCSVReader.parse(text, file: path)
            if format == .google || format == .outlook, found.rawValue != format.rawValue {
                throw MustDoError.invalidInput(.cxWrongCSV, ["path": path, "expected": format == .google ? "Google Contacts (Google CSV)" : "Outlook"])
            }
            let lines = CustomersImportReader.recordLines(text)
            return stamped(try records.enumerated().map { i, r in
                let line = i < lines.count ? lines[i] : 0
                do {
                    let imported = try CustomerContact.customer(record: r, today: today, now: now)
                    return CustomerImportItem(card: imported.card, uid: imported.uid, place: place(line))
                } catch let p as CustomerContact.Problem {
                    throw MustDoError.packInvalid(file: path, line: line, field: csvColumn(p.property, found), problem: problem(p.error))
                }
            })
        }
    }

    /// The cards of one vCard file as items; a refused value names its line and property.
    func vCardItems(_ cards: [VCardReader.Located], file: String) throws -> [CustomerImportItem] {
        try cards.map { located in
            do {
                let imported = try CustomerContact.customer(vCard: located.card, today: today, now: now)
                return CustomerImportItem(card: imported.card, uid: imported.uid,
                                          place: language.text(.cxPlaceLine, ["file": file, "line": String(located.beginLine)]))
            } catch let p as CustomerContact.Problem {
                let property = p.property.hasPrefix(VCard.extensionPrefix) || located.card.first(p.property) != nil ? p.property : "FN"
                throw MustDoError.packInvalid(file: file, line: located.line(of: property), field: property, problem: problem(p.error))
            }
        }
    }

    /// The items with the importing user as creator where a card from another program names none (a MustDo
    /// export carries its number and its own creator, and is left as it is).
    func stamped(_ items: [CustomerImportItem]) -> [CustomerImportItem] {
        items.map { item in
            var item = item
            if item.card.number.isEmpty, item.card[.createdBy].isEmpty { item.card[.createdBy] = user }
            return item
        }
    }

    /// The place of a CSV record.
    func place(_ line: Int) -> String { language.text(.cxPlaceLine, ["file": path, "line": String(line)]) }

    /// A field's sentence without its final stop, to sit inside the file's sentence.
    func problem(_ error: MustDoError) -> String {
        var text = error.message(language)
        while text.hasSuffix(".") || text.hasSuffix("。") { text.removeLast() }
        return text
    }

    /// The CSV column a property came from, in the layout's own words.
    func csvColumn(_ property: String, _ format: ContactCSVFormat) -> String {
        switch (format, property) {
        case (.google, "FN"): return "Name"
        case (.google, "TEL"): return "Phone 1 - Value"
        case (.google, "EMAIL"): return "E-mail 1 - Value"
        case (.google, "ORG"): return "Organization Name"
        case (.google, "BDAY"): return "Birthday"
        case (.google, "NOTE"): return "Notes"
        case (.outlook, "FN"): return "First Name"
        case (.outlook, "TEL"): return "Mobile Phone"
        case (.outlook, "EMAIL"): return "E-mail Address"
        case (.outlook, "ORG"): return "Company"
        case (.outlook, "BDAY"): return "Birthday"
        case (.outlook, "NOTE"): return "Notes"
        default: return property
        }
    }

    /// Whether `text` is MustDo's own customer CSV: its header names only customer columns, `name` among them.
    static func isCustomerCSV(_ text: String) -> Bool {
        var line = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        if line.first == "\u{FEFF}" { line = line.dropFirst() }
        let names = line.split(separator: ",").map { String($0).strippingCharacters(" \t\r\"") }
        return names.contains("name") && names.allSatisfy { CustomerRecordText.columns.contains($0) }
    }

    /// The line each CSV record after the header starts on (quoted line breaks counted).
    static func recordLines(_ text: String) -> [Int] {
        var out: [Int] = []
        var line = 1
        var quoted = false
        var atStart = true
        var header = true
        for u in text.unicodeScalars {
            if atStart && u != "\n" && u != "\r" {
                if !header { out.append(line) }
                atStart = false
            }
            if u == "\"" { quoted.toggle() }
            if u == "\n" {
                line += 1
                if !quoted { atStart = true; header = false }
            }
        }
        return out
    }
}

extension String {
    /// The text without the given characters at either end.
    func strippingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
