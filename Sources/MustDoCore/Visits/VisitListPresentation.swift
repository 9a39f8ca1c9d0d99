/// The visits list in words, newest first: when, kind, customer, goal → result, and the customer's action (or its
/// absence, marked so "washing the car" stands out), with the tally of the visits shown. The screen (`V`) draws its
/// rows; `mustdo visits` prints each row's heading and detail lines, then the tally.
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
        /// `#12  2026-11-24 10:00  Visit  KH-2026-0001 张三 · 王总`: the console's first line of the visit.
        public var heading: String
        /// The visit in full, a sentence a line: the goal with its high / medium / low targets, what happened, the
        /// result, the customer's action (or none), the next appointment.
        public var details: [String]
    }

    /// The rows, newest first.
    public let rows: [Row]
    /// `Visits: 12; moved an order: 5; without a customer action: 7`.
    public let tally: String

    /// The rows of `visits` in `language`.
    public init(visits: [Visit], language: Language) {
        let sorted = visits.sorted { ($0.at, $0.id) > ($1.at, $1.id) }
        rows = sorted.map { v in
            let customer = CommitmentText.customer(v.customerNumber, v.customerName)
            let kind = v.kind.label(language)
            let action = v.commitment.map { language.text(.visitsAction, ["action": VisitListPresentation.action($0), "by": $0.by.description]) }
                ?? language.text(.visitsNoAction)
            return Row(id: v.id, customerID: v.customerID, at: v.at.description, kind: kind, customer: customer,
                       summary: v.goal.text + " → " + (v.result.split(separator: "\n").first.map(String.init) ?? ""),
                       action: action, moved: v.movedTheOrder,
                       heading: "#\(v.id)  \(v.at)  \(kind)  " + customer + (v.person.isEmpty ? "" : " · " + v.person),
                       details: VisitListPresentation.details(v, action: action, language: language))
        }
        tally = VisitTally(visits).words(language)
    }

    /// `王总: send the team for a site visit` (who, when given, first).
    public static func action(_ c: ActionCommitment) -> String { c.who.isEmpty ? c.what : c.who + ": " + c.what }

    /// The lines of a visit under its heading.
    static func details(_ v: Visit, action: String, language: Language) -> [String] {
        var lines: [String] = []
        var goal = language.text(.visitsGoal, ["text": v.goal.text])
        let targets = [(v.goal.high, MessageKey.visitsTargetHigh), (v.goal.medium, .visitsTargetMedium), (v.goal.low, .visitsTargetLow)]
            .compactMap { t, key -> String? in t.isEmpty ? nil : language.text(key, ["text": t]) }
        if !targets.isEmpty { goal += language.text(.visitsParenthesised, ["text": targets.joined(separator: language.text(.visitsTargetSeparator))]) }
        lines.append(goal)
        if !v.happened.isEmpty { lines.append(language.text(.visitsHappened, ["text": v.happened])) }
        lines.append(language.text(.visitsResult, ["text": v.result]))
        lines.append(action)
        if let n = v.next {
            var d = CommitmentText(language: language, today: n.at.date).details(n)
            if n.state != .planned { d += " · " + n.state.label(language) }
            lines.append(language.text(.visitsNext, ["details": d]))
        }
        return lines
    }
}
