import MustDoCore
import TerminalUI

/// The multi-line journal editor, drawn as a box over the screen.
public struct JournalEditorScreen: ScreenContext {
    /// The state (editor text, language).
    public let state: AppState
    /// Colours.
    public let theme: Theme
    /// What is being edited.
    public let target: AppState.JournalTarget

    /// Creates the screen.
    public init(state: AppState, theme: Theme, target: AppState.JournalTarget) {
        self.state = state
        self.theme = theme
        self.target = target
    }

    /// Draws the editor box.
    public func draw(into buf: inout Buffer) {
        let zh = state.language == .zh
        let width = min(buf.width - 4, 100), height = min(buf.height - 4, 20)
        guard width >= 20, height >= 5 else { return }
        let box = Rect(x: (buf.width - width) / 2, y: (buf.height - height) / 2, width: width, height: height)
        buf.fill(box, style: theme.style(.help))
        buf.drawBox(box, style: theme.style(.paneBorderFocused), ascii: state.ascii)
        let what = target.part == .plan ? (zh ? "计划" : "plan") : (zh ? "复盘" : "review")
        let title = zh ? " 工作日志 \(target.key) · \(what) " : " Journal \(target.key) · \(what) "
        buf.putClipped(title, x: box.x + 2, y: box.y, width: box.width - 4, style: theme.style(.paneTitleFocused), ellipsis: "…")
        let hint = zh ? " Esc/Ctrl-S 保存 · Ctrl-G 放弃 " : " Esc/C-s save · C-g discard "
        buf.putClipped(hint, x: box.x + 2, y: box.maxY - 1, width: box.width - 4, style: theme.style(.dim), ellipsis: "…")
        state.textArea.render(into: &buf, rect: Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2),
                              style: theme.style(.help), cursorStyle: theme.style(.itemSelected))
    }
}
