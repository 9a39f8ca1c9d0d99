import MustDoCore
import TerminalUI

/// Formats a week review as console text (the grid and its sections), a Markdown report for a manager, and JSON for scripts.
struct WeekReviewPrinter {
    let language: Language
    var words: Vocabulary { Vocabulary(language) }
    var items: ItemPrinter { ItemPrinter(language: language) }
    var zh: Bool { language == .zh }

    /// The widest a routine title may be in the grid before it is cut with `…`.
    static let maxTitleWidth = 44
    /// Columns per day in the grid: one space and five for the content.
    static let cellWidth = 6

    /// The grid mark of a cell: ✓ done, ✗ missed, - skipped, · open, blank when not scheduled.
    static func glyph(_ m: WeekReview.Mark) -> String {
        switch m {
        case .done: return "✓"
        case .missed: return "✗"
        case .skipped: return "-"
        case .open: return "·"
        case .none: return " "
        }
    }

    /// `62%`, or `–` when nothing was scheduled.
    static func percent(_ p: Int?) -> String { p.map { "\($0)%" } ?? "–" }

    /// The change between two totals: `+4 pts` / `+4 个百分点`, `no change` / `持平`, or nil when either is missing.
    func change(_ now: Int?, _ before: Int?) -> String? {
        guard let now, let before else { return nil }
        let d = now - before
        if d == 0 { return zh ? "持平" : "no change" }
        let sign = d > 0 ? "+" : "−"
        return zh ? "\(sign)\(abs(d)) 个百分点" : "\(sign)\(abs(d)) pts"
    }

    /// `Week 48 (2026-W48) · 2026-11-23 – 2026-11-29`.
    func weekTitle(_ p: Period) -> String { words.periodName(p) + " · " + words.range(p) }

    private func cell(_ s: String) -> String { " " + Text.center(s, toWidth: WeekReviewPrinter.cellWidth - 1) }
    private func rightCell(_ s: String) -> String { " " + Text.padLeft(s, toWidth: WeekReviewPrinter.cellWidth - 2) + " " }

    private func titleWidth(_ r: WeekReview) -> Int {
        let titles = r.rows.map(\.title) + r.counts.filter { $0.period.kind == .day }.map(\.title)
        let labels = [zh ? "完成率" : "Done", zh ? "上周" : "Last week", words.periodTitle(.day)]
        return min(WeekReviewPrinter.maxTitleWidth, (titles + labels).map(DisplayWidth.of).max() ?? 0)
    }

    private func doneNote(_ o: Occurrence) -> String {
        guard o.state == .done, let t = o.doneAt, let d = LocalDate(parsing: t.prefix(10)) else { return "" }
        return zh ? "完成于 \(ItemPrinter.short(d))" : "done \(ItemPrinter.short(d))"
    }

    private func plainLine(_ o: Occurrence, today: LocalDate, prefix: String = "", extras: [String] = []) -> String {
        var line = "  " + AgendaPrinter.mark(o.state) + " " + prefix + o.title
        if let t = o.target { line += "  (\(o.progress)/\(t))" }
        if let d = o.due, d != o.period.end { line += "  " + words.due(d) }
        if o.isOverdue(on: today) { line += " " + (zh ? "【\(words.overdue)】" : "[\(words.overdue)]") }
        if o.state == .skipped, let reason = o.skipReason { line += "  — " + reason }
        for e in extras where !e.isEmpty { line += "  " + e }
        return line
    }

    private var none: String { zh ? "  (无)" : "  (none)" }

    // MARK: - Text

