/// Counts streaks over a routine's days in order: a done day adds one, a skipped day neither adds nor breaks, a missed day breaks.
public struct StreakCounter: Sendable, Equatable {
    /// Done days since the last miss.
    public private(set) var current = 0
    /// The longest run of done days without a miss.
    public private(set) var longest = 0

    /// Starts from nothing, or from saved figures.
    public init(current: Int = 0, longest: Int = 0) {
        self.current = current
        self.longest = max(longest, current)
    }

    /// Adds the next scheduled day's state; open days (today, not yet done) change nothing.
    public mutating func add(_ state: OccurrenceState) {
        switch state {
        case .done:
            current += 1
            longest = max(longest, current)
        case .missed:
            current = 0
        case .skipped, .open:
            break
        }
    }
}
