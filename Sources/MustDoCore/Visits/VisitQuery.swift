/// Which visits to list: by customer, date range, kind, and only those without a customer action.
public struct VisitQuery: Equatable, Sendable {
    /// Only this customer's card (and the cards merged into it), or nil for all.
    public var customerID: Int64?
    /// From this day on, or nil.
    public var from: LocalDate?
    /// Up to this day, or nil.
    public var to: LocalDate?
    /// Only this kind, or nil.
    public var kind: VisitKind?
    /// Only visits that ended without a customer action commitment.
    public var noActionOnly: Bool
    /// At most this many, newest first (nil: all).
    public var limit: Int?

    /// A query; the defaults list every visit, newest first.
    public init(customerID: Int64? = nil, from: LocalDate? = nil, to: LocalDate? = nil, kind: VisitKind? = nil, noActionOnly: Bool = false, limit: Int? = nil) {
        self.customerID = customerID
        self.from = from
        self.to = to
        self.kind = kind
        self.noActionOnly = noActionOnly
        self.limit = limit
    }
}
