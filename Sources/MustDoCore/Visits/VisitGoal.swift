/// The goal set before a contact (seed 004): the customer action aimed for, with a high, a medium and a low target.
public struct VisitGoal: Equatable, Sendable {
    /// The goal in the salesperson's words (the customer action aimed for).
    public var text: String
    /// The high target (what would be best), or empty.
    public var high: String
    /// The medium target, or empty.
    public var medium: String
    /// The low target (the least worth asking for), or empty.
    public var low: String

    /// A goal with its targets.
    public init(_ text: String, high: String = "", medium: String = "", low: String = "") {
        self.text = text
        self.high = high
        self.medium = medium
        self.low = low
    }
}
