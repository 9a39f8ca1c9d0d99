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

    /// Planning's customer sections that have something in them, in order: today's appointments, appointments to tell
    /// about, promises due both ways, customer commitments, progress checks, who to greet, customers losing touch, and
    /// customers with no next step. Each shows its `limit` most urgent lines and says how many more there are and which
    /// command lists them all (the JSON has every line). A plan read with `morningPlan(limit:)` holds only those lines
    /// and counts the rest in `plan.totals`.
    public func sections(language: Language, limit: Int) -> [PlanSection] {
        let words = CommitmentText(language: language, today: plan.today)
        let c = plan.commitments
        var out: [PlanSection] = []
        func add<T>(_ id: String, _ heading: String, _ all: [T], _ command: String, _ line: (T) -> PlanSection.Line) {
            guard !all.isEmpty else { return }
            let shown = all.prefix(max(1, limit))
            let hidden = plan.total(id, shown: all.count) - shown.count
            out.append(PlanSection(id: id, heading: heading, lines: shown.map(line), hidden: hidden,
                                   more: hidden > 0 ? language.text(.cadenceMore, ["count": String(hidden), "command": command]) : nil))
        }
        add("appointments_today", language.text(.planAppointmentsToday), c.appointmentsToday, "mustdo appointments") { .init(words.line($0, timeOnly: true)) }
        add("appointments_to_tell", language.text(.planToTell), c.toTell, "mustdo appointments") { .init(words.line($0)) }
        add("promises_due", language.text(.planPromisesDue), c.promisesDue, "mustdo promise list") { .init(words.line($0)) }
        add("commitments_to_follow", language.text(.planCommitments), c.commitmentsToFollow, "mustdo promise list --theirs") { .init(words.line($0)) }
        add("progress_checks", language.text(.planProgressChecks), c.progressChecks, "mustdo promise list") { p in
            .init(words.line(p) + " · " + language.text(.planPromiseCheckHint, ["id": String(p.id)]))
        }
        let greet = GreetingText(language: language)
        add("greetings", language.text(.cadenceGreet, ["days": String(plan.greetDays), "count": String(plan.total("greetings", shown: plan.greetings.count))]), plan.greetings,
            "mustdo greetings") { .init(greet.line($0)) }
        add("losing_touch", language.text(.cadenceLosingTouch, ["count": String(plan.total("losing_touch", shown: plan.cadence.losingTouch.count))]), plan.cadence.losingTouch,
            "mustdo cadence --losing-touch") { e in .init(PlanPresentation.losingTouchLine(e, language: language), tone: PlanSection.Tone(e.severity)) }
        add("no_next_step", language.text(.cadenceNoNextStep, ["count": String(plan.total("no_next_step", shown: plan.cadence.noNextStep.count))]), plan.cadence.noNextStep,
            "mustdo cadence --no-next-step") { e in .init(PlanPresentation.noNextStepLine(e, language: language)) }
        return out
    }

    /// `KH-2026-0001 张三 · key · 5 d overdue · every 7 d · last contact 2026-11-15`.
    public static func losingTouchLine(_ e: CadenceEntry, language: Language) -> String {
        [CommitmentText.customer(e.card.number, e.card.name), tierName(e.card.tier, language: language),
         language.text(.cadenceOverdueDays, ["days": String(e.daysOverdue)]), language.text(.cadenceEvery, ["days": String(e.interval)]),
         lastContact(e, language: language)].joined(separator: " · ")
    }

    /// `KH-2026-0001 张三 · key · prospect · last contact 2026-11-15`.
    public static func noNextStepLine(_ e: CadenceEntry, language: Language) -> String {
        [CommitmentText.customer(e.card.number, e.card.name), tierName(e.card.tier, language: language), e.card.status.name(language),
         lastContact(e, language: language)].joined(separator: " · ")
    }

    /// The tier's word, or "no tier".
    public static func tierName(_ tier: CustomerTier?, language: Language) -> String {
        tier?.name(language) ?? language.text(.cadenceNoTier)
    }

    /// `last contact 2026-11-15`, or `never contacted (card since 2026-01-04)`.
    public static func lastContact(_ e: CadenceEntry, language: Language) -> String {
        if let d = e.card.lastContact { return language.text(.cadenceLastContact, ["date": d.description]) }
        return language.text(.cadenceNeverContacted, ["date": e.card.createdOn.description])
    }

    /// The focus mark of the occurrence `id`, or nil when it is not in the focus.
    public func focusMark(_ id: Int64) -> String? { agenda.focus.contains(id) ? marks.focus : nil }
}
