/// A customer's timeline in words, newest first: visits (with the customer's action or its absence and the next
/// appointment), promises both ways (made, kept, broken, renegotiated, cancelled, checked), appointments, and the
/// card's own edits. The card screen draws it; the store reads the records in one transaction.
public struct CustomerTimeline: Sendable {
    /// What the timeline is built from, as read for one card (and the cards merged into it).
    public struct Records: Sendable, Equatable {
        /// The visits, any order.
        public var visits: [Visit]
        /// The promises with their history.
        public var promises: [Promise]
        /// The appointments.
        public var appointments: [Appointment]

        /// Records for a timeline.
        public init(visits: [Visit] = [], promises: [Promise] = [], appointments: [Appointment] = []) {
            self.visits = visits
            self.promises = promises
            self.appointments = appointments
        }
    }

    /// What a line of the timeline records.
    public enum Kind: Sendable, Equatable {
        /// A visit, call, message or meal.
        case visit
        /// A promise event.
        case promise
        /// An appointment.
        case appointment
        /// An edit of the card.
        case edit
    }

    /// One line: when (`YYYY-MM-DD HH:MM`), what, and the text (may hold several lines).
    public struct Entry: Sendable, Equatable {
        /// When, as `YYYY-MM-DD HH:MM` (sorts as text).
        public var at: String
        /// What it records.
        public var kind: Kind
        /// The words.
        public var text: String
    }

    /// The entries, newest first.
    public let entries: [Entry]

    /// The timeline of `records` and the card's `edits` (as the card presentation words them) in `language`.
    public init(records: Records, edits: [(at: String, text: String)], today: LocalDate, language: Language) {
        let words = CommitmentText(language: language, today: today)
        var out: [Entry] = []
        for v in records.visits {
            var lines = [language.text(.vscrTimelineVisit, ["kind": v.kind.label(language), "goal": v.goal.text, "result": v.result])]
            if let c = v.commitment {
                lines.append(language.text(.visitsAction, ["action": c.what + (c.who.isEmpty ? "" : words.parenthesised(c.who)), "by": c.by.description]))
            } else {
                lines.append(language.text(.visitsNoAction))
            }
            if let next = v.next { lines.append(language.text(.visitsNext, ["details": words.details(next)])) }
            out.append(Entry(at: v.at.description, kind: .visit, text: lines.joined(separator: "\n")))
        }
        for p in records.promises {
            let base = ["direction": p.direction.label(language), "what": p.what]
            for e in p.history {
                let text: String
                switch e.action {
                case .created:
                    // A visit's commitment is already on the visit's line.
                    if p.visitID != nil && p.kind == .action { continue }
                    text = language.text(.vscrTimelinePromiseMade, base.merging(["due": p.due.description]) { $1 })
                case .kept: text = language.text(.vscrTimelinePromiseState, base.merging(["state": PromiseState.kept.label(language)]) { $1 })
                case .broken: text = language.text(.vscrTimelinePromiseState, base.merging(["state": PromiseState.broken.label(language)]) { $1 })
                case .cancelled: text = language.text(.vscrTimelinePromiseState, base.merging(["state": PromiseState.cancelled.label(language)]) { $1 })
                case .renegotiated:
                    text = language.text(.vscrTimelinePromiseMoved, base.merging(["old": e.oldDue?.description ?? "—", "new": e.newDue?.description ?? "—"]) { $1 })
                case .checked: text = language.text(.vscrTimelinePromiseChecked, base)
                }
                out.append(Entry(at: CommitmentText.minute(e.at), kind: .promise, text: text + (e.note.isEmpty ? "" : words.parenthesised(e.note))))
            }
        }
        for a in records.appointments {
            var text = language.text(.vscrTimelineAppointment, ["details": words.details(a)])
            if a.state != .planned { text += " · " + a.state.label(language) + (a.reason.isEmpty ? "" : words.parenthesised(a.reason)) }
            if let told = a.toldAt { text += " · " + language.text(.apptToldAt, ["at": CommitmentText.minute(told)]) }
            out.append(Entry(at: a.at.description, kind: .appointment, text: text))
        }
        for e in edits { out.append(Entry(at: CommitmentText.minute(e.at), kind: .edit, text: e.text)) }
        // Newest first; at the same minute, the order above (a visit before what it led to) is kept.
        entries = out.enumerated().sorted { a, b in a.element.at != b.element.at ? a.element.at > b.element.at : a.offset < b.offset }.map(\.element)
    }
}
