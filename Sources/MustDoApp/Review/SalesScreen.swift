import MustDoCore
import TerminalUI

/// Draws the sales ranking: the month and its totals on top, then one row a customer (rank, customer, amount, share,
/// cumulative share, against last month and a year earlier, the last two left out when narrow), the 80% line drawn
/// under the vital few, the selected row highlighted.
enum SalesScreen {
    /// Draws the sales view.
    static func draw(_ buf: inout Buffer, view: SalesView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            buf = HomeScreen(state: state, theme: theme, keys: screen.keys).render()
            return
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .sales)
        guard let r = view.ranking, view.month == nil || r.month == view.month else {
            buf.putClipped(" " + state.text(.rscrSalesTitle, ["month": view.month?.description ?? ""]), x: 0, y: 0, width: w,
                           style: theme.style(.header), ellipsis: glyphs.ellipsis)
            buf.putClipped(" " + state.text(.screenLoading), x: 0, y: 2, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return
        }
        let p = SalesRankingPresentation(r, language: state.language)
        buf.putClipped(" " + state.text(.rscrSalesTitle, ["month": r.month.description]) + " · " + p.totalWords, x: 0, y: 0, width: w,
                       style: theme.style(.header), ellipsis: glyphs.ellipsis)
        var y = 1
        for line in p.comparisons {
            buf.putClipped(" " + line, x: 0, y: y, width: w, style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            y += 1
        }
        guard !r.rows.isEmpty else {
            let key = screen.keys.label(for: .addSales, in: .sales) ?? "a"
            buf.putClipped(" " + state.text(.rscrSalesEmpty, ["month": r.month.description, "key": key]), x: 0, y: y + 1, width: w,
                           style: theme.style(.dim), ellipsis: glyphs.ellipsis)
            return
        }
        // Columns: the numbers keep their width, the customer takes what is left; comparisons only when wide enough.
        let columns = p.columns(width: w - 2)
        let header = p.header(columns)
        buf.putClipped(" " + header, x: 0, y: y, width: w, style: theme.style(.paneTitle), ellipsis: glyphs.ellipsis)
        y += 1
        let height = max(1, h - 1 - y)
        // Rows and the 80% line, scrolled so the selected row shows.
        var lines: [(text: String, row: Int?)] = []
        for (i, row) in r.rows.enumerated() {
            lines.append((p.line(row, columns), i))
            if i + 1 == r.vitalCount, r.buyingCount > 0 { lines.append((p.vitalLine(width: w - 2, rule: glyphs.ascii ? "-" : "─"), nil)) }
        }
        let selectedLine = lines.firstIndex { $0.row == view.cursor } ?? 0
        let top = max(0, min(selectedLine - height / 2, lines.count - height))
        for (n, line) in lines.dropFirst(top).prefix(height).enumerated() {
            let selected = line.row == view.cursor
            var style = line.row.map { r.rows[$0].isVital ? theme.style(.count) : r.rows[$0].rank == nil ? theme.style(.dim) : theme.style(.itemOpen) }
                ?? theme.style(.itemOverdue)
            if selected {
                style = theme.style(.itemSelected).merged(over: style)
                buf.fill(Rect(x: 0, y: y + n, width: w, height: 1), style: style)
            }
            buf.putClipped(" " + screen.t(line.text), x: 0, y: y + n, width: w, style: style, ellipsis: glyphs.ellipsis)
        }
    }
}
