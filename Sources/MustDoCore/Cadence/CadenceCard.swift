/// What the contact cadence needs to know of one current card: who it is, its tier and status, when it was last
/// contacted (or created), its own interval, and whether anything is moving it forward.
public struct CadenceCard: Equatable, Sendable {
    /// The row id.
    public var id: Int64
    /// The serial number.
    public var number: String
    /// The name.
    public var name: String
    /// The tier, or nil (counted as general).
    public var tier: CustomerTier?
    /// The status.
    public var status: CustomerStatus
    /// The day of the latest logged contact (visit, call, message, meal, greeting sent), or nil.
    public var lastContact: LocalDate?
    /// The day the card was created (the clock starts there when nobody has been in touch yet).
    public var createdOn: LocalDate
    /// The card's own interval in days, overriding its tier's, or nil.
    public var contactEvery: Int?
    /// Whether a planned appointment from today on, or a pending promise either way, moves this customer forward.
    public var hasNextStep: Bool

    /// A card as the cadence sees it.
    public init(id: Int64, number: String, name: String, tier: CustomerTier?, status: CustomerStatus, lastContact: LocalDate?,
                createdOn: LocalDate, contactEvery: Int?, hasNextStep: Bool) {
        self.id = id
        self.number = number
        self.name = name
        self.tier = tier
        self.status = status
        self.lastContact = lastContact
        self.createdOn = createdOn
        self.contactEvery = contactEvery
        self.hasNextStep = hasNextStep
    }

    /// Whether the card is one the salesperson is working: a prospect or a customer (dormant and lost ones are not chased).
    public var isActive: Bool { status == .prospect || status == .customer }
}
