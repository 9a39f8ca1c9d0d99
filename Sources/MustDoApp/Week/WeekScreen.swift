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



    /// The grid mark of a cell (the console prints the same).
    func mark(_ m: WeekReview.Mark) -> String { glyphs.marks.cell(m) }

    /// The review's figures and words, shared with `mustdo week`.
    func presentation(_ r: WeekReview) -> WeekReviewPresentation { WeekReviewPresentation(r, marks: glyphs.marks) }

    func style(_ m: WeekReview.Mark) -> Style {
        switch m {
        case .done: return theme.style(.itemDone)
        case .missed: return theme.style(.itemMissed)
        case .skipped: return theme.style(.itemSkipped)
        case .open: return theme.style(.itemOpen)
        case .none: return theme.style(.dim)
        }
    }

    /// The width of the grid: 62% beside the panel from 110 columns on, else the whole width above it.
    var gridRectWidth: Int { state.width >= 110 ? min(state.width, max(60, state.width * 62 / 100)) : state.width }

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
            let p = presentation(r)
            title += state.text(.weekScreenDone, ["percent": p.weekPercentText, "previous": p.previousWeekPercentText])
            if let change = p.change(state.language) { title += " " + change }
        }
        buf.putClipped(t(title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), Screen(state: state, theme: theme, keys: keys), .week)
        guard let review = view.review, review.week == shown else {
            buf.putClipped(" " + state.text(.screenLoading), x: 0, y: 2, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return buf
        }
        let body = Rect(x: 0, y: 1, width: w, height: h - 2)
        let gridWidth = gridRectWidth
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

    /// The grid's column widths for a width: day cells of 6 columns (weekday over `MM-DD`) and a `now/best` column when
    /// they fit beside a readable title, else 4-column cells (weekday over the day of month), else no streak column
    /// (the selected routine's streak is then shown above the week's items). All seven days always fit from 39 columns.
    static func gridColumns(width: Int, days: Int) -> (cell: Int, streak: Int, title: Int) {
        for (cell, streak, minTitle) in [(6, 9, 16), (4, 6, 12), (4, 0, 10)] {
            let title = width - 1 - cell * days - streak
            if title >= minTitle { return (cell, streak, title) }
        }
        return (4, 0, max(1, width - 1 - 4 * days))
    }

    func drawGrid(_ buf: inout Buffer, _ r: WeekReview, _ rect: Rect) {
        let p = presentation(r)
        let (cell, streakWidth, titleWidth) = WeekScreen.gridColumns(width: rect.width, days: r.days.count)
        let narrow = cell < 6
        let head = theme.style(.paneTitle)
        var y = rect.y
        // Column headings: weekday and date (the day of the month in narrow cells).
        buf.putClipped(" " + state.text(.weekDailyRoutine), x: rect.x, y: y, width: titleWidth, style: head, ellipsis: glyphs.ellipsis)
        for (i, d) in r.days.enumerated() {
            let isToday = d == r.today
            let s = isToday ? theme.style(.paneTitleFocused) : head
            var name = words.weekdayShort(d.weekday)
            if DisplayWidth.of(name) >= cell, let last = name.last { name = String(last) }
            let date = narrow ? String(d.description.suffix(2)) : String(d.description.dropFirst(5))
            buf.put(Text.center(name, toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: y, style: s)
            buf.put(Text.center(date, toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: y + 1, style: theme.style(.dim))
        }
        if streakWidth > 0 {
            let label = state.text(streakWidth >= 9 ? .weekStreakHeading : .weekStreakHeadingShort)
            buf.put(Text.padLeft(label, toWidth: streakWidth), x: rect.x + 1 + titleWidth + r.days.count * cell, y: y, style: head)
        }
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
            if streakWidth > 0 {
                buf.put(Text.padLeft(p.streak(row), toWidth: streakWidth), x: rect.x + 1 + titleWidth + r.days.count * cell, y: y,
                        style: theme.style(.count))
            }
            y += 1
        }
        // Per-day completion, this week and last ("%" left out of narrow cells so neighbours stay apart).
        let rowsY = rect.maxY - 2
        for (line, (label, values, total)) in [(state.text(.screenWeekDoneRow), r.dayPercent, r.weekPercent),
                                               (state.text(.screenWeekLastWeekRow), r.previousDayPercent, r.previousWeekPercent)].enumerated() {
            let yy = rowsY + line
            buf.putClipped(" " + label + (narrow && line == 0 ? " %" : ""), x: rect.x, y: yy, width: titleWidth, style: line == 0 ? head : theme.style(.dim), ellipsis: glyphs.ellipsis)
            for (i, value) in values.enumerated() {
                var text = p.percent(value)
                if narrow, text.hasSuffix("%") { text.removeLast() }
                buf.put(Text.center(t(text), toWidth: cell), x: rect.x + 1 + titleWidth + i * cell, y: yy, style: line == 0 ? head : theme.style(.dim))
            }
            if streakWidth > 0 {
                buf.put(Text.padLeft(t(p.percent(total)), toWidth: streakWidth), x: rect.x + 1 + titleWidth + values.count * cell, y: yy, style: head)
            }
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
        if WeekScreen.gridColumns(width: gridRectWidth, days: r.days.count).streak == 0, view.row < r.rows.count {
            // The grid has no streak column at this width: the selected routine's streak is said here, its title giving way.
            let row = r.rows[view.row]
            var values = ["title": "", "current": String(row.currentStreak), "best": String(row.longestStreak)]
            let room = max(1, width - DisplayWidth.of(state.text(.weekGridStreakOfSelected, values)))
            values["title"] = Text.truncate(t(row.title), toWidth: room, ellipsis: glyphs.ellipsis)
            doc.add(state.text(.weekGridStreakOfSelected, values), theme.style(.count))
        }
        doc.add(words.periodTitle(.week) + " " + presentation(r).weekly.compact(glyphs.marks), head)
        for o in r.weeklyItems { item(o) }
        if !r.struggling.isEmpty {
            doc.blank()
            doc.add(state.text(.screenWeekStruggling), theme.style(.itemOverdue))
            for row in r.struggling {
                // The count is kept whole; the title gives way.
                let mark = glyphs.mark(.missed) + " ", count = "  ×\(row.missedCount)"
                let room = max(1, width - DisplayWidth.of(mark) - DisplayWidth.of(count))
                doc.add(mark + Text.truncate(t(row.title), toWidth: room, ellipsis: glyphs.ellipsis) + count, theme.style(.itemMissed))
            }
        }
        if let a = r.activity {
            // The week's work with customers, the same facts `mustdo week` prints.
            doc.blank()
            let section = CustomerActivityPresentation(a, language: state.language, marks: glyphs.marks).section
            doc.add(section.heading, head)
            for case .fact(let label, let value) in section.lines {
                doc.add(DocumentView.Line(pieces: [(label + " ", dim), (t(value), theme.style(.itemOpen))]))
            }
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
        if r.journal.isEmpty { doc.add(state.text(.screenWeekNoJournal), dim) }
        for e in r.journal {
            let day = LocalDate(parsing: e.key).map { "\(String(e.key.dropFirst(5))) \(words.weekdayShort($0.weekday))" } ?? e.key
            doc.add(day, theme.style(.paneTitle))
            if !e.plan.isEmpty { doc.addWrapped(state.text(.journalPartLabel, ["part": words.journalPlan]) + lines(e.plan), width: width, indent: "  ", style: theme.style(.itemOpen)) }
            if !e.review.isEmpty { doc.addWrapped(state.text(.journalPartLabel, ["part": words.journalReview]) + lines(e.review), width: width, indent: "  ", style: theme.style(.itemOpen)) }
        }
        if let next = r.nextWeekPlan {
            doc.blank()
            doc.add(state.text(.weekNextPlan), head)
            doc.addWrapped(lines(next), width: width, indent: "  ", style: theme.style(.itemOpen))
        }
        return doc
    }
}
