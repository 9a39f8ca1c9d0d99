import MustDoCore
import TerminalUI

/// Draws the visit form full-screen: labels in one column, the fields beside them, the picked customer under the
/// customer field, each bad field's sentence under it (the focused field's hint otherwise), scrolled to keep the
/// focused field in view, and the key hints generated from `[keys.visit-form]`.
enum VisitFormScreen {
    /// The lines under a field: its problem, or while focused its hint (and the picked customer).
    static func notes(_ view: VisitFormView, _ field: VisitDraft.Field, _ language: Language) -> [(String, Bool)] {
        if let p = view.problems[field] { return [(p, true)] }
        var out: [(String, Bool)] = []
        if field == .customer, let line = view.picker.pickedLine(view.current.customerQuery, language) { out.append((line, false)) }
        if field.rawValue == view.focused {
            let hint = field.hint(language)
            if !hint.isEmpty { out.append((hint, false)) }
        }
        return out
    }

    /// Draws the visit form.
    static func draw(_ buf: inout Buffer, view: VisitFormView, screen: Screen) {
        let language = screen.state.language
        let fields = VisitDraft.Field.allCases
        drawForm(&buf, screen: screen, title: screen.state.text(.vscrFormTitle), labels: fields.map { $0.label(language) }, values: view.form.values,
                 focused: view.focused, editor: view.editor, problems: Set(view.problems.keys.map(\.rawValue)),
                 notes: fields.map { notes(view, $0, language) })
    }

    /// Draws a full-screen form: labels, values (the focused one in its editor), notes under each field (problems in
    /// the error style), scrolled to keep the focused field in view, the hints of `[keys.visit-form]` at the bottom.
    static func drawForm(_ buf: inout Buffer, screen: Screen, title: String, labels: [String], values: [String], focused focusedIndex: Int,
                         editor: LineEditor, problems: Set<Int>, notes: [[(String, Bool)]]) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs
        let w = state.width, h = state.height
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        buf.putClipped(" " + title, x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        let area = Rect(x: 1, y: 1, width: w - 2, height: max(0, h - 2))
        let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, max(4, area.width / 3))
        let valueX = area.x + labelWidth + 2, valueWidth = max(1, area.maxX - valueX)
        var rows: [(field: Int, note: String?, isProblem: Bool)] = []
        for i in labels.indices {
            rows.append((i, nil, false))
            for (note, isProblem) in notes[i] {
                for line in Text.wrap(screen.t(note.terminalSafe), width: valueWidth) { rows.append((i, line, isProblem)) }
            }
        }
        let first = rows.firstIndex { $0.field == focusedIndex } ?? 0
        let last = rows.lastIndex { $0.field == focusedIndex } ?? 0
        var top = max(0, first - area.height / 3)
        if last >= top + area.height { top = last - area.height + 1 }
        top = max(0, min(top, rows.count - area.height))
        for (n, row) in rows.enumerated().dropFirst(top).prefix(area.height) {
            let y = area.y + n - top
            let i = row.field, focused = i == focusedIndex
            if let note = row.note {
                buf.putClipped(note, x: valueX, y: y, width: valueWidth, style: theme.style(row.isProblem ? .error : .dim), ellipsis: glyphs.ellipsis)
                continue
            }
            let labelStyle = focused ? theme.style(.helpKey) : (problems.contains(i) ? theme.style(.error) : theme.style(.dim))
            buf.putClipped(labels[i], x: area.x, y: y, width: labelWidth, style: labelStyle, ellipsis: glyphs.ellipsis)
            let rect = Rect(x: valueX, y: y, width: valueWidth, height: 1)
            if focused {
                editor.render(into: &buf, rect: rect, style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
            } else {
                buf.putClipped(screen.t(values[i].terminalSafe), x: valueX, y: y, width: valueWidth, style: theme.style(.itemOpen),
                               ellipsis: glyphs.ellipsis)
            }
        }
        let footer = Rect(x: 0, y: h - 1, width: w, height: 1)
        buf.fill(footer, style: theme.style(.footer))
        if let m = state.message {
            buf.putClipped(" " + screen.t(m.text), x: 0, y: h - 1, width: w, style: theme.style(m.isError ? .error : .message), ellipsis: glyphs.ellipsis)
        } else {
            buf.putClipped(" " + KeyHints.line(screen, .visitForm), x: 0, y: h - 1, width: w, style: theme.style(.footer), ellipsis: glyphs.ellipsis)
        }
    }
}
