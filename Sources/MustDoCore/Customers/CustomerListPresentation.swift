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
        /// The day of the last visit or call, as a date (the contact cadence).
        public var lastContactDay: LocalDate? = nil
        /// The day the card was created (the contact cadence counts from it until a first contact).
        public var createdOn: LocalDate? = nil
        /// The card's own contact interval in days (nil: its tier's).
        public var contactEvery: Int? = nil
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

    /// The rows, in the order they were given.
    public let rows: [Row]
    /// Each row's search key (`Customer.searchKey`), in its stored form.
    let keys: StoredSearchKeys
    /// Every tag in use, sorted (the tag filter cycles through them).
    public let tags: [String]
    /// Whether a last-contact column is shown: once any card has a visit or call recorded.
    public let hasLastContact: Bool

    /// Prepares the list of the lean `rows` (`AppDatabase.customerList`) and their stored search `keys` (one per row,
    /// in the same order; empty when the list is not searched, as for the console) in `language`.
    public init(rows lean: [CustomerListRow], keys: StoredSearchKeys = StoredSearchKeys(), language: Language) {
        precondition(keys.count == 0 || keys.count == lean.count, "one search key per row")
        let tiers = Dictionary(uniqueKeysWithValues: CustomerTier.allCases.map { ($0, $0.name(language)) })
        let statuses = Dictionary(uniqueKeysWithValues: CustomerStatus.allCases.map { ($0, $0.name(language)) })
        let total = "/" + String(CardItem.allCases.count)
        var rows: [Row] = []
        rows.reserveCapacity(lean.count)
        var tags = Set<String>()
        var hasLastContact = false
        for r in lean {
            rows.append(Row(id: r.id, number: r.number, name: CustomerListPresentation.firstLine(r.name),
                            company: CustomerListPresentation.firstLine(r.company), tier: r.tier.map { tiers[$0]! } ?? "—",
                            status: statuses[r.status]!, completeness: String(r.filled) + total + (r.warns ? " !" : ""),
                            warns: r.warns, tierValue: r.tier, statusValue: r.status, tags: r.tags, updatedAt: r.updatedAt,
                            archived: r.archived, lastContact: r.lastContact?.description ?? "—",
                            lastContactDay: r.lastContact, createdOn: r.createdOn, contactEvery: r.contactEvery))
            if !r.tags.isEmpty { tags.formUnion(r.tags) }
            if r.lastContact != nil { hasLastContact = true }
        }
        self.rows = rows
        self.keys = keys
        self.tags = tags.sorted()
        self.hasLastContact = hasLastContact
    }

    /// Prepares the list of whole `cards` on `today` (their rows as `CustomerListRow(card:)` works them out, their keys
    /// built): for lists that are not read from the database, and for tests.
    public init(cards: [Customer], today: LocalDate, settings: CustomerSettings, language: Language) {
        var keys = StoredSearchKeys()
        keys.reserve(cards.count)
        for c in cards { keys.append(c.searchKey) }
        self.init(rows: cards.map { CustomerListRow(card: $0, today: today, settings: settings) }, keys: keys, language: language)
    }

    /// The column headings: number, name, company, tier, status, filled.
    public static func headers(_ language: Language) -> [String] {
        [language.text(.custLabelNumber), CustomerField.name.label(language), CustomerField.company.label(language),
         CustomerField.tier.label(language), CustomerField.status.label(language), language.text(.custLabelFilled)]
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
        case .name:
            let keys = out.map { CustomerListPresentation.nameSortKey(rows[$0].name) }
            var at = [Int](repeating: 0, count: rows.count)
            for (k, i) in out.enumerated() { at[i] = k }
            out.sort { a, b in
                let (x, y) = (keys[at[a]], keys[at[b]])
                if x != y { return x.lexicographicallyPrecedes(y) }
                return (rows[a].name, rows[a].id) < (rows[b].name, rows[b].id)
            }
        case .tier: out.sort { (tierRank(rows[$0]), rows[$0].id) < (tierRank(rows[$1]), rows[$1].id) }
        case .status: out.sort { (statusRank(rows[$0]), rows[$0].id) < (statusRank(rows[$1]), rows[$1].id) }
        case .updated: out.sort { (rows[$0].updatedAt, rows[$0].id) > (rows[$1].updatedAt, rows[$1].id) }
        }
        return out
    }

    /// The indices of `order` whose card `query` finds (all of them for an empty query).
    public func matching(_ query: SearchKey.Query, in order: [Int]) -> [Int] {
        guard !query.isEmpty else { return order }
        return keys.matching(query, in: order)
    }

    /// The headings the console prints: `headers`, with the last contact before the filled column once it is shown.
    public func headings(_ language: Language) -> [String] {
        var h = CustomerListPresentation.headers(language)
        if hasLastContact { h.insert(language.text(.vscrLastContact), at: 5) }
        return h
    }

    /// A row's cells in `headings` order.
    public func cells(_ row: Row) -> [String] {
        hasLastContact ? [row.number, row.name, row.company, row.tier, row.status, row.lastContact, row.completeness]
                       : [row.number, row.name, row.company, row.tier, row.status, row.completeness]
    }

    /// What a name sorts by: its words in Latin letters, a Chinese character by its reading (a surname by its surname
    /// reading), so 李四 (li si) comes before 张三 (zhang san) and both fall among Latin names by their letters
    /// (Anna, li si, Smith, zhang san), case, accents and punctuation ignored.
    static func nameSortKey(_ name: String) -> [UInt8] {
        let scalars = Array(name.unicodeScalars)
        let readings = scalars.contains { $0.value >= 0x3000 } ? Pinyin.nameReadings(scalars) : []
        var out: [UInt8] = []
        var folded: [UInt32] = []
        var inWord = false
        func space() { if !out.isEmpty, out.last != 0x20 { out.append(0x20) } }
        for (i, scalar) in scalars.enumerated() {
            if !readings.isEmpty, let reading = readings[i].first {
                space()
                out.append(contentsOf: reading.utf8)
                out.append(0x20)
                inWord = false
                continue
            }
            folded.removeAll(keepingCapacity: true)
            SearchKey.fold(scalar, into: &folded)
            if folded.isEmpty {
                if inWord { space() }
                inWord = false
                continue
            }
            for f in folded {
                if f < 0x80 { out.append(UInt8(f)) } else { out.append(contentsOf: String(Unicode.Scalar(f)!).utf8) }
            }
            inWord = true
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// The first line of a text (names and companies are one line; a safeguard for imported text).
    /// Scanned by bytes: walking 20,000 names and companies by `Character` cost more than reading them (issue 10).
    static func firstLine(_ s: String) -> String {
        var n = 0
        for b in s.utf8 {
            if b == 0x0A || b == 0x0D { return String(decoding: s.utf8.prefix(n), as: UTF8.self) }
            n += 1
        }
        return s
    }
}
