/// Where a promise stands. Renegotiated promises are still open, under their new date; the old date stays in the history.
public enum PromiseState: String, CaseIterable, Sendable {
    /// Not yet due or not yet settled.
    case open
    /// Kept.
    case kept
    /// Broken.
    case broken
    /// Given a new date by agreement (still to be kept).
    case renegotiated
    /// Cancelled by agreement.
    case cancelled

    /// Whether the promise still has to be kept (open or renegotiated).
    public var isPending: Bool { self == .open || self == .renegotiated }

    /// The word in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .open: return language.text(.promiseStateOpen)
        case .kept: return language.text(.promiseStateKept)
        case .broken: return language.text(.promiseStateBroken)
        case .renegotiated: return language.text(.promiseStateRenegotiated)
        case .cancelled: return language.text(.promiseStateCancelled)
        }
    }
}
