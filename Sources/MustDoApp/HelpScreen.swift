import MustDoCore
import TerminalUI

/// The key help, generated from the key table, drawn over the home screen.
public struct HelpScreen: ScreenContext {
    /// The state (language, size).
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// The table to describe.
    public let keymap: KeyMap

    /// Creates the screen.
    public init(state: AppState, theme: Theme, keymap: KeyMap) {
        self.state = state
        self.theme = theme
        self.keymap = keymap
    }

    /// Draws a centred box listing every command with its keys.
    public func draw(into buf: inout Buffer) {
        let zh = state.language == .zh
        let rows = keymap.bindings.filter { !$0.keys.isEmpty }.map { (KeyMap.label($0.keys[0]) + ($0.keys.count > 1 ? "  " + $0.keys.dropFirst().map(KeyMap.label).joined(separator: " ") : ""), $0.command.help(state.language)) }
        let keyWidth = min(24, rows.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let descWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
        let colWidth = keyWidth + descWidth + 4
        let available = Rect(x: 1, y: 1, width: max(0, buf.width - 2), height: max(0, buf.height - 2))
        let columns = max(1, min(2, (available.width - 2) / max(1, colWidth)))
        let perColumn = (rows.count + columns - 1) / columns
        let width = min(available.width, columns * colWidth + 2)
        let height = min(available.height, perColumn + 4)
        let box = Rect(x: available.x + (available.width - width) / 2, y: available.y + (available.height - height) / 2, width: width, height: height)
        guard box.width >= 10, box.height >= 4 else { return }
        buf.fill(box, style: theme.style(.help))
        buf.drawBox(box, style: theme.style(.paneBorderFocused), ascii: state.ascii)
        let title = zh ? " 按键帮助 · 任意键关闭 " : " Keys · any key closes "
        buf.putClipped(title, x: box.x + 2, y: box.y, width: box.width - 4, style: theme.style(.paneTitleFocused), ellipsis: "…")
        for (i, row) in rows.enumerated() {
            let col = i / perColumn, line = i % perColumn
            let y = box.y + 2 + line
            guard y < box.maxY - 1 else { continue }
            let x = box.x + 2 + col * colWidth
            buf.putClipped(row.0, x: x, y: y, width: keyWidth, style: theme.style(.helpKey), ellipsis: "…")
            buf.putClipped(row.1, x: x + keyWidth + 2, y: y, width: max(0, min(descWidth, box.maxX - 2 - x - keyWidth - 2)), style: theme.style(.help), ellipsis: "…")
        }
    }
}
