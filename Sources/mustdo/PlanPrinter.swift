import MustDoCore

/// Formats morning planning for the console (text) and for scripts (JSON).
struct PlanPrinter {
    let language: Language
    /// Days ahead that count as "soon".
    let lookAhead: Int
    /// Today's agenda (for ref widths and the focus flags).
    let agenda: Agenda
    var words: Vocabulary { Vocabulary(language) }
    var items: ItemPrinter { ItemPrinter(language: language) }
    var zh: Bool { language == .zh }

    private var refWidth: Int { String(agenda.sections.flatMap(\.items).map(\.ref).max() ?? 0).count }

    /// "Weekly 2026-W48 — 4 days left, 14 of 19 open".
    func ending(_ e: (period: Period, open: Int, total: Int), today: LocalDate) -> String {
        let left = words.daysLeft(e.period.daysLeft(from: today))
        return zh ? "\(words.periodTitle(e.period.kind)) \(e.period.key) — \(left),\(e.total) 项中 \(e.open) 项未完成"
                  : "\(words.periodTitle(e.period.kind)) \(e.period.key) — \(left), \(e.open) of \(e.total) open"
    }

    /// The planning sheet: yesterday, today (focus first), due soon, ending soon, focus, today's plan.
    func text(_ plan: MorningPlan, leftovers: [(ref: String, occurrence: Occurrence)]) -> String {
        let today = plan.today
        let yesterday = today.adding(days: -1)
        var out = "MustDo · " + (zh ? "晨间计划" : "Morning plan") + " · \(today) \(words.weekdayFull(today.weekday))\n"

        // Yesterday.
        out += "\n" + (zh ? "昨天" : "Yesterday") + " (\(yesterday) \(words.weekdayShort(yesterday.weekday)))"
        if leftovers.isEmpty {
            out += zh ? " — 没有遗留的事项\n" : " — nothing left open\n"
        } else {
            out += zh ? " — \(leftovers.count) 项没做完;用 mustdo add --carry y编号 转为今天的临时任务\n"
                      : " — \(leftovers.count) left open; copy one to today with mustdo add --carry yN\n"
            let width = max(refWidth + 1, leftovers.map(\.ref.count).max() ?? 0)
            for l in leftovers { out += items.line(ref: l.ref, refWidth: width, l.occurrence, today: today) + "\n" }
        }
        if let review = plan.yesterdayReview {
            out += "  " + (zh ? "昨晚的复盘:" : "Evening review:") + "\n" + ItemPrinter.indented(review, 4) + "\n"
        } else {
            out += zh ? "  (昨晚没有写复盘)\n" : "  (no evening review written)\n"
        }

        // Today.
        let daily = agenda.section(.day)
        out += "\n" + (zh ? "今天" : "Today") + " (" + words.periodTitle(.day) + " · "
            + words.doneOf(daily?.doneCount ?? 0, daily?.items.count ?? 0) + ")\n"
        if plan.todayItems.isEmpty { out += zh ? "  (今天没有每日事项)\n" : "  (no daily items today)\n" }
        for item in plan.todayItems { out += itemLine(item, today: today) + "\n" }

        // Due soon.
        out += "\n" + (zh ? "近期截止(\(lookAhead) 天内)" : "Due soon (next \(lookAhead) days)") + "\n"
        // Items due on their period's last day are summed up under "ending soon"; the text lists the ones due earlier (JSON has all).
        let early = plan.dueSoon.filter { o in o.occurrence.due.map { $0 < o.occurrence.period.end } ?? false }
        let atEnd = plan.dueSoon.count - early.count
        if early.isEmpty && atEnd == 0 { out += zh ? "  (无)\n" : "  (none)\n" }
        for item in early { out += itemLine(item, today: today, kind: true) + "\n" }
        if atEnd > 0 {
            out += zh ? "  另有 \(atEnd) 项在所属周期的最后一天到期(见下面的“即将结束的周期”)\n"
                      : "  and \(atEnd) more due on the last day of their period (see Periods ending soon)\n"
        }

        // Ending soon.
        out += "\n" + (zh ? "即将结束的周期" : "Periods ending soon") + "\n"
        if plan.endingSoon.isEmpty { out += zh ? "  (无)\n" : "  (none)\n" }
        for e in plan.endingSoon { out += "  " + ending(e, today: today) + "\n" }

        // Focus.
        out += "\n" + FocusPrinter(language: language, today: today).lines(agenda)
        if plan.focus.isEmpty { out += zh ? "  (还没有:mustdo focus 编号)\n" : "  (none yet: mustdo focus REF)\n" }

        // Today's plan.
        out += "\n" + (zh ? "今天的计划" : "Today's plan") + "\n"
        out += plan.planText.isEmpty ? (zh ? "  (还没有写:mustdo journal --plan 文字)\n" : "  (not written yet: mustdo journal --plan TEXT)\n")
                                     : ItemPrinter.indented(plan.planText, 2) + "\n"
        return out
    }

    private func itemLine(_ item: Agenda.Item, today: LocalDate, kind: Bool = false) -> String {
        let o = item.occurrence
        var extras: [String] = []
        if agenda.focus.contains(o.id) { extras.append("★") }
        if kind { extras.append("· " + items.kindLabel(o)) }
        extras.append(items.taskNote(o, on: today))
        return items.line(ref: String(item.ref), refWidth: refWidth, o, today: today, extras: extras)
    }

    /// The plan as JSON (documented in the README).
    func json(_ plan: MorningPlan, leftovers: [(ref: String, occurrence: Occurrence)]) -> String {
        let today = plan.today
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
            ("due_soon", JSONWriter.array(plan.dueSoon.map(item))),
            ("ending_soon", JSONWriter.array(ending)),
            ("focus", JSONWriter.array(plan.focus.map(item))),
            ("plan", JSONWriter.quote(plan.planText)),
            ("look_ahead_days", String(lookAhead)),
        ])
    }
}
