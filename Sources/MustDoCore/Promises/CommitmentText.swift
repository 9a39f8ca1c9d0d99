/// The words for promises and appointments, one line each, shared by the console (`promise list`, `appointments`,
/// `mustdo plan`) and the planning screen, so the faces cannot disagree.
public struct CommitmentText: Sendable {
    /// The language.
    public let language: Language
    /// The day the due words count from.
    public let today: LocalDate

    /// Words in `language` as of `today`.
    public init(language: Language, today: LocalDate) {
        self.language = language
        self.today = today
    }

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    private var dot: String { " · " }

    /// `KH-2026-0001 张三`.
    public static func customer(_ number: String, _ name: String) -> String { [number, name].filter { !$0.isEmpty }.joined(separator: " ") }

    /// A stored timestamp `2026-11-27T09:30:15` as `2026-11-27 09:30`.
    public static func minute(_ timestamp: String) -> String { LocalDateTime(parsing: timestamp)?.description ?? timestamp }

    /// `(text)` in the language's brackets, with a leading space in English.
    public func parenthesised(_ text: String) -> String { say(.visitsParenthesised, ["text": text]) }

    /// `2026-12-01 14:00 · 华为大厦 · demo` (the time alone as `14:00` when `timeOnly`).
    public func details(_ a: Appointment, timeOnly: Bool = false) -> String {
        ([timeOnly ? a.at.timeText : a.at.description] + [a.place, a.about].filter { !$0.isEmpty }).joined(separator: dot)
    }

    /// `due today`, `due in 3 d (2026-11-30)`, `overdue 2 d (2026-11-25)`, or `due 2026-12-31` for a settled or far promise.
    public func due(_ p: Promise) -> String {
        let days = today.days(to: p.due)
        guard p.state.isPending else { return say(.promiseDueOn, ["due": p.due.description]) }
        if days < 0 { return say(.promiseOverdue, ["days": String(-days), "due": p.due.description]) }
        if days == 0 { return say(.promiseDueToday) }
        if days <= 31 { return say(.promiseDueIn, ["days": String(days), "due": p.due.description]) }
        return say(.promiseDueOn, ["due": p.due.description])
    }

    /// One line for a promise: number, direction, kind, customer, what, due, state and its marks.
    public func line(_ p: Promise) -> String {
        var parts = [p.direction.label(language), CommitmentText.customer(p.customerNumber, p.customerName) + " — " + p.what, due(p), p.state.label(language)]
        if p.kind != .general { parts.insert(p.kind.label(language), at: 1) }
        if !p.who.isEmpty { parts.append(say(.promiseWho, ["who": p.who])) }
        if p.inWriting { parts.append(say(.promiseWritten)) }
        if let c = p.credibility {
            var text = say(.promiseCredibility, ["level": c.label(language)])
            if !p.credibilityNote.isEmpty { text += parenthesised(p.credibilityNote) }
            parts.append(text)
        }
        return "#\(p.id)  " + parts.joined(separator: dot)
    }

    /// One line for an appointment, with what to do when it cannot be kept (the time alone when `timeOnly`).
    public func line(_ a: Appointment, timeOnly: Bool = false) -> String {
        var parts = [timeOnly ? a.at.timeText : a.at.description, CommitmentText.customer(a.customerNumber, a.customerName)] + [a.place, a.about].filter { !$0.isEmpty }
        switch a.state {
        case .planned: break
        case .kept: parts.append(a.state.label(language))
        case .cannotKeep:
            if let told = a.toldAt {
                parts.append(a.state.label(language) + (a.reason.isEmpty ? "" : parenthesised(a.reason)) + ", "
                             + say(.apptToldAt, ["at": CommitmentText.minute(told)]))
            } else {
                parts.append(say(.apptMustTell, ["id": String(a.id)]) + (a.reason.isEmpty ? "" : parenthesised(a.reason)))
            }
        }
        return "#\(a.id)  " + parts.joined(separator: dot)
    }

    /// The planning sections of `agenda` that have something in them: a heading and its lines.
    public func sections(_ agenda: CommitmentAgenda) -> [(heading: String, lines: [String])] {
        var out: [(heading: String, lines: [String])] = []
        if !agenda.appointmentsToday.isEmpty { out.append((say(.planAppointmentsToday), agenda.appointmentsToday.map { line($0, timeOnly: true) })) }
        if !agenda.toTell.isEmpty { out.append((say(.planToTell), agenda.toTell.map { line($0) })) }
        if !agenda.promisesDue.isEmpty { out.append((say(.planPromisesDue), agenda.promisesDue.map(line))) }
        if !agenda.commitmentsToFollow.isEmpty { out.append((say(.planCommitments), agenda.commitmentsToFollow.map(line))) }
        if !agenda.progressChecks.isEmpty {
            out.append((say(.planProgressChecks), agenda.progressChecks.map { p in
                line(p) + dot + say(.planPromiseCheckHint, ["id": String(p.id)])
            }))
        }
        return out
    }
}
