/// How a customer card maps to a vCard and back, and how a contact from another program (vCard, Google or
/// Outlook CSV) becomes a card.
///
/// Standard properties where they exist: FN name, N its parts, ORG company, TEL phone, EMAIL e-mail, ADR address,
/// NOTE notes, CATEGORIES tags, BDAY (and `X-MUSTDO-LUNAR-BDAY`) birthday, HOBBY hobbies, RELATED the business
/// contact (`TYPE=contact`), who referred the customer (`TYPE=x-referrer`) and the people (`TYPE=co-worker` with
/// `X-MUSTDO-ROLE` and `X-MUSTDO-NOTE`), UID, CREATED, REV. Every other field is `X-MUSTDO-<FIELD>` named by its
/// console option (`X-MUSTDO-TIER:key`), the number `X-MUSTDO-NUMBER`, so a MustDo export read back loses nothing.
/// A contact from elsewhere keeps what has no field on the card (a title, a second e-mail, a URL…) as lines
/// `NAME: value` appended to the notes.
public enum CustomerContact {
    /// Where a value of a card read from a contact came from, and why it was refused.
    public struct Problem: Error, Sendable {
        /// The vCard property or CSV column (`TEL`, `X-MUSTDO-TIER`).
        public var property: String
        /// The field's own sentence.
        public var error: MustDoError
    }

    /// A card read from a contact, with the UID it is known by elsewhere.
    public struct Imported: Sendable {
        /// The card (not stored yet; `number` set when the contact carried one).
        public var card: Customer
        /// The contact's UID, or the stable one derived from it when it had none.
        public var uid: String
    }

    /// The UID of a card made in MustDo (not imported): a name-based UUID of its number and creation time, so it
    /// stays the same across exports while two MustDo files' `KH-2026-0001` differ.
    public static func derivedUID(_ card: Customer) -> String {
        StableUID.uuid("mustdo-customer\u{1F}" + card.number + "\u{1F}" + card.createdAt)
    }

    /// The fields written as `X-MUSTDO-<FIELD>` (every field without a standard property).
    static let extensionFields: [CustomerField] = CustomerField.allCases.filter { !standardFields.contains($0) }
    /// The fields with a standard property.
    static let standardFields: Set<CustomerField> = [.name, .company, .phone, .email, .address, .notes, .birthday, .hobbies, .contact, .referredBy]

    /// The vCard of `card` in `version`, known by `uid`.
    public static func vCard(_ card: Customer, uid: String, version: VCardVersion) -> VCard {
        var r = ContactRecord(uid: uid, formattedName: card.name, name: nameParts(card.name, company: card[.company]))
        r.organization = card[.company]
        if !card[.phone].isEmpty { r.phones = [ContactRecord.Phone(labels: ["work"], number: card[.phone])] }
        if !card[.email].isEmpty { r.emails = [ContactRecord.Email(labels: ["work"], address: card[.email])] }
        if !card[.address].isEmpty { r.addresses = [ContactRecord.Address(labels: ["work"], street: card[.address])] }
        switch card.birthday {
        case .solar(let d)?: r.birthday = ContactBirthday(calendar: .solar, year: d.year, month: d.month, day: d.day)
        case .lunar(let l)?: r.birthday = ContactBirthday(calendar: .lunar, year: l.year, month: l.month, day: l.day, isLeapMonth: l.isLeapMonth)
        case nil: break
        }
        r.notes = card[.notes]
        r.categories = card.tags
        let hobbies = card[.hobbies]
        if !hobbies.isEmpty {
            // One HOBBY per line, unless a blank line would be lost that way.
            let lines = hobbies.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            r.hobbies = lines.contains { $0.trimmingWhitespace().isEmpty || $0 != $0.trimmingWhitespace() } ? [hobbies] : lines
        }
        if !card[.contact].isEmpty { r.related.append(ContactRecord.Relation(types: ["contact"], value: card[.contact])) }
        if !card[.referredBy].isEmpty { r.related.append(ContactRecord.Relation(types: [referrerType], value: card[.referredBy])) }
        if !card.createdAt.isEmpty { r.created = timestamp(card.createdAt, version) }
        if !card.updatedAt.isEmpty { r.revision = timestamp(card.updatedAt, version) }
        if !card.number.isEmpty { r.custom.append(ContactRecord.Field(name: "number", value: card.number)) }
        for field in extensionFields where card[field] != field.defaultValue || field == .status {
            r.custom.append(ContactRecord.Field(name: field.rawValue, value: card[field]))
        }
        if let d = card.reviewedOn { r.custom.append(ContactRecord.Field(name: "reviewed-on", value: d.description)) }
        if let a = card.archivedAt { r.custom.append(ContactRecord.Field(name: "archived-at", value: a)) }
        var v = VCard(record: r, version: version)
        for p in card.people {
            var params = [VCardParameter("TYPE", ["co-worker"]), VCardParameter(roleParameter, [p.role.rawValue])]
            if !p.note.isEmpty { params.append(VCardParameter(noteParameter, [p.note])) }
            if version == .v4 { params.append(VCardParameter("VALUE", ["text"])) }
            v.properties.append(.text("RELATED", p.name, parameters: params))
        }
        return v
    }

