import MustDoCore

/// Visits, promises and appointments as console text in the user's language (the JSON is `VisitRows`).
struct VisitPrinter {
    let language: Language
    let today: LocalDate

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// `(text)` in the language's brackets.
    func parenthesised(_ text: String) -> String { words.parenthesised(text) }

    /// A stored timestamp `2026-11-27T09:30:15` as `2026-11-27 09:30`.
    static func minute(_ timestamp: String) -> String { CommitmentText.minute(timestamp) }

    /// `KH-2026-0001 张三`.
    static func customer(_ number: String, _ name: String) -> String { CommitmentText.customer(number, name) }

    /// `2026-12-01 14:00 · 华为大厦 · demo`.
    func details(_ a: Appointment) -> String { words.details(a) }

    /// `王总: send the team for a site visit` (who, when given, first).
    func action(_ c: ActionCommitment) -> String { VisitListPresentation.action(c) }

    /// The visits list, the console's face of `VisitListPresentation` (the model the screen's `V` draws): each visit's
    /// heading and its detail lines indented, then the tally.
    func list(_ p: VisitListPresentation) -> String {
        p.rows.map { row in row.heading + "\n" + row.details.map { ItemPrinter.indented($0, 4) + "\n" }.joined() }
            .joined(separator: "\n") + "\n" + p.tally + "\n"
    }

    /// The shared one-line words (also used by planning).
    var words: CommitmentText { CommitmentText(language: language, today: today) }

    /// One line for a promise.
    func line(_ p: Promise) -> String { words.line(p) }

    /// One line for an appointment.
    func line(_ a: Appointment) -> String { words.line(a) }

    /// A promise with its conditions and history, for `promise show`.
    func detail(_ p: Promise) -> String {
        var out = line(p) + "\n"
        if !p.conditions.isEmpty { out += ItemPrinter.indented(say(.promiseConditions, ["text": p.conditions]), 4) + "\n" }
        out += "    " + say(.promiseHistory) + "\n"
        for event in p.history {
            var e = event
            e.at = VisitPrinter.minute(e.at)
            var text: String
            switch e.action {
            case .created: text = say(.promiseEventCreated, ["at": e.at, "due": (e.newDue ?? p.due).description])
            case .kept: text = say(.promiseEventKept, ["at": e.at])
            case .broken: text = say(.promiseEventBroken, ["at": e.at])
            case .cancelled: text = say(.promiseEventCancelled, ["at": e.at])
            case .renegotiated: text = say(.promiseEventRenegotiated, ["at": e.at, "old": e.oldDue?.description ?? "?", "new": e.newDue?.description ?? "?"])
            case .checked: text = say(.promiseEventChecked, ["at": e.at])
            }
            if !e.note.isEmpty { text += " — " + e.note }
            out += "      " + text + "\n"
        }
        return out
    }
}
