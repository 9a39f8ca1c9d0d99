import MustDoCore
import TerminalUI

/// Draws the visits list: a title with the filters and the tally, then two lines a visit (when, kind, customer;
/// goal → result and the customer's action, a visit without one dimmed), the selected visit highlighted.
enum VisitsScreen {
    /// Draws the visits view.
    static func draw(_ buf: inout Buffer, view: VisitsView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs, language = state.language
        let w = state.width, h = state.height
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        let p = view.presentation(state)
        var title = [state.text(.vscrVisitsTitle)]
        if let k = view.query.kind { title.append(k.label(language)) }
        if view.query.customerID != nil, let first = p.rows.first { title.append(first.customer) }
        if view.query.noActionOnly { title.append(state.text(.vscrVisitsNoActionOnly)) }
        title.append(p.tally)
        buf.putClipped(" " + screen.t(title.joined(separator: " · ")), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        var doc = DocumentView()
        for (i, r) in p.rows.enumerated() {
            let selected = i == view.cursor
            var style = theme.style(.itemOpen)
            if selected { style = theme.style(.itemSelected).merged(over: style) }
            doc.add(DocumentView.Line(pieces: [(" " + r.at + "  " + r.kind + "  " + r.customer.terminalSafe, selected ? style : theme.style(.due))],
                                      selected: selected, fill: selected ? style : nil))
            let actionStyle = r.moved ? theme.style(.itemOpen) : theme.style(.dim)
            doc.add(DocumentView.Line(pieces: [("   " + r.summary.terminalSafe + " · ", theme.style(.itemOpen)), (r.action.terminalSafe, actionStyle)]))
        }
        if view.loaded, p.rows.isEmpty {
            let text = view.query == VisitQuery()
                ? state.text(.vscrVisitsEmpty, ["key": screen.keys.label(for: .visitForm, in: .visits) ?? "v"])
                : state.text(.vscrVisitsNoMatch, ["key": screen.keys.label(for: .back, in: .visits) ?? "Esc"])
            doc.add(" " + text, theme.style(.dim))
        }
        doc.draw(into: &buf, rect: Rect(x: 0, y: 1, width: w, height: max(0, h - 2)), ellipsis: glyphs.ellipsis)
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .visits)
    }
}
