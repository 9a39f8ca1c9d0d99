/// Why the screen could not start; the app shows `description` or its own translation of the case.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run from cron).
    case notATerminal
    /// TERM is unset or "dumb", so the terminal cannot move the cursor.
    case unsupportedTerminal(term: String?)
    /// The terminal library refused to start with this TERM (no terminfo entry, for example).
    case initializationFailed(term: String)

    /// One sentence naming the problem and the way out.
    public var description: String {
        switch self {
        case .notATerminal:
            return "MustDo's screen needs a terminal; use `mustdo today` to print the lists instead."
        case .unsupportedTerminal(let term):
            let what = term.map { "TERM=\($0)" } ?? "an unset TERM"
            return "MustDo's screen needs a terminal that can move the cursor, not \(what); use `mustdo today` to print the lists instead."
        case .initializationFailed(let term):
            return "The terminal type \"\(term)\" is unknown here; set TERM to xterm-256color or use `mustdo today` to print the lists instead."
        }
    }
}
