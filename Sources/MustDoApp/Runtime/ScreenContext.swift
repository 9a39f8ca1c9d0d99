import MustDoCore
import TerminalUI

/// What every screen reads, state and theme, and the words, marks and text helpers derived from them.
protocol ScreenContext {
    /// The state drawn.
    var state: AppState { get }
    /// Colours and attributes by role.
    var theme: Theme { get }
}

extension ScreenContext {
    var words: Vocabulary { Vocabulary(state.language) }
    var glyphs: Glyphs { Glyphs(ascii: state.ascii) }

    /// Text safe for the terminal and the current mode: control characters and bidi overrides are written as visible
    /// escapes (`\u{1b}`, as the console does), and in ASCII mode the typographic marks become plain ones.
    func t(_ s: String) -> String {
        let s = s.terminalSafe
        guard state.ascii else { return s }
        var out = ""
        for ch in s {
            switch ch {
            case "·": out += "|"
            case "–", "—": out += "-"
            case "…": out += "~"
            case "‘", "’": out += "'"
            case "“", "”": out += "\""
            default: out.append(ch)
            }
        }
        return out
    }

    /// Multi-line user text (journal, plan) made safe for the terminal, its line breaks kept for wrapping.
    func lines(_ s: String) -> String { s.terminalSafe(keepingLineBreaks: true) }
}
