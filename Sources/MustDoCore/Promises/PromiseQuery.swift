/// Which promises to list.
public struct PromiseQuery: Equatable, Sendable {
    /// Only this customer's, or nil.
    public var customerID: Int64?
    /// Only this direction, or nil.
    public var direction: PromiseDirection?
    /// Only these states (empty: all).
    public var states: Set<PromiseState>
    /// Only promises due on or before this day, or nil.
    public var dueBy: LocalDate?

    /// A query; the defaults list every promise.
    public init(customerID: Int64? = nil, direction: PromiseDirection? = nil, states: Set<PromiseState> = [], dueBy: LocalDate? = nil) {
        self.customerID = customerID
        self.direction = direction
        self.states = states
        self.dueBy = dueBy
    }

    /// Pending promises only (open or renegotiated).
    public static let pending = PromiseQuery(states: [.open, .renegotiated])
}
