/// Where an appointment stands: planned, kept, or one that cannot be kept (the customer must be told in advance).
public enum AppointmentState: String, CaseIterable, Sendable {
    /// Agreed and still ahead (or not yet marked).
    case planned
    /// Kept.
    case kept
    /// Cannot be kept: MustDo asks that the customer be told in advance (seed 000) and records when they were.
    case cannotKeep = "cannot-keep"

    /// The word for this state in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .planned: return language.text(.apptStatePlanned)
        case .kept: return language.text(.apptStateKept)
        case .cannotKeep: return language.text(.apptStateCannotKeep)
        }
    }
}
