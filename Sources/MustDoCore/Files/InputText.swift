/// Checks on text a user gives MustDo, so that what is stored is exactly what was given, or nothing is.
public enum InputText {
    /// Decodes `bytes` read for `what` (e.g. `--plan -`): refuses bytes that are not UTF-8 and NUL characters.
    public static func decode(_ bytes: [UInt8], what: String) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw MustDoError.textRefused(what: what, problem: .notUTF8) }
        try check(text, what: what)
        return text
    }

    /// Refuses `text` when it holds a NUL character (SQLite and the terminal would cut it there).
    public static func check(_ text: String, what: String) throws {
        if text.utf8.contains(0) { throw MustDoError.textRefused(what: what, problem: .nul) }
    }

    /// Refuses command-line arguments whose bytes are not UTF-8 (a `--db` path or a title would silently change).
    ///
    /// `arguments` are the raw bytes of argv without the program name; the error quotes the argument with
    /// its bad bytes written `\xNN`.
    public static func checkArguments(_ arguments: [[UInt8]]) throws {
        for raw in arguments where String(validating: raw, as: UTF8.self) == nil {
            throw MustDoError.textRefused(what: escaped(raw), problem: .notUTF8Argument)
        }
    }

    /// Refuses a variable among `names` whose value in `environment` (raw `NAME=value` entries) is not UTF-8.
    public static func checkEnvironment(_ environment: [[UInt8]], names: Set<String>) throws {
        for raw in environment where String(validating: raw, as: UTF8.self) == nil {
            guard let eq = raw.firstIndex(of: UInt8(ascii: "=")), let name = String(validating: raw[..<eq], as: UTF8.self),
                  names.contains(name) else { continue }
            throw MustDoError.textRefused(what: escaped(raw), problem: .notUTF8Environment)
        }
    }

    /// Refuses when more than one of `options` has the value `-` (standard input can be read once).
    public static func checkOneStandardInput(_ options: [(name: String, value: String?)]) throws {
        let dashes = options.filter { $0.value == "-" }.map(\.name)
        if dashes.count > 1 { throw MustDoError.textRefused(what: dashes.joined(separator: " - "), problem: .twoStandardInputs) }
    }

    /// `raw` as text with each byte that is not part of valid UTF-8 written `\xNN`.
    static func escaped(_ raw: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < raw.count {
            var decoded = false
            for length in 1...4 where i + length <= raw.count {
                if let s = String(validating: raw[i..<(i + length)], as: UTF8.self) {
                    out += s
                    i += length
                    decoded = true
                    break
                }
            }
            if !decoded {
                let hex = String(raw[i], radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                i += 1
            }
        }
        return out
    }
}
