/// Terminal safety of user text: the one place that decides which characters may reach a terminal as they are.
///
/// Unsafe scalars are the C0 controls (U+0000–U+001F), DEL (U+007F), the C1 controls (U+0080–U+009F,
/// U+009B is a one-byte CSI), the bidirectional overrides, embeddings and isolates (U+202A–U+202E,
/// U+2066–U+2069, U+061C, U+200E, U+200F) and the line and paragraph separators (U+2028, U+2029).
/// Escaped, each becomes visible text such as `\u{1b}`, so an `ESC [ 2 J` in a title prints as
/// `\u{1b}[2J` instead of clearing the screen. Console output (the CLI's `Output`) and the screen
/// (`Sources/MustDoApp`, through `terminalSafe`) both use these functions; input checks use
/// `firstUnsafeScalar` to refuse such text before it is stored.
extension String {
    /// Whether `scalar` must never reach a terminal as it is (newline and tab included: callers that keep them say so).
    public static func isTerminalUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        if v <= 0x9F { return true }
        switch v {
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The text with every unsafe scalar written as a visible escape (`\u{1b}`); newlines and tabs are escaped too, so the result is one line.
    public var terminalSafe: String { terminalSafe(keepingLineBreaks: false) }

    /// The text with every unsafe scalar written as a visible escape; with `keepingLineBreaks`, `\n`, `\r\n` and `\t` stay (multi-line text, tables, CSV).
    public func terminalSafe(keepingLineBreaks: Bool) -> String {
        // Fast path: nothing to escape (the usual case, and the bulk output of `mustdo periods`).
        guard firstUnsafeScalar(allowingLineBreaks: keepingLineBreaks) != nil else { return self }
        var out = String.UnicodeScalarView()
        let scalars = Array(unicodeScalars)
        for (i, u) in scalars.enumerated() {
            if String.isTerminalUnsafe(u), !(keepingLineBreaks && String.isLineBreak(scalars, at: i)) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// The first scalar that may not reach a terminal, or nil; with `allowingLineBreaks`, `\n`, `\r\n` and `\t` are allowed.
    public func firstUnsafeScalar(allowingLineBreaks: Bool = false) -> Unicode.Scalar? {
        // Bytes first: everything unsafe starts with a byte below 0x20, 0x7F, 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (U+20xx).
        let suspicious = utf8.withContiguousStorageIfAvailable { String.mayHoldUnsafeScalar($0, allowingLineBreaks: allowingLineBreaks) }
            ?? utf8.contains { b in
                b < 0x20 ? !(allowingLineBreaks && (b == 0x0A || b == 0x09)) : (b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2)
            }
        guard suspicious else { return nil }
        let scalars = Array(unicodeScalars)
        for (i, u) in scalars.enumerated() where String.isTerminalUnsafe(u) {
            if allowingLineBreaks && String.isLineBreak(scalars, at: i) { continue }
            return u
        }
        return nil
    }

    /// Whether UTF-8 `bytes` may hold an unsafe scalar: false only when none of them encodes one. The lead bytes alone
    /// (0xC2, 0xE2) flagged every line with a `·` or `…`, and `mustdo today` then walked its whole output scalar by scalar
    /// (0.38M instructions, issue 14 start-up); the bytes after them tell C1 and the bidi controls from the rest.
    /// A `\r` always defers to the scalar walk, which knows whether a `\n` follows.
    static func mayHoldUnsafeScalar(_ bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x20 {
                if !(allowingLineBreaks && (b == 0x0A || b == 0x09)) { return true }
            } else if b == 0x7F {
                return true
            } else if b == 0xC2 {  // U+0080–U+009F: C2 80–C2 9F
                if i + 1 >= n || bytes[i + 1] <= 0x9F { return true }
            } else if b == 0xD8 {  // U+061C: D8 9C
                if i + 1 >= n || bytes[i + 1] == 0x9C { return true }
            } else if b == 0xE2 {  // U+200E/F, U+2028–U+202E: E2 80 8E/8F/A8–AE; U+2066–U+2069: E2 81 A6–A9
                guard i + 2 < n else { return true }
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (0xA8...0xAE).contains(b2)) { return true }
                if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return true }
            }
            i += 1
        }
        return false
    }

    /// User input quoted in a message: one safe line of at most `limit` characters, `…` marking a cut, so an error never repeats a whole argument.
    public func quotedForMessage(limit: Int = 40) -> String {
        let safe = terminalSafe
        guard safe.count > limit else { return safe }
        return String(safe.prefix(max(1, limit - 1))) + "…"
    }

    /// Whether the scalar at `i` is a newline, a tab, or the `\r` of a `\r\n`.
    private static func isLineBreak(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        let u = scalars[i]
        return u == "\n" || u == "\t" || (u == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
    }
}
