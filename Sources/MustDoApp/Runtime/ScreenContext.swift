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

    /// Text safe for the current mode: in ASCII mode the typographic marks become plain ones.
    func t(_ s: String) -> String {
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
}
