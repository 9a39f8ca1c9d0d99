import MustDoCore
import TerminalUI

/// The settings screen: week start, fiscal year start, workdays, day-start hour, language, theme and planning, saved to config.toml.
public struct SettingsScreen: ScreenContext {
    /// The state (settings form).
    public let state: AppState
    /// Colours.
    public let theme: Theme

    /// Creates the screen.
    public init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
    }

    /// Renders a whole frame.
    public func render() -> Buffer {
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        let w = state.width, h = state.height
        let zh = state.language == .zh
        guard w >= HomeLayout.minimumWidth, h >= HomeLayout.minimumHeight else {
            return HomeScreen(state: state, theme: theme, keymap: .home).render(overlays: false)
        }
        buf.fill(Rect(x: 0, y: 0, width: w, height: 1), style: theme.style(.header))
        buf.putClipped(zh ? " 设置 · 保存到 config.toml(注释保留)" : " Settings · saved to config.toml (comments kept)", x: 0, y: 0, width: w,
                       style: theme.style(.header), ellipsis: "…")
        let form = state.settingsForm
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
        let note = zh ? " 改周起始或财年起始:历史保持原样,从今天所在的周期起按新设置。" : " Changing the week or fiscal start keeps history as it was; the new shape starts with today's period."
        buf.putClipped(note, x: 0, y: h - 2, width: w, style: theme.style(.dim), ellipsis: "…")
        buf.fill(Rect(x: 0, y: h - 1, width: w, height: 1), style: theme.style(.footer))
        if let m = state.message {
            buf.putClipped(" " + m.text, x: 0, y: h - 1, width: w, style: theme.style(m.isError ? .error : .message), ellipsis: "…")
        } else {
            buf.putClipped(zh ? " Tab 下一项 · Enter/Ctrl-S 保存 · Esc 取消" : " Tab next · Enter/C-s save · Esc cancel", x: 0, y: h - 1, width: w, style: theme.style(.footer), ellipsis: "…")
        }
        return buf
    }
}
