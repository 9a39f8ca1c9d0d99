/// One contact with a customer (seed 002, 003, 004): a visit, call, message or meal, with its goal, what happened,
/// the result, the customer's action commitment if any, and the next appointment.
public struct Visit: Equatable, Sendable {
    /// The row id (0 before it is stored).
    public var id: Int64
    /// Visit, call, message or meal.
    public var kind: VisitKind
    /// When it happened.
    public var at: LocalDateTime
    /// The customer's card id.
    public var customerID: Int64
    /// Which of the customer's people (a name), or empty.
    public var person: String
    /// The goal set beforehand, with its targets.
    public var goal: VisitGoal
    /// What happened (访问情况), or empty.
    public var happened: String
    /// The result (洽谈结果).
    public var result: String
    /// The customer's action commitment, or nil: a visit without one is recorded as such ("washing the car").
    public var commitment: ActionCommitment?
    /// The id of the promise that holds the commitment (0 before it is stored).
    public var commitmentPromiseID: Int64?
    /// The next appointment, or nil.
    public var next: Appointment?
    /// The customer's serial number, for display (filled in when read).
    public var customerNumber: String
    /// The customer's name, for display.
    public var customerName: String
    /// What else it was, beyond its kind (a favour, a home visit, a greeting, a VIP visit): each counts toward the
    /// routines linked to it, as the kind itself does (a visit, a call or message, a meal).
    public var alsoCounts: [ActivityKind] = []

    /// A new visit.
    public init(id: Int64 = 0, kind: VisitKind = .visit, at: LocalDateTime, customerID: Int64, person: String = "", goal: VisitGoal,
                happened: String = "", result: String, commitment: ActionCommitment? = nil, next: Appointment? = nil,
                customerNumber: String = "", customerName: String = "") {
        self.id = id
        self.kind = kind
        self.at = at
        self.customerID = customerID
        self.person = person
        self.goal = goal
        self.happened = happened
        self.result = result
        self.commitment = commitment
        self.commitmentPromiseID = nil
        self.next = next
        self.customerNumber = customerNumber
        self.customerName = customerName
    }

    /// Whether the customer committed to an action that moves the order (seed 004's measure of a successful visit).
    public var movedTheOrder: Bool { commitment != nil }
}
