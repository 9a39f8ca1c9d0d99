import MustDoCore

/// Formats morning planning for the console (text) and for scripts (JSON), from the same `PlanPresentation` the planning screen draws.
struct PlanPrinter {
    let language: Language
    /// Days ahead that count as "soon".
    let lookAhead: Int
    /// Today's agenda (for ref widths and the focus flags).
    let agenda: Agenda
    /// The most urgent lines each customer section shows before "and N more" (`[plan] per_section`).
    let perSection: Int
    let words: Vocabulary
    let items: ItemPrinter
    /// The width of the largest ref of today's agenda (worked out once: every item line needs it).
    private let refWidth: Int

    init(language: Language, lookAhead: Int, agenda: Agenda, perSection: Int = PlanSettings().perSection) {
        self.language = language
        self.lookAhead = lookAhead
        self.agenda = agenda
        self.perSection = perSection
        words = Vocabulary(language)
        items = ItemPrinter(language: language)
        refWidth = String(agenda.sections.flatMap(\.items).map(\.ref).max() ?? 0).count
    }

    /// `text` indented by two spaces, as `ItemPrinter.indented` does; a line without a line break (nearly every section
    /// line) skips splitting it into characters. The bytes are searched in place (a walk of `utf8` cost 3,000
    /// instructions a line).
    private static func indented(_ text: String) -> String {
        let broken = text.utf8.withContiguousStorageIfAvailable { $0.contains(10) } ?? text.utf8.contains(10)
        return broken ? ItemPrinter.indented(text, 2) : "  " + text
    }

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// The planning sheet: yesterday, today (focus first), due soon, ending soon, focus, today's plan.
    func text(_ plan: MorningPlan, leftovers: [(ref: String, occurrence: Occurrence)]) -> String {
        let p = PlanPresentation(plan, agenda: agenda, marks: AgendaPrinter.marks)
        let today = plan.today
        let yesterday = today.adding(days: -1)
        var out = "MustDo · " + say(.planTitle) + " · \(today) \(words.weekdayFull(today.weekday))\n"

        // Yesterday.
        out += "\n" + say(.planYesterday) + " (\(yesterday) \(words.weekdayShort(yesterday.weekday)))"
        if leftovers.isEmpty {
            out += say(.planNothingLeft) + "\n"
        } else {
            out += say(.planLeftovers, ["count": String(leftovers.count)]) + "\n"
            let width = max(refWidth + 1, leftovers.map(\.ref.count).max() ?? 0)
            for l in leftovers { out += items.line(ref: l.ref, refWidth: width, l.occurrence, today: today) + "\n" }
        }
        if let review = plan.yesterdayReview {
            out += "  " + say(.planYesterdayReview) + "\n" + ItemPrinter.indented(review, 4) + "\n"
        } else {
            out += "  " + say(.planNoYesterdayReview) + "\n"
        }

        // Today.
        out += "\n" + say(.planToday, ["list": words.periodTitle(.day), "summary": p.today.words(language)]) + "\n"
        if plan.todayItems.isEmpty { out += "  " + say(.planNoDailyItems) + "\n" }
        for item in plan.todayItems { out += itemLine(item, p, today: today) + "\n" }

        // Appointments, promises, greetings and the contact cadence (only the sections that have something), each
        // cut at its most urgent lines with the count and command for the rest.
        for section in p.sections(language: language, limit: perSection) {
            out += "\n" + section.heading + "\n"
            for line in section.lines { out += PlanPrinter.indented(line.text) + "\n" }
            if let more = section.more { out += "  " + more + "\n" }
        }

        // Due soon.
        out += "\n" + say(.planDueSoon, ["days": String(lookAhead)]) + "\n"
        // Items due on their period's last day are summed up under "ending soon"; the text lists the ones due earlier (JSON has all).
        let early = plan.dueSoon.filter { o in o.occurrence.due.map { $0 < o.occurrence.period.end } ?? false }
        let atEnd = plan.dueSoon.count - early.count
        if early.isEmpty && atEnd == 0 { out += "  " + say(.listNone) + "\n" }
        for item in early { out += itemLine(item, p, today: today, kind: true) + "\n" }
        if atEnd > 0 { out += "  " + say(.planDueAtEnd, ["count": String(atEnd)]) + "\n" }

        // Ending soon.
        out += "\n" + say(.planEndingSoonHeading) + "\n"
        if plan.endingSoon.isEmpty { out += "  " + say(.listNone) + "\n" }
        for e in plan.endingSoon { out += "  " + p.ending(e, language: language) + "\n" }

        // Focus.
        out += "\n" + FocusPrinter(language: language, today: today).lines(agenda)
        if plan.focus.isEmpty { out += "  " + say(.planNoFocus) + "\n" }

        // Today's plan.
        out += "\n" + say(.planTodaysPlan) + "\n"
        out += plan.planText.isEmpty ? "  " + say(.planNotWritten) + "\n" : ItemPrinter.indented(plan.planText, 2) + "\n"
        return out
    }