    /// The RELATED type of who referred the customer.
    static let referrerType = "x-referrer"
    /// The RELATED parameter holding a person's role on the card.
    static let roleParameter = "X-MUSTDO-ROLE"
    /// The RELATED parameter holding a person's note.
    static let noteParameter = "X-MUSTDO-NOTE"
    /// Properties of other programs not worth keeping in the notes (binary data, bookkeeping).
    static let droppedProperties: Set<String> = ["PRODID", "KIND", "PHOTO", "LOGO", "SOUND", "KEY", "SOURCE", "CLIENTPIDMAP", "XML",
                                                 "LABEL", "MAILER", "CLASS", "SORT-STRING", "NAME", "PROFILE", "AGENT"]

    /// The card a vCard describes, each value checked as if typed; a refused value throws `Problem` naming its property.
    public static func customer(vCard: VCard, today: LocalDate, now: String) throws -> Imported {
        let relatedProps = vCard.all("RELATED")
        var people: [CustomerPerson] = []
        var peopleAt = Set<Int>()
        for (i, p) in relatedProps.enumerated() {
            guard let roleName = p.parameter(roleParameter).first else { continue }
            peopleAt.insert(i)
            guard let role = PersonRole(name: roleName) else {
                throw Problem(property: "RELATED", error: .invalidInput(.custBadPerson, ["text": (p.text + ":" + roleName).quotedForMessage()]))
            }
            people.append(CustomerPerson(name: p.text, role: role, note: p.parameter(noteParameter).first ?? ""))
        }
        var record = ContactRecord(card: vCard)
        record.related = record.related.enumerated().filter { !peopleAt.contains($0.offset) }.map(\.element)
        return try customer(record: record, people: people, today: today, now: now)
    }