    /// The console review: header, grid with streaks, percentages, then the week's items, counts, tasks, journal and next week's plan.
    func text(_ r: WeekReview) -> String {
        let tw = titleWidth(r)
        var out = "MustDo · " + (zh ? "周回顾" : "Week review") + " · " + weekTitle(r.week) + "\n"
        out += (zh ? "截至 " : "As of ") + "\(r.today) \(words.weekdayFull(r.today.weekday))\n\n"

        // The grid.
        let streakHeader = Text.padLeft(zh ? "连续" : "streak", toWidth: 8) + Text.padLeft(zh ? "最长" : "best", toWidth: 6)
        out += Text.pad(words.periodTitle(.day), toWidth: tw + 2) + r.days.map { cell(words.weekdayShort($0.weekday)) }.joined() + streakHeader + "\n"
        out += String(repeating: " ", count: tw + 2) + r.days.map { cell(ItemPrinter.short($0)) }.joined() + "\n"
        if r.rows.isEmpty { out += zh ? "  (这一周没有每日事项)\n" : "  (no daily routines this week)\n" }
        for row in r.rows {
            var line = "  " + Text.fit(row.title, toWidth: tw) + row.marks.map { cell(WeekReviewPrinter.glyph($0)) }.joined()
            line += Text.padLeft(String(row.currentStreak), toWidth: 8) + Text.padLeft(String(row.longestStreak), toWidth: 6)
            if row.missedCount >= 3 { line += zh ? "  ← 本周错过 \(row.missedCount) 次" : "  ← missed \(row.missedCount)×" }
            out += line + "\n"
        }
        out += "  " + Text.pad(zh ? "完成率" : "Done", toWidth: tw) + r.dayPercent.map { rightCell($0.map { "\($0)%" } ?? "") }.joined() + "\n"
        out += "  " + Text.pad(zh ? "上周" : "Last week", toWidth: tw) + r.previousDayPercent.map { rightCell($0.map { "\($0)%" } ?? "") }.joined() + "\n"
        var total = (zh ? "本周完成率 " : "This week ") + WeekReviewPrinter.percent(r.weekPercent)
        total += zh ? " · 上周 (\(r.previousWeek.key)) " : " · last week (\(r.previousWeek.key)) "
        total += WeekReviewPrinter.percent(r.previousWeekPercent)
        if let c = change(r.weekPercent, r.previousWeekPercent) { total += " · " + c }
        out += "\n" + total + "\n"
        if !r.struggling.isEmpty {
            // Name up to three; the grid marks every one with ←.
            let shown = r.struggling.prefix(3).map { "\($0.title) (\($0.missedCount))" }.joined(separator: zh ? "、" : "; ")
            let more = r.struggling.count - min(3, r.struggling.count)
            out += (zh ? "本周错过三次或以上:" : "Missed three or more times this week: ") + shown
            if more > 0 { out += zh ? ",另有 \(more) 项(表中标 ←)" : "; and \(more) more (marked ← above)" }
            out += zh ? "。\n" : ".\n"
        }

        // Weekly items.
        let weeklyDone = r.weeklyItems.filter { $0.state == .done }.count
        out += "\n" + words.periodTitle(.week) + "  " + r.week.key + " · " + words.doneOf(weeklyDone, r.weeklyItems.count) + "\n"
        if r.weeklyItems.isEmpty { out += none + "\n" }
        for o in r.weeklyItems { out += plainLine(o, today: r.today, extras: [doneNote(o)]) + "\n" }

        // Longer periods.
        out += "\n" + (zh ? "本周完成的长期事项" : "Done this week in longer periods") + "\n"
        if r.longerDone.isEmpty { out += none + "\n" }
        for o in r.longerDone {
            out += plainLine(o, today: r.today, prefix: words.periodTitle(o.period.kind) + " · ", extras: [doneNote(o)]) + "\n"
        }

        // Counts.
        out += "\n" + (zh ? "计数事项" : "Counts") + "\n"
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
        out += "\n" + (zh ? "临时任务" : "One-off tasks") + "\n"
        if r.tasks.isEmpty { out += none + "\n" }
        for o in r.tasks {
            let added = zh ? "添加于 \(ItemPrinter.short(o.period.start))" : "added \(ItemPrinter.short(o.period.start))"
            out += plainLine(o, today: r.today, extras: [added, doneNote(o)]) + "\n"
        }

        // Journal.
        out += "\n" + (zh ? "工作日志" : "Journal") + "\n"
        if r.journal.isEmpty { out += zh ? "  (本周还没有写日志)\n" : "  (nothing written this week)\n" }
        for e in r.journal {
            let label = LocalDate(parsing: e.key).map(items.dayLabel) ?? e.key
            out += "  " + label + "\n"
            out += JournalPrinter(language: language).parts(e, indent: 4)
        }

        // Next week.
        let next = r.week.next(settings: CalendarSettings(weekStart: r.week.start.weekday))
        out += "\n" + (zh ? "下周计划" : "Next week's plan") + " (\(next.key))\n"
        if let plan = r.nextWeekPlan {
            out += ItemPrinter.indented(plan, 2) + "\n"
        } else {
            out += zh ? "  (还没有写:mustdo journal --week \(next.key) --plan 文字)\n"
                      : "  (not written yet: mustdo journal --week \(next.key) --plan TEXT)\n"
        }
        return ItemPrinter.trimmingLineEnds(out)
    }

