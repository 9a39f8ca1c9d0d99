import MustDoCore
import TerminalUI

/// Formats a week review as console text (the grid and its sections), a Markdown report for a manager, and JSON for scripts, from the same `WeekReviewPresentation` the week screen draws.
struct WeekReviewPrinter {
    let language: Language
    var words: Vocabulary { Vocabulary(language) }
    var items: ItemPrinter { ItemPrinter(language: language) }

    /// The widest a routine title may be in the grid before it is cut with `…`.
    static let maxTitleWidth = 44
    /// Columns per day in the grid: one space and five for the content.
    static let cellWidth = 6

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }
    private func present(_ r: WeekReview) -> WeekReviewPresentation { WeekReviewPresentation(r, marks: AgendaPrinter.marks) }

    /// `Week 48 (2026-W48) · 2026-11-23 – 2026-11-29`.
    func weekTitle(_ p: Period) -> String { words.periodName(p) + " · " + words.range(p) }

    private func cell(_ s: String) -> String { " " + Text.center(s, toWidth: WeekReviewPrinter.cellWidth - 1) }
    private func rightCell(_ s: String) -> String { " " + Text.padLeft(s, toWidth: WeekReviewPrinter.cellWidth - 2) + " " }

    private func titleWidth(_ r: WeekReview) -> Int {
        let titles = r.rows.map(\.title) + r.counts.filter { $0.period.kind == .day }.map(\.title)
        let labels = [say(.weekDoneRow), say(.weekLastWeekRow), words.periodTitle(.day)]
        return min(WeekReviewPrinter.maxTitleWidth, (titles + labels).map(DisplayWidth.of).max() ?? 0)
    }

    private func doneNote(_ o: Occurrence) -> String {
        guard o.state == .done, let t = o.doneAt, let d = LocalDate(parsing: t.prefix(10)) else { return "" }
        return say(.itemDoneOn, ["date": ItemPrinter.short(d)])
    }

    private func plainLine(_ o: Occurrence, today: LocalDate, prefix: String = "", extras: [String] = []) -> String {
        var line = "  " + AgendaPrinter.mark(o.state) + " " + prefix + o.title
        if let t = o.target { line += "  (\(o.progress)/\(t))" }
        if let d = o.due, d != o.period.end { line += "  " + words.due(d) }
        if o.isOverdue(on: today) { line += " " + words.overdueFlag }
        if o.state == .skipped, let reason = o.skipReason { line += "  — " + reason }
        for e in extras where !e.isEmpty { line += "  " + e }
        return line
    }

    private var none: String { "  " + say(.listNone) }

    // MARK: - Text

    /// The console review: header, grid with streaks, percentages, then the week's items, counts, tasks, journal and next week's plan.
    func text(_ r: WeekReview) -> String {
        let p = present(r)
        let tw = titleWidth(r)
        var out = "MustDo · " + say(.weekReviewTitle) + " · " + weekTitle(r.week) + "\n"
        out += say(.weekAsOf, ["date": r.today.description, "weekday": words.weekdayFull(r.today.weekday)]) + "\n\n"

        // The grid.
        let streakHeader = Text.padLeft(say(.weekStreakHeader), toWidth: 8) + Text.padLeft(say(.weekBestHeader), toWidth: 6)
        out += Text.pad(words.periodTitle(.day), toWidth: tw + 2) + r.days.map { cell(words.weekdayShort($0.weekday)) }.joined() + streakHeader + "\n"
        out += String(repeating: " ", count: tw + 2) + r.days.map { cell(ItemPrinter.short($0)) }.joined() + "\n"
        if r.rows.isEmpty { out += "  " + say(.weekNoDailyRoutines) + "\n" }
        for row in r.rows {
            var line = "  " + Text.fit(row.title, toWidth: tw) + p.cells(row).map(cell).joined()
            line += Text.padLeft(String(row.currentStreak), toWidth: 8) + Text.padLeft(String(row.longestStreak), toWidth: 6)
            if row.missedCount >= 3 { line += "  " + say(.weekMissedTimes, ["count": String(row.missedCount)]) }
            out += line + "\n"
        }
        out += "  " + Text.pad(say(.weekDoneRow), toWidth: tw) + r.dayPercent.map { rightCell($0.map { "\($0)%" } ?? "") }.joined() + "\n"
        out += "  " + Text.pad(say(.weekLastWeekRow), toWidth: tw) + r.previousDayPercent.map { rightCell($0.map { "\($0)%" } ?? "") }.joined() + "\n"
        var total = say(.weekTotalLine, ["percent": p.weekPercentText, "key": r.previousWeek.key, "previous": p.previousWeekPercentText])
        if let c = p.change(language) { total += " · " + c }
        out += "\n" + total + "\n"
        if !r.struggling.isEmpty {
            // Name up to three; the grid marks every one with ←.
            let shown = r.struggling.prefix(3).map { "\($0.title) (\($0.missedCount))" }.joined(separator: say(.listSeparator))
            let more = r.struggling.count - min(3, r.struggling.count)
            out += (more > 0 ? say(.weekStrugglingMore, ["list": shown, "count": String(more)]) : say(.weekStruggling, ["list": shown])) + "\n"
        }

        // The week's work with customers.
        if let a = r.activity {
            out += "\n" + CustomerActivityPresentation(a, language: language, marks: AgendaPrinter.marks).section
                .textLines(width: DisplayWidth.of, marks: AgendaPrinter.marks).joined(separator: "\n") + "\n"
        }

        // Weekly items.
        out += "\n" + words.periodTitle(.week) + "  " + r.week.key + " · " + p.weekly.words(language) + "\n"
        if r.weeklyItems.isEmpty { out += none + "\n" }
        for o in r.weeklyItems { out += plainLine(o, today: r.today, extras: [doneNote(o)]) + "\n" }

        // Longer periods.
        out += "\n" + say(.weekLongerHeading) + "\n"
        if r.longerDone.isEmpty { out += none + "\n" }
        for o in r.longerDone {
            out += plainLine(o, today: r.today, prefix: words.periodTitle(o.period.kind) + " · ", extras: [doneNote(o)]) + "\n"
        }

        // Counts.
        out += "\n" + say(.weekCountsHeading) + "\n"
        if r.counts.isEmpty { out += none + "\n" }
        var dailyCounts: [String: [LocalDate: Occurrence]] = [:]
        var dailyOrder: [String] = []
        for o in r.counts where o.period.kind == .day {
            if dailyCounts[o.routineID] == nil { dailyOrder.append(o.routineID) }
            dailyCounts[o.routineID, default: [:]][o.period.start] = o
        }
        for rid in dailyOrder {
            let byDay = dailyCounts[rid]!
            let title = byDay.values.max { $0.period.start < $1.period.start }!.title
            out += "  " + Text.fit(title, toWidth: tw) + r.days.map { d in cell(byDay[d].map { "\($0.progress)/\($0.target ?? 0)" } ?? "") }.joined() + "\n"
        }
        for o in r.counts where o.period.kind != .day {
            out += plainLine(o, today: r.today, prefix: words.periodTitle(o.period.kind) + " · ") + "\n"
        }

        // One-off tasks.
        out += "\n" + say(.weekTasksHeading) + "\n"
        if r.tasks.isEmpty { out += none + "\n" }
        for o in r.tasks {
            let added = say(.itemAddedOn, ["date": ItemPrinter.short(o.period.start)])
            out += plainLine(o, today: r.today, extras: [added, doneNote(o)]) + "\n"
        }

        // Journal.
        out += "\n" + say(.weekJournalHeading) + "\n"
        if r.journal.isEmpty { out += "  " + say(.weekNoJournal) + "\n" }
        for e in r.journal {
            let label = LocalDate(parsing: e.key).map(items.dayLabel) ?? e.key
            out += "  " + label + "\n"
            out += JournalPrinter(language: language).parts(e, indent: 4)
        }

        // Next week.
        let next = r.week.next(settings: CalendarSettings(weekStart: r.week.start.weekday))
        out += "\n" + say(.weekNextPlanHeading) + " (\(next.key))\n"
        if let plan = r.nextWeekPlan {
            out += ItemPrinter.indented(plan, 2) + "\n"
        } else {
            out += "  " + say(.weekNextPlanMissing, ["key": next.key]) + "\n"
        }
        return ItemPrinter.trimmingLineEnds(out)
    }

    // MARK: - Markdown

    /// A report to paste into a message to a manager (汇报工作): headline numbers, what was missed, the journal, next week's plan.
    func markdown(_ r: WeekReview) -> String {
        let p = present(r)
        var out = "# " + say(.mdTitle, ["title": weekTitle(r.week)]) + "\n\n"
        // Headline numbers.
        let change = p.change(language).map { say(.mdChange, ["change": $0]) } ?? ""
        out += say(.mdDaily, ["percent": p.weekPercentText, "previous": p.previousWeekPercentText, "change": change]) + "\n"
        out += say(.mdWeekly, ["summary": p.weekly.words(language)]) + "\n"
        if !r.tasks.isEmpty { out += say(.mdTasks, ["summary": p.tasks.words(language)]) + "\n" }
        out += say(.mdLonger, ["count": String(r.longerDone.count)]) + "\n"
        if let streak = p.topStreakWords(language) { out += say(.mdStreak, ["streak": streak]) + "\n" }

        // The week's work with customers.
        if let a = r.activity {
            out += "\n" + CustomerActivityPresentation(a, language: language, marks: AgendaPrinter.marks).section.markdown()
            out.removeLast()
        }

        // Day by day.
        out += "\n## " + say(.mdDayByDay) + "\n\n"
        out += "| | " + r.days.map(items.dayLabel).joined(separator: " | ") + " | " + say(.mdWeekColumn) + " |\n"
        out += "|---|" + String(repeating: "---:|", count: r.days.count + 1) + "\n"
        let pct: ([Int?], Int?) -> String = { days, week in
            days.map(p.percent).joined(separator: " | ") + " | " + p.percent(week) + " |\n"
        }
        out += "| " + say(.mdThisWeek) + " | " + pct(r.dayPercent, r.weekPercent)
        out += "| " + say(.weekLastWeekRow) + " | " + pct(r.previousDayPercent, r.previousWeekPercent)

        // Missed.
        out += "\n## " + say(.mdMissedHeading) + "\n\n"
        var missed: [String] = []
        // Most missed first; ties keep the grid's order.
        let rows = r.rows.enumerated().filter { $0.element.missedCount > 0 }
            .sorted { ($1.element.missedCount, $0.offset) < ($0.element.missedCount, $1.offset) }.map(\.element)
        for row in rows {
            let days = zip(r.days, row.marks).filter { $0.1 == .missed }.map { words.weekdayShort($0.0.weekday) }
            let count = say(row.missedCount == 1 ? .weekOneDay : .weekDays, ["count": String(row.missedCount)])
            missed.append(say(.mdMissedRow, ["title": row.title, "days": count, "list": days.joined(separator: say(.mdListSeparator))]))
        }
        for o in r.weeklyItems where o.state == .missed {
            missed.append(say(.mdKindItem, ["kind": words.periodTitle(.week), "title": o.title]))
        }
        out += missed.isEmpty ? say(.mdNothingMissed) + "\n" : missed.joined(separator: "\n") + "\n"
        let open = r.weeklyItems.filter { $0.state == .open } + r.tasks.filter { $0.state == .open }
        if !open.isEmpty {
            out += "\n" + say(.mdStillOpen) + "\n\n"
            for o in open {
                var line = say(.mdKindItem, ["kind": items.kindLabel(o), "title": o.title])
                if let d = o.due, d != o.period.end { line += say(.mdDueSuffix, ["date": ItemPrinter.short(d)]) }
                out += line + "\n"
            }
        }

        // Longer periods.
        if !r.longerDone.isEmpty {
            out += "\n## " + say(.mdLongerHeading) + "\n\n"
            for o in r.longerDone { out += say(.mdKindItem, ["kind": words.periodTitle(o.period.kind), "title": o.title]) + "\n" }
        }

        // Journal.
        out += "\n## " + say(.weekJournalHeading) + "\n"
        if r.journal.isEmpty { out += "\n" + say(.mdNoJournal) + "\n" }
        for e in r.journal {
            out += "\n### " + (LocalDate(parsing: e.key).map(items.dayLabel) ?? e.key) + "\n\n"
            for (label, text) in [(words.journalPlan, e.plan), (words.journalReview, e.review)] where !text.isEmpty {
                let body = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
                // `**计划**:` keeps the closing `**` after a letter, so CommonMark closes it before CJK text.
                out += say(.mdJournalLine, ["label": label, "text": body]) + "\n"
            }
        }

        // Next week.
        out += "\n## " + say(.weekNextPlanHeading) + "\n\n"
        out += (r.nextWeekPlan ?? say(.mdNotWritten)) + "\n"
        return out
    }

    // MARK: - JSON

    /// The review as JSON (documented in the README).
    func json(_ r: WeekReview) -> String {
        let rows = r.rows.map { row in
            JSONWriter.object([
                ("routine", JSONWriter.quote(row.routineID)),
                ("title", JSONWriter.quote(row.title)),
                ("marks", JSONWriter.array(row.marks.map { $0 == .none ? "null" : JSONWriter.quote($0.rawValue) })),
                ("current_streak", String(row.currentStreak)),
                ("longest_streak", String(row.longestStreak)),
                ("missed", String(row.missedCount)),
            ])
        }
        let list: ([Occurrence]) -> String = { JSONWriter.array($0.map { ItemPrinter.json($0, ref: "null", today: r.today) }) }
        let summary: (PaneSummary) -> String = { s in
            JSONWriter.object([("done", String(s.done)), ("skipped", String(s.skipped)), ("missed", String(s.missed)),
                               ("total", String(s.total)), ("percent", JSONWriter.value(s.percent))])
        }
        let percents: ([Int?]) -> String = { JSONWriter.array($0.map { JSONWriter.value($0) }) }
        let presentation = WeekReviewPresentation(r)
        let change = JSONWriter.value(presentation.changePoints)
        let next = r.week.next(settings: CalendarSettings(weekStart: r.week.start.weekday))
        return JSONWriter.object([
            ("week", ItemPrinter.json(r.week)),
            ("previous_week", ItemPrinter.json(r.previousWeek)),
            ("today", JSONWriter.quote(r.today.description)),
            ("days", JSONWriter.array(r.days.map { JSONWriter.quote($0.description) })),
            ("rows", JSONWriter.array(rows)),
            ("day_percent", percents(r.dayPercent)),
            ("week_percent", JSONWriter.value(r.weekPercent)),
            ("previous_day_percent", percents(r.previousDayPercent)),
            ("previous_week_percent", JSONWriter.value(r.previousWeekPercent)),
            ("change_points", change),
            ("struggling", JSONWriter.array(r.struggling.map { JSONWriter.quote($0.routineID) })),
            ("weekly_summary", summary(presentation.weekly)),
            ("weekly", list(r.weeklyItems)),
            ("longer_done", list(r.longerDone)),
            ("counts", list(r.counts)),
            ("tasks_summary", summary(presentation.tasks)),
            ("tasks", list(r.tasks)),
            ("journal", JSONWriter.array(r.journal.map(ItemPrinter.json))),
            ("next_week", JSONWriter.object([("key", JSONWriter.quote(next.key)), ("plan", JSONWriter.value(r.nextWeekPlan))])),
            ("activity", r.activity.map(PeriodReviewPrinter.json) ?? "null"),
        ])
    }
}
