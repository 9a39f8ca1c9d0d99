import MustDoCore

/// A team command's failure: one catalog sentence and its sysexits code (69 server unreachable, 75 connection lost,
/// 77 refused login or permission, 78 team not configured, 64 a mistake in the command, 65 bad data).
public struct TeamError: Error, Equatable {
    /// The catalog sentence.
    public let key: MessageKey
    /// Its placeholders.
    public let values: [String: String]
    /// The process exit code.
    public let exitCode: Int32

    /// A failure said by `key` with `values`, ending the process with `exitCode`.
    public init(_ key: MessageKey, _ values: [String: String] = [:], exitCode: Int32) {
        self.key = key
        self.values = values
        self.exitCode = exitCode
    }

    /// The sentence in `language`.
    public func message(_ language: Language) -> String {
        MustDoError.invalidInput(key, values).message(language)
    }
}