    // MARK: - Markdown

    /// A report to paste into a message to a manager (汇报工作): headline numbers, what was missed, the journal, next week's plan.
    func markdown(_ r: WeekReview) -> String {
        var out = "# " + (zh ? "工作周报:" : "Weekly report: ") + weekTitle(r.week) + "\n\n"
        // Headline numbers.
        var daily = zh ? "- 每日必做完成率:**\(WeekReviewPrinter.percent(r.weekPercent))**" : "- Daily routines: **\(WeekReviewPrinter.percent(r.weekPercent))** done"
        daily += zh ? "(上周 \(WeekReviewPrinter.percent(r.previousWeekPercent))" : " (last week \(WeekReviewPrinter.percent(r.previousWeekPercent))"
        if let c = change(r.weekPercent, r.previousWeekPercent) { daily += zh ? ",\(c)" : ", \(c)" }
        out += daily + (zh ? ")\n" : ")\n")
        let weeklyDone = r.weeklyItems.filter { $0.state == .done }.count
        let weeklySkipped = r.weeklyItems.filter { $0.state == .skipped }.count
        var weekly = zh ? "- 每周必做:完成 \(weeklyDone)/\(r.weeklyItems.count)" : "- Weekly items: \(weeklyDone) of \(r.weeklyItems.count) done"
        if weeklySkipped > 0 { weekly += zh ? ",跳过 \(weeklySkipped)" : ", \(weeklySkipped) skipped" }
        out += weekly + "\n"
        if !r.tasks.isEmpty {
            let done = r.tasks.filter { $0.state == .done }.count
            out += zh ? "- 临时任务:完成 \(done)/\(r.tasks.count)\n" : "- One-off tasks: \(done) of \(r.tasks.count) done\n"
        }
        out += zh ? "- 本周完成的长期事项:\(r.longerDone.count) 项\n" : "- Items of longer periods done this week: \(r.longerDone.count)\n"
        if let best = r.rows.filter({ $0.currentStreak > 0 }).max(by: { ($0.currentStreak, $1.title) < ($1.currentStreak, $0.title) }) {
            out += zh ? "- 最长的连续完成:\(best.title)(\(best.currentStreak) 天)\n" : "- Longest current streak: \(best.title) (\(best.currentStreak) days)\n"
        }

        // Day by day.
        out += "\n## " + (zh ? "每日完成率" : "Day by day") + "\n\n"
        out += "| | " + r.days.map(items.dayLabel).joined(separator: " | ") + " | " + (zh ? "全周" : "Week") + " |\n"
        out += "|---|" + String(repeating: "---:|", count: r.days.count + 1) + "\n"
        let pct: ([Int?], Int?) -> String = { days, week in
            days.map(WeekReviewPrinter.percent).joined(separator: " | ") + " | " + WeekReviewPrinter.percent(week) + " |\n"
        }
        out += "| " + (zh ? "本周" : "This week") + " | " + pct(r.dayPercent, r.weekPercent)
        out += "| " + (zh ? "上周" : "Last week") + " | " + pct(r.previousDayPercent, r.previousWeekPercent)

        // Missed.
        out += "\n## " + (zh ? "未完成" : "Missed") + "\n\n"
        var missed: [String] = []
        // Most missed first; ties keep the grid's order.
        let rows = r.rows.enumerated().filter { $0.element.missedCount > 0 }
            .sorted { ($1.element.missedCount, $0.offset) < ($0.element.missedCount, $1.offset) }.map(\.element)
        for row in rows {
            let days = zip(r.days, row.marks).filter { $0.1 == .missed }.map { words.weekdayShort($0.0.weekday) }
            let sep = zh ? "、" : ", "
            missed.append(zh ? "- \(row.title):错过 \(row.missedCount) 天(\(days.joined(separator: sep)))"
                             : "- \(row.title): missed \(row.missedCount) \(row.missedCount == 1 ? "day" : "days") (\(days.joined(separator: sep)))")
        }
        for o in r.weeklyItems where o.state == .missed {
            missed.append("- " + words.periodTitle(.week) + (zh ? ":" : ": ") + o.title)
        }
        out += missed.isEmpty ? (zh ? "没有错过的事项。\n" : "Nothing was missed.\n") : missed.joined(separator: "\n") + "\n"
        let open = r.weeklyItems.filter { $0.state == .open } + r.tasks.filter { $0.state == .open }
        if !open.isEmpty {
            out += "\n" + (zh ? "尚未完成:" : "Still open:") + "\n\n"
            for o in open {
                var line = "- " + items.kindLabel(o) + (zh ? ":" : ": ") + o.title
                if let d = o.due, d != o.period.end { line += zh ? "(截止 \(ItemPrinter.short(d)))" : " (due \(ItemPrinter.short(d)))" }
                out += line + "\n"
            }
        }

        // Longer periods.
        if !r.longerDone.isEmpty {
            out += "\n## " + (zh ? "本周完成的长期事项" : "Done in longer periods") + "\n\n"
            for o in r.longerDone { out += "- " + words.periodTitle(o.period.kind) + (zh ? ":" : ": ") + o.title + "\n" }
        }

        // Journal.
        out += "\n## " + (zh ? "工作日志" : "Journal") + "\n"
        if r.journal.isEmpty { out += "\n" + (zh ? "本周没有日志。" : "No journal entries this week.") + "\n" }
        for e in r.journal {
            out += "\n### " + (LocalDate(parsing: e.key).map(items.dayLabel) ?? e.key) + "\n\n"
            for (label, text) in [(zh ? "计划" : "Plan", e.plan), (zh ? "复盘" : "Review", e.review)] where !text.isEmpty {
                let body = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
                // `**计划**:` keeps the closing `**` after a letter, so CommonMark closes it before CJK text.
                out += "- **" + label + (zh ? "**:" : ":** ") + body + "\n"
            }
        }

        // Next week.
        out += "\n## " + (zh ? "下周计划" : "Next week's plan") + "\n\n"
        out += (r.nextWeekPlan ?? (zh ? "_(尚未填写)_" : "_(not written yet)_")) + "\n"
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
        let percents: ([Int?]) -> String = { JSONWriter.array($0.map { JSONWriter.value($0) }) }
        let change = (r.weekPercent != nil && r.previousWeekPercent != nil) ? String(r.weekPercent! - r.previousWeekPercent!) : "null"
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
            ("weekly", list(r.weeklyItems)),
            ("longer_done", list(r.longerDone)),
            ("counts", list(r.counts)),
            ("tasks", list(r.tasks)),
            ("journal", JSONWriter.array(r.journal.map(ItemPrinter.json))),
            ("next_week", JSONWriter.object([("key", JSONWriter.quote(next.key)), ("plan", JSONWriter.value(r.nextWeekPlan))])),
        ])
    }
}
