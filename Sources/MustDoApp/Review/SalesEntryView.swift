import MustDoCore
import TerminalUI

/// The line on the sales ranking where a figure is typed: `customer amount [volume]` for the month shown. Enter
/// checks it (a mistake is said on the status line and the text stays), Esc closes it.
public struct SalesEntryView: View {
    /// The month the figure is for.
    public let month: SalesMonth
    /// The line being typed.
    public var editor: LineEditor

    /// Opens the line for `month` with `text` already typed (after a refusal, the refused text).
    public init(month: SalesMonth, text: String) {
        self.month = month
        editor = LineEditor(text: text)
    }

    /// Answers to `[keys.prompt]` (Enter, Esc).
    public var kind: ViewKind { .prompt }
    /// The sales entry mode.
    public var mode: AppState.Mode { .salesEntry }
    /// Drawn over the ranking.
    public var isOverlay: Bool { true }
    /// What was typed and not saved.
    public var draft: String? { editor.text.isEmpty ? nil : editor.text }

    /// Enter checks and adds, Esc closes.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        switch c {
        case .submit:
            do {
                let entry = try SalesEntryText(editor.text, month: month)
                return ViewStep([.addSales(entry)], .pop)
            } catch {
                state.message = .init(text: error.message(state.language), isError: true)
                return ViewStep()
            }
        case .cancel:
            return ViewStep([], .pop)
        default:
            return ViewStep()
        }
    }

    /// Every other key edits the line.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        editor.apply(key)
        state.message = nil
        return ViewStep()
    }

    /// Draws the prompt and the line on the bottom row.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let state = screen.state, theme = screen.theme
        let r = Rect(x: 0, y: max(0, state.height - 1), width: state.width, height: 1)
        buf.fill(r, style: theme.style(.footer))
        if let said = state.message, r.y > 0 {
            // The status line is under the prompt: a refusal is said on the line above it.
            let line = Rect(x: 0, y: r.y - 1, width: state.width, height: 1)
            buf.fill(line, style: theme.style(said.isError ? .error : .message))
            buf.putClipped(" " + screen.t(said.text), x: 0, y: line.y, width: line.width, style: theme.style(said.isError ? .error : .message),
                           ellipsis: screen.glyphs.ellipsis)
        }
        let prompt = " " + state.text(.rscrSalesEntryPrompt, ["month": month.description]) + " "
        let w = buf.putClipped(prompt, x: r.x, y: r.y, width: r.width * 2 / 3, style: theme.style(.prompt), ellipsis: screen.glyphs.ellipsis)
        editor.render(into: &buf, rect: Rect(x: r.x + w, y: r.y, width: max(0, r.width - w), height: 1),
                      style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
    }
}
