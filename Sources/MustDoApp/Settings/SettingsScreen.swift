import MustDoCore
import TerminalUI

/// The settings screen: week start, fiscal year start, workdays, day-start hour, language, theme and planning, saved to config.toml.
public struct SettingsScreen: ScreenContext {
    /// The state.
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// The key tables (hints).
    let keys: KeyTables
    /// The form shown.
    let form: SettingsForm

    /// Creates the screen.
    init(screen: Screen, form: SettingsForm) {
        self.state = screen.state
        self.theme = screen.theme
        self.keys = screen.keys
        self.form = form
    }

    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let w = state.width, h = state.height
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            return HomeScreen(state: state, theme: theme, keys: keys).render()
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        buf.putClipped(" " + state.text(.settingsTitle), x: 0, y: 0, width: w,
                       style: theme.style(.header), ellipsis: "…")
        let fields = SettingsForm.Field.allCases
        let labelWidth = min(w / 2, (fields.map { DisplayWidth.of(SettingsForm.label($0, state.language)) }.max() ?? 0) + 3)
        for (i, f) in fields.enumerated() {
            let y = 2 + i * 2
            guard y < h - 2 else { break }
            let focused = f == form.focused
            buf.putClipped(" " + SettingsForm.label(f, state.language), x: 0, y: y, width: labelWidth,
                           style: focused ? theme.style(.paneTitleFocused) : theme.style(.paneTitle), ellipsis: "…")
            let rect = Rect(x: labelWidth + 1, y: y, width: max(0, min(40, w - labelWidth - 2)), height: 1)
            if focused {
                form.values[f.rawValue].render(into: &buf, rect: rect, style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
            } else {
                buf.putClipped(form.values[f.rawValue].text, x: rect.x, y: y, width: rect.width, style: theme.style(.itemOpen), ellipsis: "…")
            }
            if let problem = form.problems[f] {
                buf.putClipped(problem, x: rect.x, y: y + 1, width: w - rect.x, style: theme.style(.error), ellipsis: "…")
            } else if focused {
                buf.putClipped(SettingsForm.hint(f, state.language), x: rect.x, y: y + 1, width: w - rect.x, style: theme.style(.dim), ellipsis: "…")
            }
        }
        let note = " " + state.text(.settingsNote)
        buf.putClipped(note, x: 0, y: h - 2, width: w, style: theme.style(.dim), ellipsis: "…")
        buf.fill(Rect(x: 0, y: h - 1, width: w, height: 1), style: theme.style(.footer))
        if let m = state.message {
            buf.putClipped(" " + t(m.text), x: 0, y: h - 1, width: w, style: theme.style(m.isError ? .error : .message), ellipsis: "…")
        } else {
            buf.putClipped(" " + KeyHints.line(Screen(state: state, theme: theme, keys: keys), .settings), x: 0, y: h - 1, width: w, style: theme.style(.footer), ellipsis: "…")
        }
        return buf
    }
}
