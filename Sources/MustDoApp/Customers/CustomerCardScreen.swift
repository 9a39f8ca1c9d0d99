import MustDoCore
import TerminalUI

/// Draws a customer card from its `CustomerCardPresentation`: labels in one column (by display width), values
/// wrapped beside them, the filing warnings, then the history.
enum CustomerCardScreen {
    /// The card's lines at `width` columns (also used to bound scrolling).
    static func document(_ view: CustomerCardView, state: AppState, width: Int, theme: Theme = .fallback) -> DocumentView {
        var doc = DocumentView()
        guard let card = view.card else { return doc }
        let language = state.language
        let p = CustomerCardPresentation(card: card, history: view.history, mergedInto: view.mergedInto, today: state.today,
                                         settings: state.settings.customers, language: language,
                                         clip: { Text.truncate($0, toWidth: 40, ellipsis: "…") })
        let inner = max(1, width - 2)
        let labelWidth = min(p.items.map { DisplayWidth.of($0.label) }.max() ?? 0, max(4, inner / 3))
        let valueWidth = max(1, inner - labelWidth - 2)
        let warningsLabel = language.text(.custLabelWarnings)
        for item in p.items {
            let isWarning = item.label == warningsLabel && !p.warnings.isEmpty
            let valueStyle = isWarning ? theme.style(.itemOverdue) : theme.style(.itemOpen)
            var rows: [String] = []
            for paragraph in item.text.split(separator: "\n", omittingEmptySubsequences: false) {
                let wrapped = Text.wrap(String(paragraph).terminalSafe, width: valueWidth)
                rows += wrapped.isEmpty ? [""] : wrapped
            }
            for (i, r) in rows.enumerated() {
                let label = i == 0 ? Text.truncate(item.label, toWidth: labelWidth, ellipsis: "…") : ""
                let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)) + 2)
                doc.add(DocumentView.Line(pieces: [(" " + label + pad, theme.style(.dim)), (r, valueStyle)]))
            }
        }
        doc.blank()
        // The timeline, newest first: visits, promises, appointments and the card's edits (issue 11).
        doc.add(" " + language.text(.vscrTimeline), theme.style(.paneTitle))
        let timeline = CustomerTimeline(records: view.timeline ?? .init(), edits: p.history, today: state.today, language: language)
        // Narrow screens put the time on its own line, so the words keep the width.
        let narrow = width < 60
        for h in timeline.entries {
            let prefix = narrow ? "   " : " " + h.at + "  "
            if narrow { doc.add(" " + h.at, theme.style(.dim)) }
            var rows: [String] = []
            for paragraph in h.text.split(separator: "\n", omittingEmptySubsequences: false) {
                rows += Text.wrap(String(paragraph).terminalSafe, width: max(1, inner - DisplayWidth.of(prefix) + 1))
            }
            for (i, r) in (rows.isEmpty ? [""] : rows).enumerated() {
                doc.add(DocumentView.Line(pieces: [(i == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix)), theme.style(.dim)),
                                                   (r, theme.style(.itemOpen))]))
            }
        }
        return doc
    }

    /// Draws the card view.
    static func draw(_ buf: inout Buffer, view: CustomerCardView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs
        let w = state.width, h = state.height
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        var title = state.text(.custScreenCardTitle)
        if let c = view.card {
            let name = c.isForgotten ? state.text(.custForgottenName) : c.name
            title = c.number + "  " + name + (c[.company].isEmpty ? "" : " · " + c[.company])
            if c.isArchived { title += " · " + state.text(.custLabelArchived) }
        }
        let doc = document(view, state: state, width: w, theme: theme)
        let area = Rect(x: 0, y: 1, width: w, height: max(0, h - 2))
        let top = max(0, min(view.offset, doc.lines.count - area.height))
        // Where the page is, `12–33/80`, at the right of the title line when the card is longer than the screen.
        var mark = doc.lines.count > area.height && area.height > 0
            ? screen.t(" \(top + 1)–\(min(doc.lines.count, top + area.height))/\(doc.lines.count) ") : ""
        if DisplayWidth.of(mark) >= w / 2 { mark = "" }
        let mw = DisplayWidth.of(mark)
        buf.putClipped(" " + screen.t(title), x: 0, y: 0, width: w - mw, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        if mw > 0 { buf.putClipped(mark, x: w - mw, y: 0, width: mw, style: theme.style(.header), ellipsis: glyphs.ellipsis) }
        for (n, line) in doc.lines.enumerated().dropFirst(top).prefix(area.height) {
            var x = area.x
            for (text, style) in line.pieces where x < area.maxX {
                x += buf.putClipped(text, x: x, y: area.y + n - top, width: area.maxX - x, style: style, ellipsis: glyphs.ellipsis)
            }
        }
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), screen, .customerCard)
    }
}
