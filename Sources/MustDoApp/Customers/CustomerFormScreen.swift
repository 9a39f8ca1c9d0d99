import MustDoCore
import TerminalUI

/// Draws the customer form full-screen: a label column and the entries, each bad entry's problem under it, the
/// focused entry's hint under it, scrolled to keep the focused entry in view; the multi-line editor as a box over it.
enum CustomerFormScreen {
    /// The label of an entry.
    static func label(_ entry: CustomerFormView.Entry, _ language: Language) -> String {
        switch entry {
        case .field(let f): return f.label(language)
        case .people: return language.text(.custLabelPeople)
        case .tags: return language.text(.custLabelTags)
        }
    }

    /// What an entry accepts, shown under it while it has the cursor (empty: nothing to say).
    static func hint(_ entry: CustomerFormView.Entry, _ screen: Screen) -> String {
        let language = screen.state.language
        if entry.isMultiLine {
            let keys = ["edit": screen.keys.label(for: .editText, in: .customerForm) ?? "Enter",
                        "external": screen.keys.label(for: .externalEditor, in: .customerForm) ?? "C-o"]
            return language.text(entry == .people ? .custScreenHintPeople : .custScreenHintText, keys)
        }
        switch entry {
        case .field(.tier): return language.text(.custScreenHintTier)
        case .field(.status): return language.text(.custScreenHintStatus)
        case .field(.buyingPower), .field(.hasNeed), .field(.approachable), .field(.authority): return language.text(.custScreenHintAnswer)
        case .field(.trust): return language.text(.custScreenHintTrust)
        case .field(.birthday): return language.text(.custScreenHintBirthday)
        case .field(.decisionDate): return language.text(.custScreenHintDate)
        case .tags: return language.text(.custScreenHintTags)
        default: return ""
        }
    }

    /// Draws the form.
    static func draw(_ buf: inout Buffer, view: CustomerFormView, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs, language = state.language
        let w = state.width, h = state.height
        let entries = CustomerFormView.entries
        buf.fill(Rect(x: 0, y: 0, width: w, height: h), style: theme.style(.background))
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        let title = view.opened.map { state.text(.custScreenEditTitle, ["number": $0.number, "name": $0.name]) } ?? state.text(.custScreenNewTitle)
        buf.putClipped(" " + screen.t(title), x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        let area = Rect(x: 1, y: 1, width: w - 2, height: max(0, h - 2))
        let labelWidth = min(entries.map { DisplayWidth.of(label($0, language)) }.max()!, max(4, area.width / 3))
        let valueX = area.x + labelWidth + 2, valueWidth = max(1, area.maxX - valueX)
        // Rows: each entry, then its problem (every line of it) or, while focused, its hint.
        var rows: [(entry: Int, note: String?, isProblem: Bool)] = []
        for i in entries.indices {
            rows.append((i, nil, false))
            if let p = view.problems[i] {
                for line in Text.wrap(screen.t(p), width: valueWidth) { rows.append((i, line, true)) }
            } else if i == view.focused {
                let hint = hint(entries[i], screen)
                if !hint.isEmpty { for line in Text.wrap(screen.t(hint), width: valueWidth) { rows.append((i, line, false)) } }
            }
        }
        let first = rows.firstIndex { $0.entry == view.focused } ?? 0
        let last = rows.lastIndex { $0.entry == view.focused } ?? 0
        var top = max(0, first - area.height / 3)
        if last >= top + area.height { top = last - area.height + 1 }
        top = max(0, min(top, rows.count - area.height))
        for (n, row) in rows.enumerated().dropFirst(top).prefix(area.height) {
            let y = area.y + n - top
            let i = row.entry, focused = i == view.focused
            if let note = row.note {
                buf.putClipped(note, x: valueX, y: y, width: valueWidth,
                               style: theme.style(row.isProblem ? .error : .dim), ellipsis: glyphs.ellipsis)
                continue
            }
            let labelStyle = focused ? theme.style(.helpKey) : (view.problems[i] != nil ? theme.style(.error) : theme.style(.dim))
            buf.putClipped(label(entries[i], language), x: area.x, y: y, width: labelWidth, style: labelStyle, ellipsis: glyphs.ellipsis)
            let rect = Rect(x: valueX, y: y, width: valueWidth, height: 1)
            if focused, !entries[i].isMultiLine, view.textArea == nil {
                view.editor.render(into: &buf, rect: rect, style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
            } else {
                let lines = view.values[i].split(separator: "\n", omittingEmptySubsequences: false)
                var text = lines.first.map { String($0).terminalSafe } ?? ""
                if lines.count > 1 { text += " " + state.text(.custScreenMoreLines, ["count": String(lines.count - 1)]) }
                let style = focused ? theme.style(.prompt) : theme.style(.itemOpen)
                if focused { buf.fill(rect, style: style) }
                buf.putClipped(screen.t(text), x: valueX, y: y, width: valueWidth, style: style, ellipsis: glyphs.ellipsis)
            }
        }
        let footer = Rect(x: 0, y: h - 1, width: w, height: 1)
        buf.fill(footer, style: theme.style(.footer))
        if let m = state.message {
            buf.putClipped(" " + screen.t(m.text), x: 0, y: h - 1, width: w, style: theme.style(m.isError ? .error : .message), ellipsis: glyphs.ellipsis)
        } else {
            buf.putClipped(" " + KeyHints.line(screen, view.kind), x: 0, y: h - 1, width: w, style: theme.style(.footer), ellipsis: glyphs.ellipsis)
        }
        // The built-in multi-line editor, over the form.
        if let area = view.textArea {
            let box = Rect(x: 0, y: 1, width: w, height: max(3, h - 2))
            buf.fill(box, style: theme.style(.help))
            buf.drawBox(box, style: theme.style(.paneBorderFocused), ascii: state.ascii)
            buf.putClipped(" " + label(entries[view.focused], language) + " ", x: box.x + 2, y: box.y, width: max(0, box.width - 4),
                           style: theme.style(.paneTitleFocused), ellipsis: glyphs.ellipsis)
            area.render(into: &buf, rect: Rect(x: box.x + 1, y: box.y + 1, width: max(0, box.width - 2), height: max(0, box.height - 2)),
                        style: theme.style(.help), cursorStyle: theme.style(.itemSelected))
        }
    }
}
