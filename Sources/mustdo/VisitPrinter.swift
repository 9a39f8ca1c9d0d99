import MustDoCore

/// Visits, promises and appointments as console text in the user's language (the JSON is `VisitRows`).
struct VisitPrinter {
    let language: Language
    let today: LocalDate

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    private var dot: String { " · " }

    /// `(text)` in the language's brackets.
    func parenthesised(_ text: String) -> String { words.parenthesised(text) }

    /// A stored timestamp `2026-11-27T09:30:15` as `2026-11-27 09:30`.
    static func minute(_ timestamp: String) -> String { CommitmentText.minute(timestamp) }

    /// `KH-2026-0001 张三`.
    static func customer(_ number: String, _ name: String) -> String { CommitmentText.customer(number, name) }

    /// `2026-12-01 14:00 · 华为大厦 · demo`.
    func details(_ a: Appointment) -> String { words.details(a) }

    /// `王总: send the team for a site visit` (who, when given, first).
    func action(_ c: ActionCommitment) -> String { c.who.isEmpty ? c.what : c.who + ": " + c.what }

    /// A visit as an indented block.
    func block(_ v: Visit) -> String {
        var head = "#\(v.id)  \(v.at)  \(v.kind.label(language))  " + VisitPrinter.customer(v.customerNumber, v.customerName)
        if !v.person.isEmpty { head += dot + v.person }
        var lines = [head]
        var goal = say(.visitsGoal, ["text": v.goal.text])
        let targets = [(v.goal.high, MessageKey.visitsTargetHigh), (v.goal.medium, .visitsTargetMedium), (v.goal.low, .visitsTargetLow)]
            .compactMap { t, key -> String? in t.isEmpty ? nil : say(key, ["text": t]) }
        if !targets.isEmpty { goal += parenthesised(targets.joined(separator: say(.visitsTargetSeparator))) }
        lines.append(goal)
        if !v.happened.isEmpty { lines.append(say(.visitsHappened, ["text": v.happened])) }
        lines.append(say(.visitsResult, ["text": v.result]))
        if let c = v.commitment {
            lines.append(say(.visitsAction, ["action": action(c), "by": c.by.description]))
        } else {
            lines.append(say(.visitsNoAction))
        }
        if let n = v.next {
            var d = details(n)
            if n.state != .planned { d += dot + n.state.label(language) }
            lines.append(say(.visitsNext, ["details": d]))
        }
        return lines[0] + "\n" + lines.dropFirst().map { ItemPrinter.indented($0, 4) + "\n" }.joined()
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
