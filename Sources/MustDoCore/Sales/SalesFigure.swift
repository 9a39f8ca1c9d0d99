/// One customer's sales in one month: the amount (money) and the volume (units, tonnes, whatever the trade counts).
public struct SalesFigure: Hashable, Sendable {
    /// The customer card's id.
    public var customerID: Int64
    /// The month.
    public var month: SalesMonth
    /// The amount sold.
    public var amount: SalesQuantity
    /// The volume sold (zero when not counted).
    public var volume: SalesQuantity

    /// A figure.
    public init(customerID: Int64, month: SalesMonth, amount: SalesQuantity, volume: SalesQuantity = .zero) {
        self.customerID = customerID
        self.month = month
        self.amount = amount
        self.volume = volume
    }
}
