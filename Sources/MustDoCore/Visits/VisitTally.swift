/// How many visits moved an order (ended in a customer action commitment) and how many only "washed the car".
public struct VisitTally: Equatable, Sendable {
    /// Visits with a customer action commitment.
    public var moved: Int
    /// Visits without one.
    public var notMoved: Int

    /// Counts `visits`.
    public init(_ visits: [Visit]) {
        moved = visits.filter(\.movedTheOrder).count
        notMoved = visits.count - moved
    }

    /// All visits counted.
    public var total: Int { moved + notMoved }

    /// `12 visits: 5 moved an order, 7 without a customer action` in `language`.
    public func words(_ language: Language) -> String {
        language.text(.visitTally, ["total": String(total), "moved": String(moved), "not": String(notMoved)])
    }
}
