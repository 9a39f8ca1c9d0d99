/// One line of the customer list as `customers list` prints it: what the table shows and nothing more, read by one
/// lean query (`AppDatabase.customerListRows`) instead of whole cards.
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

    /// A row.
    public init(id: Int64, number: String, name: String, company: String, tier: CustomerTier?, status: CustomerStatus, filled: Int, warns: Bool) {
        self.id = id
        self.number = number
        self.name = name
        self.company = company
        self.tier = tier
        self.status = status
        self.filled = filled
        self.warns = warns
    }
}
