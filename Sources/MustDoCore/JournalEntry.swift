/// The work journal for one day (or one week's plan): a morning plan and an evening review, free text of any length.
public struct JournalEntry: Sendable, Equatable {
    /// The day (`2026-11-23`) or week key (`2026-W48`) it belongs to.
    public var key: String
    /// The plan (morning; for a week key, the plan for that week).
    public var plan: String
    /// The review (evening reflection, 睡前找不足).
    public var review: String

    /// Creates an entry.
    public init(key: String, plan: String = "", review: String = "") {
        self.key = key
        self.plan = plan
        self.review = review
    }

    /// Whether both parts are empty.
    public var isEmpty: Bool { plan.isEmpty && review.isEmpty }
}
