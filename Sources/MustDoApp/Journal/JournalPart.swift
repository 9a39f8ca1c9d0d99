/// The two parts of a journal entry.
public enum JournalPart: String, Sendable, Equatable {
    /// The morning plan.
    case plan
    /// The evening review.
    case review
}
