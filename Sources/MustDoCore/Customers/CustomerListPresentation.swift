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
        // Each word and completeness text made once and shared by every row (10,000 rows, a handful of texts).
        let tiers = CustomerTier.allCases.map { $0.name(language) }
        let statuses = CustomerStatus.allCases.map { $0.name(language) }
        let total = CardItem.allCases.count
        var completeness: [[String]] = []
        for filled in 0...total {
            let text = String(filled) + "/" + String(total)
            completeness.append([text, text + " !"])
        }
        var rows: [Row] = []
        rows.reserveCapacity(lean.count)
        var tags = Set<String>()
        var hasLastContact = false
        for r in lean {
            rows.append(Row(id: r.id, number: r.number, name: CustomerListPresentation.firstLine(r.name),
                            company: CustomerListPresentation.firstLine(r.company), tier: r.tier.map { tiers[$0.index] } ?? "—",
                            status: statuses[r.status.index],
                            completeness: CustomerListPresentation.completeness(r, completeness),
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

    /// A row's `7/14`, with ` !` when it warns, from the texts made once for every count (`texts[filled][warns]`).
    static func completeness(_ r: CustomerListRow, _ texts: [[String]]) -> String {
        guard r.filled >= 0, r.filled < texts.count else {
            return String(r.filled) + "/" + String(CardItem.allCases.count) + (r.warns ? " !" : "")
        }
        return texts[r.filled][r.warns ? 1 : 0]
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
        (0..<columnCount).map { cell(row, $0) }
    }

    /// How many cells a row has (as many as `headings`).
    public var columnCount: Int { hasLastContact ? 7 : 6 }

    /// A row's cell in column `column` of `headings`, without making the row's array (the console lays out 10,000).
    public func cell(_ row: Row, _ column: Int) -> String {
        switch column {
        case 0: return row.number
        case 1: return row.name
        case 2: return row.company
        case 3: return row.tier
        case 4: return row.status
        case 5 where hasLastContact: return row.lastContact
        default: return row.completeness
        }
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
        let cut = s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for i in bytes.indices where bytes[i] == 0x0A || bytes[i] == 0x0D { return i }
            return nil
        } ?? s.utf8.firstIndex { $0 == 0x0A || $0 == 0x0D }.map { s.utf8.distance(from: s.utf8.startIndex, to: $0) }
        guard let cut else { return s }
        return String(decoding: s.utf8.prefix(cut), as: UTF8.self)
    }
}

extension CustomerTier {
    /// The tier's place in `allCases`.
    fileprivate var index: Int {
        switch self {
        case .key: return 0
        case .important: return 1
        case .general: return 2
        }
    }
}

extension CustomerStatus {
    /// The status's place in `allCases`.
    fileprivate var index: Int {
        switch self {
        case .prospect: return 0
        case .customer: return 1
        case .dormant: return 2
        case .lost: return 3
        }
    }
}