    /// The card a contact record describes (Google or Outlook CSV, or a vCard after its people were taken out).
    public static func customer(record r: ContactRecord, people: [CustomerPerson] = [], today: LocalDate, now: String) throws -> Imported {
        var c = Customer(name: "")
        var extras: [String] = []
        func set(_ field: CustomerField, _ text: String, _ property: String) throws {
            do { try c.set(field, text, today: today) } catch let e as MustDoError { throw Problem(property: property, error: e) }
        }
        let name = r.formattedName.trimmingWhitespace().isEmpty ? r.organization : r.formattedName
        try set(.name, name, "FN")
        try set(.company, r.organization, "ORG")
        if !r.department.isEmpty { extras.append("DEPARTMENT: " + r.department) }
        if !r.title.isEmpty { extras.append("TITLE: " + r.title) }
        if !r.role.isEmpty { extras.append("ROLE: " + r.role) }
        try set(.phone, r.phones.map(\.number).filter { !$0.isEmpty }.joined(separator: ", "), "TEL")
        if let first = r.emails.first { try set(.email, first.address, "EMAIL") }
        for e in r.emails.dropFirst() { extras.append("EMAIL: " + e.address) }
        func addressText(_ a: ContactRecord.Address) -> String {
            [a.street, a.extended, a.poBox, a.locality, a.region, a.postalCode, a.country].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        if let first = r.addresses.first { try set(.address, addressText(first), "ADR") }
        for a in r.addresses.dropFirst() { extras.append("ADR: " + addressText(a)) }
        if let b = r.birthday {
            if let y = b.year {
                let text = b.calendar == .lunar ? "lunar:" + b.vCardText(.v3) : ContactBirthday.four(y) + "-" + ContactBirthday.two(b.month) + "-" + ContactBirthday.two(b.day)
                try set(.birthday, text, b.calendar == .lunar ? VCard.lunarBirthdayProperty : "BDAY")
            } else {
                extras.append("BDAY: " + (b.calendar == .lunar ? "lunar:" : "") + b.vCardText(.v3))
            }
        }
        let hobbies = (r.hobbies + r.interests).filter { !$0.isEmpty }
        try set(.hobbies, hobbies.joined(separator: "\n"), "HOBBY")
        for rel in r.related {
            if rel.types.contains("contact"), c[.contact].isEmpty {
                try set(.contact, rel.value, "RELATED")
            } else if rel.types.contains(referrerType), c[.referredBy].isEmpty {
                try set(.referredBy, rel.value, "RELATED")
            } else if rel.types.contains("co-worker") || rel.types.contains("colleague") {
                do { c.put(try CustomerPerson(parsing: rel.value + ":contact")) } catch let e as MustDoError { throw Problem(property: "RELATED", error: e) }
            } else {
                extras.append("RELATED" + (rel.types.isEmpty ? "" : " (" + rel.types.joined(separator: ",") + ")") + ": " + rel.value)
            }
        }
        for p in people {
            for text in [p.name, p.note] {
                do { try CustomerField.checkLine(text, option: "RELATED", limit: CustomerField.lineLimit) } catch let e as MustDoError {
                    throw Problem(property: "RELATED", error: e)
                }
            }
            if p.name.trimmingWhitespace().isEmpty { throw Problem(property: "RELATED", error: .invalidInput(.custBadPerson, ["text": "\"\"".quotedForMessage()])) }
            c.put(p)
        }
        do { try c.addTags(r.categories) } catch let e as MustDoError { throw Problem(property: "CATEGORIES", error: e) }
        var archivedAt: String?
        for f in r.custom {
            let key = f.name.lowercased()
            if key == "number" {
                let n = f.value.trimmingWhitespace()
                guard n.isEmpty || CustomerSettings.isValidPrefix(n) else {
                    throw Problem(property: "X-MUSTDO-NUMBER", error: .invalidInput(.custFieldControl, ["option": "number", "char": n.quotedForMessage()]))
                }
                c.number = n
            } else if key == "reviewed-on" {
                guard let d = LocalDate(parsing: f.value.trimmingWhitespace()) else {
                    throw Problem(property: "X-MUSTDO-REVIEWED-ON", error: .invalidInput(.custBadDate, ["option": "reviewed-on", "text": f.value.quotedForMessage()]))
                }
                c.reviewedOn = d
            } else if key == "archived-at" {
                guard let a = localTimestamp(f.value) else {
                    throw Problem(property: "X-MUSTDO-ARCHIVED-AT", error: .invalidInput(.custBadDate, ["option": "archived-at", "text": f.value.quotedForMessage()]))
                }
                archivedAt = a
            } else if key == "referred by", c[.referredBy].isEmpty {
                try set(.referredBy, f.value, f.name)
            } else if let field = CustomerField(rawValue: key), !standardFields.contains(field) {
                try set(field, f.value, VCard.extensionPrefix + key.uppercased())
            } else {
                extras.append(f.name + ": " + f.value)
            }
        }
        for p in r.otherProperties where !droppedProperties.contains(p.name) && !p.name.hasPrefix("X-") {
            let text = p.text.trimmingWhitespace()
            if !text.isEmpty { extras.append(p.name + ": " + text) }
        }
        var notes = r.notes
        if !extras.isEmpty { notes += (notes.isEmpty ? "" : "\n\n") + extras.joined(separator: "\n") }
        try set(.notes, notes, "NOTE")
        if c.status == .lost, c[.lostReason].isEmpty {
            do { try c.validate() } catch let e as MustDoError { throw Problem(property: "X-MUSTDO-STATUS", error: e) }
        }
        c.createdAt = r.created.flatMap(localTimestamp) ?? now
        c.updatedAt = r.revision.flatMap(localTimestamp) ?? c.createdAt
        c.archivedAt = archivedAt
        return Imported(card: c, uid: r.resolvedUID)
    }

    /// The parts of a name for N: a Chinese name of two to four characters splits after its surname (a compound
    /// one when listed), a Western one at its last space; a company's name (no company given, long) stays whole in
    /// the given name, as does anything else.
    static func nameParts(_ name: String, company: String) -> ContactRecord.Name {
        let chars = Array(name)
        if (2...4).contains(chars.count), chars.allSatisfy({ $0.unicodeScalars.first.map { $0.value >= 0x3400 && $0.value <= 0x9FFF } ?? false }) {
            let two = String(chars.prefix(2))
            let surname = chars.count >= 3 && PinyinPolyphones.compoundSurnames[two] != nil ? 2 : 1
            return ContactRecord.Name(family: String(chars.prefix(surname)), given: String(chars.dropFirst(surname)))
        }
        if let space = name.lastIndex(of: " "), !company.isEmpty || name.split(separator: " ").count <= 3 {
            return ContactRecord.Name(family: String(name[name.index(after: space)...]), given: String(name[..<space]))
        }
        return ContactRecord.Name(given: name)
    }

    /// `YYYY-MM-DDTHH:MM:SS` (MustDo's local time) as a vCard timestamp: `20261127T093000` in 4.0, as is in 3.0.
    static func timestamp(_ local: String, _ version: VCardVersion) -> String {
        guard version == .v4 else { return local }
        return String(local.filter { $0 != "-" && $0 != ":" })
    }

    /// A vCard timestamp (`20261127T093000`, `2026-11-27T09:30:00`, with or without `Z`, or a date) as MustDo's
    /// local `YYYY-MM-DDTHH:MM:SS`, or nil when it is not one.
    static func localTimestamp(_ text: String) -> String? {
        var t = text.trimmingWhitespace()
        if t.hasSuffix("Z") || t.hasSuffix("z") { t.removeLast() }
        if let plus = t.lastIndex(where: { $0 == "+" }) { t = String(t[..<plus]) }
        let parts = t.split(separator: "T", maxSplits: 1).map(String.init)
        let date = parts.first.map { $0.filter { $0 != "-" } } ?? ""
        var time = parts.count > 1 ? parts[1].filter { $0 != ":" } : "000000"
        if let dot = time.firstIndex(of: ".") { time = String(time[..<dot]) }
        if let minus = time.firstIndex(of: "-") { time = String(time[..<minus]) }
        while time.count < 6 { time += "0" }
        guard date.count == 8, time.count == 6, (date + time).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let d = Array(date), h = Array(time)
        let text = String(d[0..<4]) + "-" + String(d[4..<6]) + "-" + String(d[6..<8]) + "T" + String(h[0..<2]) + ":" + String(h[2..<4]) + ":" + String(h[4..<6])
        guard LocalDate(parsing: text.prefix(10)) != nil, Int(String(h[0..<2]))! < 24, Int(String(h[2..<4]))! < 60, Int(String(h[4..<6]))! < 61 else { return nil }
        return text
    }
}
