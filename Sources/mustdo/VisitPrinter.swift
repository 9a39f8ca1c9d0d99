import MustDoCore

/// Visits, promises and appointments as console text in the user's language (the JSON is `VisitRows`).
struct VisitPrinter {
    let language: Language
    let today: LocalDate

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    private var dot: String { " · " }

    /// `KH-2026-0001 张三`.
    static func customer(_ number: String, _ name: String) -> String { [number, name].filter { !$0.isEmpty }.joined(separator: " ") }

    /// `2026-12-01 14:00 · 华为大厦 · demo`.
    func details(_ a: Appointment) -> String {
        ([a.at.description] + [a.place, a.about].filter { !$0.isEmpty }).joined(separator: dot)
    }

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
        if !targets.isEmpty { goal += " (" + targets.joined(separator: language == .zh ? ";" : "; ") + ")" }
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

    /// `due today`, `due in 3 d (2026-11-30)`, `overdue 2 d (2026-11-25)`, or `due 2026-12-31` for a settled promise or a far one.
    func due(_ p: Promise) -> String {
        let days = today.days(to: p.due)
        guard p.state.isPending else { return say(.promiseDueOn, ["due": p.due.description]) }
        if days < 0 { return say(.promiseOverdue, ["days": String(-days), "due": p.due.description]) }
        if days == 0 { return say(.promiseDueToday) }
        if days <= 31 { return say(.promiseDueIn, ["days": String(days), "due": p.due.description]) }
        return say(.promiseDueOn, ["due": p.due.description])
    }

    /// One line for a promise: number, direction, customer, what, due, state and its marks.
    func line(_ p: Promise) -> String {
        var parts = [p.direction.label(language), VisitPrinter.customer(p.customerNumber, p.customerName) + " — " + p.what, due(p), p.state.label(language)]
        if p.kind != .general { parts.insert(p.kind.label(language), at: 1) }
        if !p.who.isEmpty { parts.append(say(.promiseWho, ["who": p.who])) }
        if p.inWriting { parts.append(say(.promiseWritten)) }
        if let c = p.credibility {
            var text = say(.promiseCredibility, ["level": c.label(language)])
            if !p.credibilityNote.isEmpty { text += " (" + p.credibilityNote + ")" }
            parts.append(text)
        }
        return "#\(p.id)  " + parts.joined(separator: dot)
    }

    /// A promise with its conditions and history, for `promise show`.
    func detail(_ p: Promise) -> String {
        var out = line(p) + "\n"
        if !p.conditions.isEmpty { out += ItemPrinter.indented(say(.promiseConditions, ["text": p.conditions]), 4) + "\n" }
        out += "    " + say(.promiseHistory) + "\n"
        for e in p.history {
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

    /// One line for an appointment, with what to do when it cannot be kept.
    func line(_ a: Appointment) -> String {
        var parts = [a.at.description, VisitPrinter.customer(a.customerNumber, a.customerName)] + [a.place, a.about].filter { !$0.isEmpty }
        switch a.state {
        case .planned: break
        case .kept: parts.append(a.state.label(language))
        case .cannotKeep:
            if let told = a.toldAt {
                parts.append(a.state.label(language) + (a.reason.isEmpty ? "" : " (" + a.reason + ")") + ", " + say(.apptToldAt, ["at": told]))
            } else {
                parts.append(say(.apptMustTell, ["id": String(a.id)]) + (a.reason.isEmpty ? "" : " (" + a.reason + ")"))
            }
        }
        return "#\(a.id)  " + parts.joined(separator: dot)
    }
}
