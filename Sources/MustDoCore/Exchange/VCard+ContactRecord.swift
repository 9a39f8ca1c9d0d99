/// Mapping between a vCard and the neutral `ContactRecord`, lossless both ways for what MustDo writes.
extension VCard {
    /// The properties a `ContactRecord` field holds; every other property goes to `otherProperties`.
    static let mappedProperties: Set<String> = ["FN", "N", "ORG", "TITLE", "ROLE", "TEL", "EMAIL", "ADR", "NOTE", "CATEGORIES",
                                                "BDAY", "RELATED", "UID", "REV", "CREATED", "HOBBY", "INTEREST"]

    /// The card of `record` in `version`: standard properties where they exist, `X-MUSTDO-…` for the rest, and a
    /// UID always (the stable one when the record has none).
    public init(record r: ContactRecord, version: VCardVersion = .v4) {
        var p: [VCardProperty] = []
        func typed(_ labels: [String]) -> [VCardParameter] { labels.isEmpty ? [] : [VCardParameter("TYPE", labels)] }
        p.append(.text("UID", r.resolvedUID))
        p.append(.text("FN", r.formattedName))
        p.append(.structured("N", [r.name.family, r.name.given, r.name.additional, r.name.prefixes, r.name.suffixes]))
        if !r.organization.isEmpty || !r.department.isEmpty {
            p.append(.structured("ORG", r.department.isEmpty ? [r.organization] : [r.organization, r.department]))
        }
        if !r.title.isEmpty { p.append(.text("TITLE", r.title)) }
        if !r.role.isEmpty { p.append(.text("ROLE", r.role)) }
        for t in r.phones { p.append(.text("TEL", t.number, parameters: typed(t.labels))) }
        for e in r.emails { p.append(.text("EMAIL", e.address, parameters: typed(e.labels))) }
        for a in r.addresses { p.append(.structured("ADR", a.components, parameters: typed(a.labels))) }
        if let b = r.birthday {
            switch b.calendar {
            case .solar: p.append(VCardProperty(name: "BDAY", rawValue: b.vCardText(version)))
            case .lunar:
                if let solar = b.solarDate, let s = ContactBirthday(calendar: .solar, year: solar.year, month: solar.month, day: solar.day) {
                    p.append(VCardProperty(name: "BDAY", rawValue: s.vCardText(version)))
                }
                p.append(VCardProperty(name: VCard.lunarBirthdayProperty, rawValue: b.vCardText(version)))
            }
        }
        if !r.notes.isEmpty { p.append(.text("NOTE", r.notes)) }
        if !r.categories.isEmpty { p.append(.list("CATEGORIES", r.categories)) }
        for h in r.hobbies { p.append(.text("HOBBY", h)) }
        for i in r.interests { p.append(.text("INTEREST", i)) }
        for rel in r.related {
            // RELATED's default value type is a URI in 4.0: a plain name needs VALUE=text.
            var params = typed(rel.types)
            if version == .v4, !VCard.looksLikeURI(rel.value) { params.append(VCardParameter("VALUE", ["text"])) }
            p.append(.text("RELATED", rel.value, parameters: params))
        }
        if let c = r.created { p.append(VCardProperty(name: "CREATED", rawValue: c)) }
        if let rev = r.revision { p.append(VCardProperty(name: "REV", rawValue: rev)) }
        for f in r.custom {
            if VCard.isToken(f.name) {
                p.append(.text(VCard.extensionPrefix + f.name.uppercased(), f.value))
            } else {
                p.append(.text(VCard.customFieldProperty, f.value, parameters: [VCardParameter("X-NAME", [f.name])]))
            }
        }
        p += r.otherProperties
        self.init(version: version, properties: p)
    }

    /// Whether `name` can be the tail of a property name without losing anything: lower-case letters, digits, `-`.
    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-" }
            && !name.hasPrefix("-") && name != "field" && name != "lunar-bday"
    }

    /// Whether a RELATED value is a URI (`urn:uuid:…`, `mailto:…`, `https://…`) rather than a name.
    static func looksLikeURI(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return false }
        return value[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
            && !value[value.index(after: colon)...].contains(" ")
    }
}

extension ContactRecord {
    /// The record of `card`: each mapped property in its field, `X-MUSTDO-…` in `custom`, the rest kept in
    /// `otherProperties`. FN falls back to N or ORG when missing.
    public init(card: VCard) {
        let org = card.organization
        self.init(uid: card.uid, formattedName: card.formattedName ?? card.formattedNameFallback, name: card.name ?? Name(),
                  organization: org.first ?? "", department: org.dropFirst().joined(separator: ";"),
                  title: card.title ?? "", role: card.role ?? "", phones: card.phones, emails: card.emails, addresses: card.addresses,
                  birthday: card.birthday, notes: card.notes.joined(separator: "\n\n"), categories: card.categories,
                  hobbies: card.hobbies, interests: card.interests, related: card.related, revision: card.revision,
                  created: card.created, custom: card.extensions,
                  otherProperties: card.properties.filter { !VCard.mappedProperties.contains($0.name) && !$0.name.hasPrefix(VCard.extensionPrefix) })
    }
}