    private func itemLine(_ item: Agenda.Item, _ p: PlanPresentation, today: LocalDate, kind: Bool = false) -> String {
        let o = item.occurrence
        var extras: [String] = []
        if let focus = p.focusMark(o.id) { extras.append(focus) }
        if kind { extras.append("· " + items.kindLabel(o)) }
        extras.append(items.taskNote(o, on: today))
        return items.line(ref: String(item.ref), refWidth: refWidth, o, today: today, extras: extras)
    }

    /// The plan as JSON (documented in the README).
    func json(_ plan: MorningPlan, leftovers: [(ref: String, occurrence: Occurrence)]) -> String {
        let today = plan.today
        let summary = PlanPresentation(plan, agenda: agenda).today
        let item: (Agenda.Item) -> String = { ItemPrinter.json($0.occurrence, ref: String($0.ref), today: today, focus: agenda.focus.contains($0.occurrence.id)) }
        let ending = plan.endingSoon.map { e in
            JSONWriter.object([
                ("kind", JSONWriter.quote(e.period.kind.rawValue)), ("key", JSONWriter.quote(e.period.key)),
                ("start", JSONWriter.quote(e.period.start.description)), ("end", JSONWriter.quote(e.period.end.description)),
                ("days_left", String(e.period.daysLeft(from: today))), ("open", String(e.open)), ("total", String(e.total)),
            ])
        }
        return JSONWriter.object([
            ("date", JSONWriter.quote(today.description)),
            ("yesterday", JSONWriter.object([
                ("date", JSONWriter.quote(today.adding(days: -1).description)),
                ("leftovers", JSONWriter.array(leftovers.map { ItemPrinter.json($0.occurrence, ref: JSONWriter.quote($0.ref), today: today) })),
                ("review", JSONWriter.value(plan.yesterdayReview)),
            ])),
            ("today", JSONWriter.array(plan.todayItems.map(item))),
            ("today_summary", JSONWriter.object([("done", String(summary.done)), ("skipped", String(summary.skipped)), ("missed", String(summary.missed)),
                                                 ("total", String(summary.total)), ("percent", JSONWriter.value(summary.percent))])),
            ("due_soon", JSONWriter.array(plan.dueSoon.map(item))),
            ("ending_soon", JSONWriter.array(ending)),
            ("focus", JSONWriter.array(plan.focus.map(item))),
            ("appointments_today", JSONWriter.array(plan.commitments.appointmentsToday.map(VisitRows.json))),
            ("appointments_to_tell", JSONWriter.array(plan.commitments.toTell.map(VisitRows.json))),
            ("promises_due", JSONWriter.array(plan.commitments.promisesDue.map { VisitRows.json($0) })),
            ("commitments_to_follow", JSONWriter.array(plan.commitments.commitmentsToFollow.map { VisitRows.json($0) })),
            ("progress_checks", JSONWriter.array(plan.commitments.progressChecks.map { VisitRows.json($0) })),
            ("greetings", JSONWriter.array(plan.greetings.map(GreetingPrinter(language: language).item))),
            ("greet_days_ahead", String(plan.greetDays)),
            ("losing_touch", JSONWriter.array(plan.cadence.losingTouch.map(CadencePrinter.json))),
            ("no_next_step", JSONWriter.array(plan.cadence.noNextStep.map(CadencePrinter.json))),
            ("plan", JSONWriter.quote(plan.planText)),
            ("look_ahead_days", String(lookAhead)),
        ])
    }
}
