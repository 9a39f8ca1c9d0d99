import MustDoCore

/// A small JSON text builder with correct string escaping and stable key order (the console's only JSON writer).
struct JSONWriter {
    private(set) var text = ""

    /// A JSON string literal for `s`.
    static func quote(_ s: String) -> String {
        var r = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            case "\t": r += "\\t"
            default:
                // Every scalar unsafe for a terminal (C0, DEL, C1, bidi overrides, U+2028/9) as \\uXXXX: valid JSON, and nothing for `Output` to escape.
                if String.isTerminalUnsafe(u) {
                    let hex = String(u.value, radix: 16)
                    r += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    r.unicodeScalars.append(u)
                }
            }
        }
        return r + "\""
    }

    /// A JSON value for an optional string.
    static func value(_ s: String?) -> String { s.map(quote) ?? "null" }
    /// A JSON value for an optional number.
    static func value(_ n: Int?) -> String { n.map(String.init) ?? "null" }
    /// An object from ordered pairs of key and already-encoded value.
    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { quote($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
    /// An array of already-encoded values.
    static func array(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }
}
