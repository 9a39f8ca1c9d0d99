/// Typed reading of the properties MustDo maps: FN, N, ORG, TITLE, ROLE, TEL, EMAIL, ADR, NOTE, CATEGORIES,
/// BDAY, RELATED, UID, REV, CREATED, HOBBY, INTEREST and `X-MUSTDO-…`.
extension VCard {
    /// The prefix of MustDo's extension properties.
    public static let extensionPrefix = "X-MUSTDO-"
    /// The extension property of a lunar birthday: `X-MUSTDO-LUNAR-BDAY:1990-L05-12` (or `--05-12`).
    public static let lunarBirthdayProperty = "X-MUSTDO-LUNAR-BDAY"
    /// The extension property of a custom field whose name is not a token: `X-MUSTDO-FIELD;X-NAME="…":value`.
    public static let customFieldProperty = "X-MUSTDO-FIELD"

    /// FN, the displayed name.
    public var formattedName: String? { first("FN")?.text }
    /// N, the parts of the name (missing parts empty).
    public var name: ContactRecord.Name? {
        guard let c = first("N")?.components else { return nil }
        func part(_ i: Int) -> String { i < c.count ? c[i] : "" }
        return ContactRecord.Name(family: part(0), given: part(1), additional: part(2), prefixes: part(3), suffixes: part(4))
    }
    /// ORG's units: the organization first, then departments.
    public var organization: [String] { first("ORG")?.components ?? [] }
    /// TITLE.
    public var title: String? { first("TITLE")?.text }
    /// ROLE.
    public var role: String? { first("ROLE")?.text }
    /// Every TEL with its TYPE values (a `tel:` URI value is given without the scheme).
    public var phones: [ContactRecord.Phone] {
        all("TEL").map { p in
            var n = p.text
            if n.lowercased().hasPrefix("tel:") { n = String(n.dropFirst(4)) }
            return ContactRecord.Phone(labels: p.types, number: n)
        }
    }
    /// Every EMAIL with its TYPE values.
    public var emails: [ContactRecord.Email] { all("EMAIL").map { ContactRecord.Email(labels: $0.types, address: $0.text) } }
    /// Every ADR with its TYPE values (missing parts empty).
    public var addresses: [ContactRecord.Address] {
        all("ADR").map { p in
            let c = p.components
            func part(_ i: Int) -> String { i < c.count ? c[i] : "" }
            return ContactRecord.Address(labels: p.types, poBox: part(0), extended: part(1), street: part(2), locality: part(3),
                                         region: part(4), postalCode: part(5), country: part(6))
        }
    }
    /// Every NOTE, in order.
    public var notes: [String] { all("NOTE").map(\.text) }
    /// The items of every CATEGORIES, in order.
    public var categories: [String] { all("CATEGORIES").flatMap(\.list) }
    /// The birthday: `X-MUSTDO-LUNAR-BDAY` when present (lunar), else BDAY (lunar when `CALSCALE=chinese`).
    public var birthday: ContactBirthday? {
        if let lunar = first(VCard.lunarBirthdayProperty), let b = ContactBirthday(vCardText: lunar.rawValue, calendar: .lunar) { return b }
        guard let p = first("BDAY"), !p.parameter("VALUE").contains(where: { $0.lowercased() == "text" }) else { return nil }
        let lunar = p.parameter("CALSCALE").contains { $0.lowercased() == "chinese" }
        return ContactBirthday(vCardText: p.rawValue, calendar: lunar ? .lunar : .solar)
    }
    /// Every RELATED with its TYPE values.
    public var related: [ContactRecord.Relation] { all("RELATED").map { ContactRecord.Relation(types: $0.types, value: $0.text) } }
    /// UID (a `urn:uuid:` prefix kept as written).
    public var uid: String? { first("UID")?.text }
    /// REV as written.
    public var revision: String? { first("REV")?.rawValue }
    /// CREATED (RFC 9554) as written.
    public var created: String? { first("CREATED")?.rawValue }
    /// Every HOBBY (RFC 6715).
    public var hobbies: [String] { all("HOBBY").map(\.text) }
    /// Every INTEREST (RFC 6715).
    public var interests: [String] { all("INTEREST").map(\.text) }
    /// The `X-MUSTDO-…` fields other than the lunar birthday: name (lower case, or the X-NAME of `X-MUSTDO-FIELD`) and text.
    public var extensions: [ContactRecord.Field] {
        properties.compactMap { p in
            guard p.name.hasPrefix(VCard.extensionPrefix), p.name != VCard.lunarBirthdayProperty else { return nil }
            if p.name == VCard.customFieldProperty, let n = p.parameter("X-NAME").first { return ContactRecord.Field(name: n, value: p.text) }
            return ContactRecord.Field(name: String(p.name.dropFirst(VCard.extensionPrefix.count)).lowercased(), value: p.text)
        }
    }

    /// The UID, or a stable one derived from the card's name, organization, e-mails and phones.
    public var resolvedUID: String {
        if let u = uid, !u.isEmpty { return u }
        return StableUID.uid(formattedName: formattedName ?? formattedNameFallback, organization: organization.first ?? "",
                             emails: emails.map(\.address), phones: phones.map(\.number))
    }

    /// A name to show when FN is missing: given and family from N, else the organization.
    var formattedNameFallback: String {
        if let n = name {
            let parts = [n.prefixes, n.given, n.additional, n.family, n.suffixes].filter { !$0.isEmpty }
            if !parts.isEmpty { return parts.joined(separator: " ") }
        }
        return organization.first ?? ""
    }
}
