/// An appointment with a customer (下次约见): when, where and what for, agreed at a visit or added on its own.
public struct Appointment: Equatable, Sendable {
    /// The row id (0 before it is stored).
    public var id: Int64
    /// The customer's card id.
    public var customerID: Int64
    /// The visit it was agreed at, or nil.
    public var visitID: Int64?
    /// When.
    public var at: LocalDateTime
    /// Where, or empty.
    public var place: String
    /// What for, or empty.
    public var about: String
    /// Planned, kept, or cannot be kept.
    public var state: AppointmentState
    /// Why it cannot be kept, or empty.
    public var reason: String
    /// When the customer was told it cannot be kept (`YYYY-MM-DDTHH:MM:SS`), or nil.
    public var toldAt: String?
    /// The customer's serial number and name, for display (filled in when read).
    public var customerNumber: String
    /// The customer's name, for display.
    public var customerName: String

    /// A new planned appointment.
    public init(id: Int64 = 0, customerID: Int64, visitID: Int64? = nil, at: LocalDateTime, place: String = "", about: String = "",
                state: AppointmentState = .planned, reason: String = "", toldAt: String? = nil, customerNumber: String = "", customerName: String = "") {
        self.id = id
        self.customerID = customerID
        self.visitID = visitID
        self.at = at
        self.place = place
        self.about = about
        self.state = state
        self.reason = reason
        self.toldAt = toldAt
        self.customerNumber = customerNumber
        self.customerName = customerName
    }

    /// Whether someone must still tell the customer that it cannot be kept.
    public var needsTelling: Bool { state == .cannotKeep && toldAt == nil }

    /// The stable iCalendar UID of this appointment.
    public var uid: String { "appointment-\(id)@mustdo" }
}
