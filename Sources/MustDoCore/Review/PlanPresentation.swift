/// What `mustdo plan` (text and JSON) and the planning screen both show: today's progress, the periods ending soon, the focus count and the words around them.
public struct PlanPresentation: Sendable, Equatable {
    /// The plan shown.
    public let plan: MorningPlan
    /// Today's agenda (refs, focus).
    public let agenda: Agenda
    /// The marks drawn.
    public let marks: Marks

    /// Presents `plan` of the day of `agenda` with `marks`.
    public init(_ plan: MorningPlan, agenda: Agenda, marks: Marks = .unicode) {
        self.plan = plan
        self.agenda = agenda
        self.marks = marks
    }

    /// The progress of today's Daily list (the same figures `mustdo today` and the home screen show).
    public var today: PaneSummary { TodayPresentation(agenda, marks: marks).summary(.day) }

    /// `Weekly 2026-W48 — 4 days left, 14 of 19 open` (the key left out when `withKey` is false).
    public func ending(_ e: (period: Period, open: Int, total: Int), language: Language, withKey: Bool = true) -> String {
        let words = Vocabulary(language)
        var name = words.periodTitle(e.period.kind)
        if withKey { name += " " + e.period.key }
        return language.text(.planEndingSoon, ["period": name, "left": words.daysLeft(e.period.daysLeft(from: plan.today)),
                                               "open": String(e.open), "total": String(e.total)])
    }

    /// `2/5`: focus items chosen of the most allowed.
    public var focusCount: String { "\(plan.focus.count)/\(Agenda.maxFocus)" }

    /// Today's appointments, appointments to tell about, promises due both ways, customer commitments to follow up and
    /// progress checks, as headings with their lines in `language` (only the sections that have something).
    public func commitmentSections(language: Language) -> [(heading: String, lines: [String])] {
        CommitmentText(language: language, today: plan.today).sections(plan.commitments)
    }

    /// The focus mark of the occurrence `id`, or nil when it is not in the focus.
    public func focusMark(_ id: Int64) -> String? { agenda.focus.contains(id) ? marks.focus : nil }
}
