import MustDoCore
import MustDoTeam
import TerminalUI

/// Draws the team screen: the report's title, the column headings and a line per person from `TeamReportTable`. The
/// person column stays put; the figure columns that do not fit scroll sideways (‹ › say more are off screen).
enum TeamScreen {
    /// Draws the team view.
    static func draw(_ buf: inout Buffer, view: TeamView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs, language = state.language
        let w = state.width, h = state.height
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        let table = view.table(language)
        let title = table?.title ?? TeamScreen.title(view.period, language)
        buf.putClipped(" " + screen.t(title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        let body = Rect(x: 0, y: 1, width: w, height: max(0, h - 2))
        if let problem = view.problem {
            sentence(&buf, problem, body, theme.style(.error), screen)
        } else if let table {
            draw(&buf, table, view: view, rect: body, screen: screen)
            if table.rows.isEmpty { sentence(&buf, state.text(.tscreenEmpty), Rect(x: 0, y: 3, width: w, height: max(0, h - 4)), theme.style(.dim), screen) }
        } else {
            sentence(&buf, state.text(.tscreenLoading), body, theme.style(.dim), screen)
        }
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .team)
    }

    /// "week 2026-W48 (2026-11-23 – 2026-11-29)" while the report is on its way.
    static func title(_ p: Period, _ language: Language) -> String {
        let kind: MessageKey = p.kind == .month ? .team2KindMonth : p.kind == .quarter ? .team2KindQuarter : .team2KindWeek
        return language.text(kind) + " " + p.key + " (" + p.start.description + " – " + p.end.description + ")"
    }

    /// A sentence wrapped into `r`, one column in from the left.
    static func sentence(_ buf: inout Buffer, _ text: String, _ r: Rect, _ style: Style, _ screen: Screen) {
        for (i, line) in Text.wrap(screen.t(text), width: max(1, r.width - 2)).prefix(max(0, r.height - 1)).enumerated() {
            buf.putClipped(line, x: r.x + 1, y: r.y + 1 + i, width: max(0, r.width - 1), style: style, ellipsis: screen.glyphs.ellipsis)
        }
    }

    /// The headings and rows: the person column, then the figure columns from `view.column` on that fit.
    static func draw(_ buf: inout Buffer, _ table: TeamReportTable, view: TeamView, rect r: Rect, screen: Screen) {
        let theme = screen.theme, glyphs = screen.glyphs
        guard r.height >= 2, r.width >= 4 else { return }
        var widths = table.headings.map { DisplayWidth.of($0) }
        for row in table.rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        let personWidth = min(widths[0], max(6, r.width / 3))
        let first = min(view.column, max(0, widths.count - 2)) + 1
        var columns: [Int] = []
        var x = r.x + 1 + personWidth + 1
        for i in first..<widths.count {
            guard x + 1 + widths[i] <= r.x + r.width - 1 else { break }
            columns.append(i)
            x += 1 + widths[i] + 1
        }
        if columns.isEmpty, first < widths.count { columns = [first] }
        let moreLeft = first > 1, moreRight = (columns.last ?? widths.count) < widths.count - 1
        func line(_ cells: [String], y: Int, style: Style, numberStyle: Style) {
            buf.putClipped(screen.t(cells[0]), x: r.x + 1, y: y, width: personWidth, style: style, ellipsis: glyphs.ellipsis)
            var x = r.x + 1 + personWidth + 1
            for i in columns {
                let cell = screen.t(cells[i])
                let pad = max(0, widths[i] - DisplayWidth.of(cell))
                let text = table.numeric[i] ? String(repeating: " ", count: pad) + cell : cell
                buf.putClipped(text, x: x + 1, y: y, width: max(0, min(widths[i], r.x + r.width - x - 1)), style: numberStyle, ellipsis: glyphs.ellipsis)
                x += 1 + widths[i] + 1
            }
        }
        let headingStyle = theme.style(.paneTitle)
        line(table.headings, y: r.y, style: headingStyle, numberStyle: headingStyle)
        if moreLeft { _ = buf.put(glyphs.ascii ? "<" : "‹", x: r.x + 1 + personWidth, y: r.y, style: theme.style(.dim)) }
        if moreRight { _ = buf.put(glyphs.ascii ? ">" : "›", x: r.x + r.width - 1, y: r.y, style: theme.style(.dim)) }
        let visible = r.height - 1
        let top = max(0, min(view.cursor - visible + 1, table.rows.count - visible))
        for (n, i) in (top..<min(table.rows.count, top + visible)).enumerated() {
            let selected = i == view.cursor
            let y = r.y + 1 + n
            var style = theme.style(.itemOpen)
            if selected {
                style = theme.style(.itemSelected).merged(over: style)
                buf.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: style)
            }
            line(table.rows[i], y: y, style: style, numberStyle: selected ? style : theme.style(.count).merged(over: style))
        }
    }
}
