/// A customer card (客户卡): the fields as canonical text, the people with their roles, tags, and the card's own dates.
///
/// Fields are read and written through `CustomerField` (`card[.phone]`, `set(.tier, "key")`), so the
/// store, the history and the console handle them alike; the typed properties read the same text.
public struct Customer: Equatable, Sendable {
    /// The row id (0 before the card is stored).
    public var id: Int64
    /// The unified serial number (客户资料卡的统一编号), e.g. `KH-2026-0001`; never reused.
    public var number: String
    /// Every field's canonical text; a missing key is the field's default.
    public var values: [CustomerField: String]
    /// The people at the customer, in the order they were added.
    public var people: [CustomerPerson]
    /// Tags, sorted, without duplicates.
    public var tags: [String]
    /// When the card was created (`YYYY-MM-DDTHH:MM:SS`).
    public var createdAt: String
    /// When the card last changed.
    public var updatedAt: String
    /// The day the card was last checked as accurate (an edit counts), or nil.
    public var reviewedOn: LocalDate?
    /// When the card was archived (hidden, not lost), or nil.
    public var archivedAt: String?
    /// The card this one was merged into, or nil.
    public var mergedInto: Int64?
    /// When the person's data was erased on request, or nil.
    public var forgottenAt: String?
    /// The day of the latest visit, call, message or meal logged for the card, or nil (set by visits).
    public var lastContact: LocalDate?

    /// An unsaved card named `name`, created `createdAt`.
    public init(name: String, createdAt: String = "") {
        id = 0
        number = ""
        values = [.name: name]
        people = []
        tags = []
        self.createdAt = createdAt
        updatedAt = createdAt
    }

    /// The canonical text of `field` (its default when unset).
    public subscript(field: CustomerField) -> String {
        get { values[field] ?? field.defaultValue }
        set { values[field] = newValue == field.defaultValue ? nil : newValue }
    }

    /// Sets `field` from user text, checked and made canonical; throws one sentence naming the field and the fix.
    public mutating func set(_ field: CustomerField, _ text: String, today: LocalDate) throws {
        self[field] = try field.canonical(text, today: today)
    }

    /// Adds a person, or replaces the one with the same name.
    public mutating func put(_ person: CustomerPerson) {
        if let i = people.firstIndex(where: { $0.name == person.name }) { people[i] = person } else { people.append(person) }
    }

    /// Adds tags after checking them (one line, no commas, up to 50 characters).
    public mutating func addTags(_ new: [String]) throws {
        for tag in new {
            let t = tag.trimmingWhitespace()
            guard !t.isEmpty, !t.contains(","), !t.contains("，"), t.unicodeScalars.count <= 50, t.firstUnsafeScalar() == nil else {
                throw MustDoError.invalidInput(.custBadTag, ["text": tag.quotedForMessage()])
            }
            if !tags.contains(t) { tags.append(t) }
        }
        tags.sort()
    }

    /// The name shown for the card: the name, with the company after it when both are set.
    public var name: String { self[.name] }
    /// The tier, or nil when not classified yet.
    public var tier: CustomerTier? { CustomerTier(rawValue: self[.tier]) }
    /// The status.
    public var status: CustomerStatus { CustomerStatus(rawValue: self[.status]) ?? .prospect }
    /// The expected decision date, or nil.
    public var decisionDate: LocalDate? { LocalDate(parsing: self[.decisionDate]) }
    /// The birthday, or nil.
    public var birthday: Birthday? { Birthday(parsing: self[.birthday]) }
    /// The trust layer reached, or nil.
    public var trust: TrustLayer? { TrustLayer(rawValue: self[.trust]) }
    /// The answer to one prospect condition (`.buyingPower`, `.hasNeed`, `.approachable`, `.authority`).
    public func answer(_ field: CustomerField) -> ProspectAnswer { ProspectAnswer(rawValue: self[field]) ?? .unknown }
    /// The four prospect conditions, in the seed's order.
    public static let prospectConditions: [CustomerField] = [.buyingPower, .hasNeed, .approachable, .authority]
    /// Whether all four conditions of a qualified prospect are met.
    public var isQualifiedProspect: Bool { Customer.prospectConditions.allSatisfy { answer($0) == .yes } }
    /// Whether the card is archived (or merged into another).
    public var isArchived: Bool { archivedAt != nil }
    /// Whether the person's data was erased.
    public var isForgotten: Bool { forgottenAt != nil }

    /// The people holding decision authority (Mr. Power): those with the decision-maker role, else the decision-maker field.
    public var decisionMakers: [String] {
        let named = people.filter { $0.role == .decisionMaker }.map(\.name)
        return named.isEmpty ? (self[.decisionMaker].isEmpty ? [] : [self[.decisionMaker]]) : named
    }
}
