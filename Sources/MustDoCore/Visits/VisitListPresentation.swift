/// The visits list (`V`) in words, newest first: when, kind, customer, goal → result, and the customer's action (or
/// its absence, marked so "washing the car" stands out), with the tally of the visits shown and the filters named.
public struct VisitListPresentation: Sendable {
    /// One visit's row.
    public struct Row: Sendable, Equatable {
        /// The visit's id.
        public var id: Int64
        /// The customer's card id.
        public var customerID: Int64
        /// `2026-11-24 10:00`.
        public var at: String
        /// The kind's word.
        public var kind: String
        /// `KH-2026-0001 张三`.
        public var customer: String
        /// `goal → result`.
        public var summary: String
        /// The customer's action and its date, or the no-action words.
        public var action: String
        /// Whether the visit ended in a customer action.
        public var moved: Bool
    }

    /// The rows, newest first.
    public let rows: [Row]
    /// `Visits: 12; moved an order: 5; without a customer action: 7`.
    public let tally: String

    /// The rows of `visits` in `language`.
    public init(visits: [Visit], language: Language) {
        let sorted = visits.sorted { ($0.at, $0.id) > ($1.at, $1.id) }
        rows = sorted.map { v in
            Row(id: v.id, customerID: v.customerID, at: v.at.description, kind: v.kind.label(language),
                customer: CommitmentText.customer(v.customerNumber, v.customerName),
                summary: v.goal.text + " → " + (v.result.split(separator: "\n").first.map(String.init) ?? ""),
                action: v.commitment.map { language.text(.visitsAction, ["action": $0.what, "by": $0.by.description]) } ?? language.text(.visitsNoAction),
                moved: v.movedTheOrder)
        }
        tally = VisitTally(visits).words(language)
    }
}
