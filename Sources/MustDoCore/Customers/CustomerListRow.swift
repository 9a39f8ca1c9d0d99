/// One card as the customer list needs it, read lean (`AppDatabase.customerList`): the columns the list shows, what
/// it filters and sorts by, and the filing checks already worked out, instead of the whole card. The screen's list and
/// `customers list` both build their `CustomerListPresentation` from these rows.
public struct CustomerListRow: Equatable, Sendable {
    /// The row id.
    public var id: Int64
    /// The serial number.
    public var number: String
    /// The name.
    public var name: String
    /// The company.
    public var company: String
    /// The tier, or nil.
    public var tier: CustomerTier?
    /// The status.
    public var status: CustomerStatus
    /// How many of the 14 items are filled in (`FilingReport.filled`).
    public var filled: Int
    /// Whether any filing check warns (`!FilingReport.isClean`).
    public var warns: Bool
    /// The tags, sorted.
    public var tags: [String]
    /// When the card last changed.
    public var updatedAt: String
    /// Whether the card is archived.
    public var archived: Bool
    /// The day of the last visit or call.
    public var lastContact: LocalDate?
    /// The day the card was created (the contact cadence counts from it until a first contact).
    public var createdOn: LocalDate?
    /// The card's own contact interval in days (nil: its tier's).
    public var contactEvery: Int?

    /// A row.
    public init(id: Int64, number: String, name: String, company: String, tier: CustomerTier?, status: CustomerStatus, filled: Int,
                warns: Bool, tags: [String] = [], updatedAt: String = "", archived: Bool = false, lastContact: LocalDate? = nil,
                createdOn: LocalDate? = nil, contactEvery: Int? = nil) {
        self.id = id
        self.number = number
        self.name = name
        self.company = company
        self.tier = tier
        self.status = status
        self.filled = filled
        self.warns = warns
        self.tags = tags
        self.updatedAt = updatedAt
        self.archived = archived
        self.lastContact = lastContact
        self.createdOn = createdOn
        self.contactEvery = contactEvery
    }

    /// The row of a whole card, its checks from `FilingReport` on `today` (what the lean read must agree with).
    public init(card c: Customer, today: LocalDate, settings: CustomerSettings) {
        let report = FilingReport(card: c, today: today, settings: settings)
        self.init(id: c.id, number: c.number, name: c.name, company: c[.company], tier: c.tier, status: c.status, filled: report.filled,
                  warns: !report.isClean, tags: c.tags.sorted(), updatedAt: c.updatedAt, archived: c.isArchived, lastContact: c.lastContact,
                  createdOn: LocalDate(parsing: c.createdAt.prefix(10)), contactEvery: c.contactEvery)
    }
}
