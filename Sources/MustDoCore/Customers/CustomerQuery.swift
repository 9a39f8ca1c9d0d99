/// What `customers list` asks for: filters by tier, status, tag and text, archived or not, and an order.
public struct CustomerQuery: Equatable, Sendable {
    /// Only this tier, or any.
    public var tier: CustomerTier?
    /// Only this status, or any.
    public var status: CustomerStatus?
    /// Only cards with this tag, or any.
    public var tag: String?
    /// Text matched like the customers screen's search (`Customer.searchKey`): characters, full pinyin or initials of
    /// the name, company, number, phone or a person's name; nil for every card. Tier, status and tag are SQL filters.
    public var search: String?
    /// Archived cards instead of the current ones.
    public var archived = false
    /// The order of the list.
    public var sort: CustomerSort = .number

    /// Every current card, by number.
    public init(tier: CustomerTier? = nil, status: CustomerStatus? = nil, tag: String? = nil, search: String? = nil,
                archived: Bool = false, sort: CustomerSort = .number) {
        self.tier = tier
        self.status = status
        self.tag = tag
        self.search = search
        self.archived = archived
        self.sort = sort
    }

    /// Refuses a search text with control characters or longer than a one-line field, in one sentence.
    public static func checkSearch(_ text: String) throws {
        try CustomerField.checkLine(text, option: "--search", limit: CustomerField.lineLimit)
    }
}

/// The orders of the customer list.
public enum CustomerSort: String, CaseIterable, Sendable {
    /// By serial number (creation order).
    case number
    /// By name.
    case name
    /// Key, important, general, then unclassified; by number within a tier.
    case tier
    /// Prospect, customer, dormant, lost; by number within a status.
    case status
    /// Most recently changed first.
    case updated
}
