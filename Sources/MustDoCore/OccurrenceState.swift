/// Where one occurrence of a routine stands.
public enum OccurrenceState: String, Sendable, CaseIterable, Codable {
    /// Not yet done; the period is still running.
    case open
    /// Done (with the time it was done).
    case done
    /// Deliberately skipped, with an optional reason.
    case skipped
    /// The period ended while it was open.
    case missed

    /// Whether the item still needs doing.
    public var isOpen: Bool { self == .open }
    /// Whether the item is settled (done or skipped) for streaks and totals.
    public var isSettled: Bool { self == .done || self == .skipped }
}
