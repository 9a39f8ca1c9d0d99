import MustDoCore
import TerminalUI

/// Draws the ledger: a title with the direction and grouping, the sections with their lines (the selected one
/// highlighted, kept in view), the new-date line while renegotiating, and the footer from `[keys.ledger]`.
enum LedgerScreen {
    /// Draws the ledger view.
    static func draw(_ buf: inout Buffer, view: LedgerView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs, language = state.language
        let w = state.width, h = state.height
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        let title = [state.text(.vscrLedgerTitle), view.direction?.label(language) ?? state.text(.vscrLedgerAll),
                     state.text(view.byCustomer ? .vscrLedgerByCustomer : .vscrLedgerByDate)].joined(separator: " · ")
        buf.putClipped(" " + title, x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        let p = view.presentation(state)
        var doc = DocumentView()
        var n = 0
        let selectedIndex = min(max(view.cursor, 0), max(0, p.items.count - 1))
        for section in p.sections {
            if !doc.lines.isEmpty { doc.blank() }
            doc.add(" " + section.heading, theme.style(.paneTitle))
            for (item, text) in section.items {
                let selected = n == selectedIndex
                var style = theme.style(.itemOpen)
                if case .promise(let pr) = item, pr.due < state.today { style = theme.style(.itemOverdue) }
                if case .appointment = item { style = theme.style(.itemOverdue) }
                if selected { style = theme.style(.itemSelected).merged(over: style) }
                doc.add(DocumentView.Line(pieces: [("  " + text.terminalSafe, style)], selected: selected, fill: selected ? style : nil))
                n += 1
            }
        }
        if view.loaded, p.sections.isEmpty { doc.add(" " + state.text(.vscrLedgerEmpty), theme.style(.dim)) }
        let editing = view.dateEditor != nil
        doc.draw(into: &buf, rect: Rect(x: 0, y: 1, width: w, height: max(0, h - 2 - (editing ? 1 : 0))), ellipsis: glyphs.ellipsis)
        if let editor = view.dateEditor, case .promise(let pr)? = view.selected(state) {
            let y = h - 2
            buf.fill(Rect(x: 0, y: y, width: w, height: 1), style: theme.style(.prompt))
            let label = " " + state.text(.vscrLedgerNewDate, ["id": String(pr.id)]) + " "
            let lw = buf.putClipped(label, x: 0, y: y, width: w, style: theme.style(.prompt), ellipsis: glyphs.ellipsis)
            editor.render(into: &buf, rect: Rect(x: lw, y: y, width: max(0, w - lw), height: 1), style: theme.style(.prompt),
                          cursorStyle: theme.style(.itemSelected))
        }
        if editing, state.message == nil {
            let r = Rect(x: 0, y: h - 1, width: w, height: 1)
            buf.fill(r, style: theme.style(.footer))
            buf.putClipped(" " + KeyHints.line(screen, .prompt), x: 0, y: h - 1, width: w, style: theme.style(.footer), ellipsis: glyphs.ellipsis)
        } else {
            KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .ledger)
        }
    }
}
