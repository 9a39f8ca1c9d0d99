/// Why text given to MustDo was refused rather than stored changed.
public enum TextProblem: Sendable, Equatable {
    /// It holds a NUL character, which would cut it short.
    case nul
    /// Text read from standard input or a file is not UTF-8.
    case notUTF8
    /// A command-line argument is not UTF-8 (it would be stored with U+FFFD in place of its bytes).
    case notUTF8Argument
    /// An environment variable MustDo reads (`MUSTDO_DB`, `HOME`…) is not UTF-8.
    case notUTF8Environment
    /// Two options both ask to read standard input (`--plan - --review -`): one would get nothing.
    case twoStandardInputs
}
