import MustDoCore
import TerminalUI

/// The routine editor: a period's routines in order (retired ones dimmed when shown), and the form that adds or edits one.
public struct RoutineEditorScreen: ScreenContext {
    /// The state (routine list, form).
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// The key tables (footer).
    public let keys: KeyTables
    /// The editor's model.
    public let view: RoutineEditorView

    /// Creates the screen.
    public init(state: AppState, theme: Theme, keys: KeyTables, view: RoutineEditorView) {
        self.state = state
        self.theme = theme
        self.keys = keys
        self.view = view
    }


    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            return HomeScreen(state: state, theme: theme, keys: keys).render()
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        buf.putClipped(" " + state.text(.routinesTitle),
                       x: 0, y: 0, width: w, style: theme.style(.header), ellipsis: glyphs.ellipsis)
        // Period tabs.
        let slot = max(1, w / PeriodKind.allCases.count)
        for (i, k) in PeriodKind.allCases.enumerated() {
            let count = view.list.filter { $0.period == k && $0.retiredOn == nil }.count
            let style = theme.style(k == view.period ? .tabActive : .tabInactive)
            let cell = Rect(x: i * slot, y: 1, width: i == 5 ? w - 5 * slot : slot, height: 1)
            buf.fill(cell, style: style)
            buf.putClipped(" \(i + 1) \(words.periodTitle(k)) \(count)", x: cell.x, y: 1, width: cell.width, style: style, ellipsis: glyphs.ellipsis)
        }
        // The list.
        let list = view.visible
        let area = Rect(x: 1, y: 3, width: w - 2, height: h - 4)
        let top = max(0, min(view.cursor - area.height / 2, list.count - area.height))
        if list.isEmpty {
            buf.putClipped(state.text(.routinesEmpty, ["key": keys.label(for: .addRoutine, in: .routines) ?? "a"]), x: area.x, y: area.y, width: area.width,
                           style: theme.style(.dim), ellipsis: glyphs.ellipsis)
        }
        for (n, r) in list.enumerated().dropFirst(top).prefix(area.height) {
            let y = area.y + n - top
            var style = r.retiredOn != nil ? theme.style(.dim) : theme.style(.itemOpen)
            if n == view.cursor { style = theme.style(.itemSelected).merged(over: style) }
            buf.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
            var details: [String] = []
            if let d = r.due { details.append(state.text(.routinesDue, ["date": d.description])) }
            if let target = r.target { details.append(state.text(.routinesTarget, ["target": String(target)])) }
            if let link = r.link { details.append(state.text(.linkLinkedTo, ["kind": link.label(state.language)])) }
            if r.workdaysOnly { details.append(state.text(.routinesWorkdays)) }
            if !r.tags.isEmpty { details.append(r.tags.joined(separator: ",")) }
            if let ret = r.retiredOn { details.append(state.text(.routinesRetiredOn, ["date": ret.description])) }
            let right = details.isEmpty ? "" : " " + details.joined(separator: " · ") + " "
            let rightWidth = min(DisplayWidth.of(right), area.width / 2)
            buf.putClipped(" " + t(r.title), x: area.x, y: y, width: area.width - rightWidth, style: style, ellipsis: glyphs.ellipsis)
            buf.putClipped(t(right), x: area.maxX - rightWidth, y: y, width: rightWidth, style: n == view.cursor ? style : theme.style(.due), ellipsis: glyphs.ellipsis)
        }
        KeyHints.drawFooter(&buf, Rect(x: 0, y: h - 1, width: w, height: 1), Screen(state: state, theme: theme, keys: keys), .routines)
        return buf
    }

    /// Draws the routine form as a box over the list.
    static func drawForm(_ buf: inout Buffer, form: RoutineForm, screen: Screen) {
        let state = screen.state, theme = screen.theme, glyphs = screen.glyphs
        let fields = RoutineForm.Field.allCases
        let width = min(buf.width - 4, 96), height = min(buf.height - 2, fields.count * 2 + 4)
        guard width >= 30, height >= 8 else { return }
        let box = Rect(x: (buf.width - width) / 2, y: max(1, (buf.height - height) / 2), width: width, height: height)
        buf.fill(box, style: theme.style(.help))
        buf.drawBox(box, style: theme.style(.paneBorderFocused), ascii: state.ascii)
        let title = " " + (form.editing.map { state.text(.routinesEditTitle, ["id": $0.id]) } ?? state.text(.routinesNewTitle)) + " "
        buf.putClipped(title, x: box.x + 2, y: box.y, width: box.width - 4, style: theme.style(.paneTitleFocused), ellipsis: glyphs.ellipsis)
        let labelWidth = fields.map { DisplayWidth.of(RoutineForm.label($0, state.language)) }.max()! + 2
        let valueWidth = box.width - 4 - labelWidth
        let rowsPerField = box.height >= fields.count * 2 + 3 ? 2 : 1
        for (i, f) in fields.enumerated() {
            let y = box.y + 1 + i * rowsPerField
            guard y < box.maxY - 1 else { break }
            let focused = f == form.focused
            buf.putClipped(RoutineForm.label(f, state.language), x: box.x + 2, y: y, width: labelWidth, style: focused ? theme.style(.helpKey) : theme.style(.help), ellipsis: "…")
            let rect = Rect(x: box.x + 2 + labelWidth, y: y, width: valueWidth, height: 1)
            if focused {
                form.values[f.rawValue].render(into: &buf, rect: rect, style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
            } else {
                buf.fill(rect, style: theme.style(.help))
                buf.putClipped(form.values[f.rawValue].text, x: rect.x, y: y, width: rect.width, style: theme.style(.help), ellipsis: "…")
            }
            if rowsPerField == 2, y + 1 < box.maxY - 1 {
                if let problem = form.problems[f] {
                    buf.putClipped(screen.t(problem), x: rect.x, y: y + 1, width: rect.width, style: theme.style(.error), ellipsis: "…")
                } else if focused {
                    buf.putClipped(screen.t(RoutineForm.hint(f, state.language)), x: rect.x, y: y + 1, width: rect.width, style: theme.style(.dim), ellipsis: "…")
                }
            }
        }
        let hint = " " + KeyHints.line(screen, .routineForm) + " "
        buf.putClipped(hint, x: box.x + 2, y: box.maxY - 1, width: box.width - 4, style: theme.style(.dim), ellipsis: "…")
    }
}
