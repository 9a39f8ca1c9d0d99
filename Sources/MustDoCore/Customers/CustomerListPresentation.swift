/// The customer list as the screen and the console show it: one row of words per card (number, name, company,
/// tier, status, completeness with a quiet `!`), computed once per load with each card's search key, then ordered,
/// filtered and searched without touching the cards again (a keystroke walks the prepared keys only).
public struct CustomerListPresentation: Sendable {
    /// One card's row, in words of the UI language.
    public struct Row: Sendable, Equatable {
        /// The card's id.
        public var id: Int64
        /// The serial number.
        public var number: String
        /// The name (first line).
        public var name: String
        /// The company, or empty.
        public var company: String
        /// The tier's word, or `—`.
        public var tier: String
        /// The status's word.
        public var status: String
        /// `7/14`, with ` !` when a filing check warns.
        public var completeness: String
        /// Whether a filing check warns (missing items, not reviewed, decision date passed).
        public var warns: Bool
        /// The tier, for filters and sorting.
        public var tierValue: CustomerTier?
        /// The status, for filters and sorting.
        public var statusValue: CustomerStatus
        /// The tags.
        public var tags: [String]
        /// When the card last changed.
        public var updatedAt: String
        /// Whether the card is archived.
        public var archived: Bool
        /// The day of the last visit or call, or `—`.
        public var lastContact: String = "—"
    }

    /// What the list is narrowed to besides the search: a tier, a status and a tag (nil: any).
    public struct Filter: Sendable, Equatable {
        /// Only this tier.
        public var tier: CustomerTier?
        /// Only this status.
        public var status: CustomerStatus?
        /// Only cards with this tag.
        public var tag: String?

        /// No narrowing.
        public init(tier: CustomerTier? = nil, status: CustomerStatus? = nil, tag: String? = nil) {
            self.tier = tier
            self.status = status
            self.tag = tag
        }

        /// Whether nothing narrows the list.
        public var isEmpty: Bool { tier == nil && status == nil && tag == nil }
    }

    /// The rows, in the order the cards were given.
    public let rows: [Row]
    /// Each row's search key (`Customer.searchKey`), built once.
    let keys: [SearchKey]
    /// Every tag in use, sorted (the tag filter cycles through them).
    public let tags: [String]
    /// Whether a last-contact column is shown: once any card has a visit or call recorded.
    public let hasLastContact: Bool

    /// Prepares the rows of `cards` on `today` in `language`.
    public init(cards: [Customer], today: LocalDate, settings: CustomerSettings, language: Language) {
        var rows: [Row] = []
        var keys: [SearchKey] = []
        rows.reserveCapacity(cards.count)
        keys.reserveCapacity(cards.count)
        var tags = Set<String>()
        for c in cards {
            let report = FilingReport(card: c, today: today, settings: settings)
            let name = c.isForgotten ? language.text(.custForgottenName) : c.name
            rows.append(Row(id: c.id, number: c.number, name: CustomerListPresentation.firstLine(name),
                            company: CustomerListPresentation.firstLine(c[.company]), tier: c.tier?.name(language) ?? "—",
                            status: c.status.name(language), completeness: report.completeness + (report.isClean ? "" : " !"),
                            warns: !report.isClean, tierValue: c.tier, statusValue: c.status, tags: c.tags, updatedAt: c.updatedAt,
                            archived: c.isArchived, lastContact: c.lastContact?.description ?? "—"))
            keys.append(c.searchKey)
            tags.formUnion(c.tags)
        }
        self.rows = rows
        self.keys = keys
        self.tags = tags.sorted()
        hasLastContact = cards.contains { $0.lastContact != nil }
    }

    /// The column headings: number, name, company, tier, status, filled.
    public static func headers(_ language: Language) -> [String] {
        [language.text(.custLabelNumber), CustomerField.name.label(language), CustomerField.company.label(language),
         CustomerField.tier.label(language), CustomerField.status.label(language), language.text(.custLabelFilled)]
    }

    /// The rows' cells in heading order (for the console's table).
    public static func cells(_ row: Row) -> [String] {
        [row.number, row.name, row.company, row.tier, row.status, row.completeness]
    }

    /// Indices of the rows that pass `filter`, in `sort` order (done once per change of sort or filter, not per keystroke).
    public func order(_ sort: CustomerSort, _ filter: Filter) -> [Int] {
        var out = rows.indices.filter { i in
            let r = rows[i]
            if let t = filter.tier, r.tierValue != t { return false }
            if let s = filter.status, r.statusValue != s { return false }
            if let tag = filter.tag, !r.tags.contains(tag) { return false }
            return true
        }
        func tierRank(_ r: Row) -> Int { r.tierValue.map { CustomerTier.allCases.firstIndex(of: $0)! } ?? CustomerTier.allCases.count }
        func statusRank(_ r: Row) -> Int { CustomerStatus.allCases.firstIndex(of: r.statusValue)! }
        switch sort {
        case .number: out.sort { rows[$0].id < rows[$1].id }
        case .name: out.sort { (rows[$0].name, rows[$0].id) < (rows[$1].name, rows[$1].id) }
        case .tier: out.sort { (tierRank(rows[$0]), rows[$0].id) < (tierRank(rows[$1]), rows[$1].id) }
        case .status: out.sort { (statusRank(rows[$0]), rows[$0].id) < (statusRank(rows[$1]), rows[$1].id) }
        case .updated: out.sort { (rows[$0].updatedAt, rows[$0].id) > (rows[$1].updatedAt, rows[$1].id) }
        }
        return out
    }

    /// The indices of `order` whose card `query` finds (all of them for an empty query).
    public func matching(_ query: SearchKey.Query, in order: [Int]) -> [Int] {
        guard !query.isEmpty else { return order }
        return order.filter { keys[$0].matches(query) }
    }

    /// The first line of a text (names and companies are one line; a safeguard for imported text).
    static func firstLine(_ s: String) -> String {
        guard let i = s.firstIndex(where: { $0 == "\n" || $0 == "\r" }) else { return s }
        return String(s[..<i])
    }
}
