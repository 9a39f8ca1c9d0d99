import MustDoCore
import TerminalUI

/// The full-screen week review: the daily grid with completion by day and streaks, and beside or below it the week's other items and journal.
public struct WeekScreen: ScreenContext {
    /// The state (review data, cursor).
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// The key tables (footer).
    public let keys: KeyTables
    /// The review's model.
    public let view: WeekView

    /// Creates the screen.
    public init(state: AppState, theme: Theme, keys: KeyTables, view: WeekView) {
        self.state = state
        self.theme = theme
        self.keys = keys
        self.view = view
    }



    /// The grid mark of a cell.
    func mark(_ m: WeekReview.Mark) -> String {
        switch m {
        case .done: return state.ascii ? "x" : "✓"
        case .missed: return state.ascii ? "!" : "✗"
        case .skipped: return "-"
        case .open: return "."
        case .none: return " "
        }
    }

    func style(_ m: WeekReview.Mark) -> Style {
        switch m {
        case .done: return theme.style(.itemDone)
        case .missed: return theme.style(.itemMissed)
        case .skipped: return theme.style(.itemSkipped)
        case .open: return theme.style(.itemOpen)
        case .none: return theme.style(.dim)
        }
    }

    static func percent(_ p: Int?) -> String { p.map { "\($0)%" } ?? "–" }

    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            return HomeScreen(state: state, theme: theme, keys: keys).render()
        }
        let shown = view.shown
        // Header.
        let header = Rect(x: 0, y: 0, width: w, height: 1)
        buf.fill(header, style: theme.style(.header))
        var title = " " + state.text(.weekTitle) + " " + shown.key + " " + glyphs.separator + " " + words.range(shown)
        if let r = view.review, r.week == shown {
            title += "  " + state.text(.weekTitleDone, ["percent": WeekScreen.percent(r.weekPercent), "previous": WeekScreen.percent(r.previousWeekPercent)])
            if let a = r.weekPercent, let b = r.previousWeekPercent { title += " " + (a >= b ? "+" : "") + "\(a - b)" }
        }
        buf.putClipped(t(title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), Screen(state: state, theme: theme, keys: keys), .week)
        guard let review = view.review, review.week == shown else {
            buf.putClipped(" " + state.text(.screenLoading), x: 0, y: 2, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return buf
        }
        let body = Rect(x: 0, y: 1, width: w, height: h - 2)
        let gridWidth = min(w, max(60, w * 62 / 100))
        let (gridRect, panelRect): (Rect, Rect)
        if w >= 110 {
            (gridRect, panelRect) = (Rect(x: 0, y: body.y, width: gridWidth, height: body.height),
                                     Rect(x: gridWidth + 1, y: body.y, width: w - gridWidth - 2, height: body.height))
        } else {
            let panelHeight = min(8, body.height / 3)
            (gridRect, panelRect) = (Rect(x: 0, y: body.y, width: w, height: body.height - panelHeight),
                                     Rect(x: 1, y: body.maxY - panelHeight, width: w - 2, height: panelHeight))
        }
        drawGrid(&buf, review, gridRect)
        panel(review, width: panelRect.width).draw(into: &buf, rect: panelRect, ellipsis: glyphs.ellipsis)
        return buf
    }

    func drawGrid(_ buf: inout Buffer, _ r: WeekReview, _ rect: Rect) {
        let cell = 6, streakWidth = 9
        let titleWidth = max(8, rect.width - 1 - cell * r.days.count - streakWidth)
        let head = theme.style(.paneTitle)
        var y = rect.y
        // Column headings: weekday and date.
        buf.putClipped(" " + state.text(.weekDailyRoutine), x: rect.x, y: y, width: titleWidth, style: head, ellipsis: glyphs.ellipsis)
        for (i, d) in r.days.enumerated() {
            let isToday = d == r.today
            let s = isToday ? theme.style(.paneTitleFocused) : head
            buf.put(Text.center(words.weekdayShort(d.weekday), toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: y, style: s)
            buf.put(Text.center(String(d.description.dropFirst(5)), toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: y + 1, style: theme.style(.dim))
        }
        buf.put(Text.padLeft(state.text(.weekStreakHeading), toWidth: streakWidth), x: rect.x + 1 + titleWidth + r.days.count * cell, y: y, style: head)
        y += 2
        // Rows, scrolled so the selected one shows; three lines are kept for the percentages.
        let available = max(1, rect.maxY - y - 3)
        let top = max(0, min(view.row - available / 2, r.rows.count - available))
        for (n, row) in r.rows.enumerated().dropFirst(top).prefix(available) {
            let selectedRow = n == view.row
            let struggling = row.missedCount >= 3
            let titleStyle = struggling ? theme.style(.itemOverdue) : (selectedRow ? theme.style(.paneTitleFocused) : theme.style(.itemOpen))
            buf.putClipped(" " + t(row.title), x: rect.x, y: y, width: titleWidth, style: titleStyle, ellipsis: glyphs.ellipsis)
            for (i, m) in row.marks.enumerated() {
                var s = style(m)
                if selectedRow && i == view.column { s = theme.style(.itemSelected).merged(over: s) }
                buf.put(Text.center(mark(m), toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: y, style: s)
            }
            buf.put(Text.padLeft("\(row.currentStreak)/\(row.longestStreak)", toWidth: streakWidth), x: rect.x + 1 + titleWidth + r.days.count * cell, y: y,
                    style: theme.style(.count))
            y += 1
        }
        // Per-day completion, this week and last.
        y = max(y, rect.maxY - 3) + 0
        let rowsY = rect.maxY - 2
        for (line, (label, values, total)) in [(state.text(.weekDoneRow), r.dayPercent, r.weekPercent),
                                               (state.text(.weekLastWeekRow), r.previousDayPercent, r.previousWeekPercent)].enumerated() {
            let yy = rowsY + line
            buf.putClipped(" " + label, x: rect.x, y: yy, width: titleWidth, style: line == 0 ? head : theme.style(.dim), ellipsis: glyphs.ellipsis)
            for (i, p) in values.enumerated() {
                buf.put(Text.center(t(WeekScreen.percent(p)), toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: yy, style: line == 0 ? head : theme.style(.dim))
            }
            buf.put(Text.padLeft(t(WeekScreen.percent(total)), toWidth: streakWidth), x: rect.x + 1 + titleWidth + values.count * cell, y: yy, style: head)
        }
    }

    func panel(_ r: WeekReview, width: Int) -> DocumentView {
        var doc = DocumentView()
        let head = theme.style(.paneTitleFocused), dim = theme.style(.dim)
        func item(_ o: Occurrence) {
            var text = glyphs.mark(o.state) + " " + t(o.title)
            if let target = o.target { text += "  \(o.progress)/\(target)" }
            doc.add(text, o.state == .done ? theme.style(.itemDone) : o.state == .missed ? theme.style(.itemMissed) : o.state == .skipped ? theme.style(.itemSkipped) : theme.style(.itemOpen))
        }
        let weeklyDone = r.weeklyItems.filter { $0.state.isSettled }.count
        doc.add(state.text(.weekWeeklyHeading, ["done": String(weeklyDone), "total": String(r.weeklyItems.count)]), head)
        for o in r.weeklyItems { item(o) }
        if !r.struggling.isEmpty {
            doc.blank()
            doc.add(state.text(.weekStruggling), theme.style(.itemOverdue))
            for row in r.struggling { doc.add("\(glyphs.mark(.missed)) \(t(row.title))  ×\(row.missedCount)", theme.style(.itemMissed)) }
        }
        if !r.longerDone.isEmpty {
            doc.blank()
            doc.add(state.text(.weekLongerDone), head)
            for o in r.longerDone { item(o) }
        }
        if !r.counts.isEmpty {
            doc.blank()
            doc.add(state.text(.weekCounts), head)
            for o in r.counts { doc.add("\(o.progress)/\(o.target ?? 0)  \(t(o.title))  \(o.period.kind == .day ? String(o.period.key.dropFirst(5)) : o.period.key)", theme.style(.count)) }
        }
        if !r.tasks.isEmpty {
            doc.blank()
            doc.add(state.text(.weekTasks), head)
            for o in r.tasks { item(o) }
        }
        doc.blank()
        doc.add(state.text(.weekJournal), head)
        if r.journal.isEmpty { doc.add(state.text(.weekNoJournal), dim) }
        for e in r.journal {
            let day = LocalDate(parsing: e.key).map { "\(String(e.key.dropFirst(5))) \(words.weekdayShort($0.weekday))" } ?? e.key
            doc.add(day, theme.style(.paneTitle))
            if !e.plan.isEmpty { doc.addWrapped(state.text(.weekJournalPlan, ["text": e.plan]), width: width, indent: "  ", style: theme.style(.itemOpen)) }
            if !e.review.isEmpty { doc.addWrapped(state.text(.weekJournalReview, ["text": e.review]), width: width, indent: "  ", style: theme.style(.itemOpen)) }
        }
        if let next = r.nextWeekPlan {
            doc.blank()
            doc.add(state.text(.weekNextPlan), head)
            doc.addWrapped(next, width: width, indent: "  ", style: theme.style(.itemOpen))
        }
        return doc
    }
}
