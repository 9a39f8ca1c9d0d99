/// Escaping and splitting of vCard values (RFC 6350 §3.4, RFC 2426 §4): `\\`, `\,`, `\;` and `\n` in text,
/// `;` between the components of a structured value (N, ADR, ORG) and `,` between the items of a list.
///
/// It differs from `ICalendarWriter.escape` on purpose: a vCard text value may hold a tab, and a component is
/// split before it is unescaped, so an escaped `\;` inside a street stays in the street.
public enum VCardText {
    /// `text` escaped for a text value or one component of a structured value: `\`, `,`, `;` and line breaks.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default: out.unicodeScalars.append(u)
            }
            previousCR = u == "\r"
        }
        return out
    }

    /// The text of an escaped value: `\n`/`\N` is a line break, `\\`, `\,`, `\;` and `\:` the character; any
    /// other backslash is kept as written (lenient, as most readers are).
    public static func unescape(_ raw: some StringProtocol) -> String {
        guard raw.contains("\\") else { return String(raw) }
        var out = ""
        var escaped = false
        for u in raw.unicodeScalars {
            if escaped {
                switch u {
                case "n", "N": out += "\n"
                case "\\", ",", ";", ":": out.unicodeScalars.append(u)
                default: out += "\\"; out.unicodeScalars.append(u)
                }
                escaped = false
            } else if u == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(u)
            }
        }
        if escaped { out += "\\" }
        return out
    }

    /// Splits an escaped value at each unescaped `separator` (`;` or `,`), keeping the escapes in the parts.
    public static func split(_ raw: some StringProtocol, on separator: Unicode.Scalar) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for u in raw.unicodeScalars {
            if escaped {
                current.unicodeScalars.append(u)
                escaped = false
            } else if u == "\\" {
                current.unicodeScalars.append(u)
                escaped = true
            } else if u == separator {
                parts.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(u)
            }
        }
        parts.append(current)
        return parts
    }

    /// A parameter value as written: quoted when it holds `:`, `;` or `,`; in vCard 4.0 `"`, `^` and line breaks
    /// are written with RFC 6868's caret escapes (`^'`, `^^`, `^n`), in 3.0 (which has none) `"` becomes `'`.
    public static func parameterValue(_ value: String, version: VCardVersion) -> String {
        var out = ""
        var quote = false
        for u in value.unicodeScalars {
            switch u {
            case ":", ";", ",": quote = true; out.unicodeScalars.append(u)
            case "\"": out += version == .v4 ? "^'" : "'"
            case "^": out += version == .v4 ? "^^" : "^"
            case "\n", "\r": out += version == .v4 ? "^n" : " "
            default: out.unicodeScalars.append(u)
            }
        }
        return quote ? "\"" + out + "\"" : out
    }

    /// Decodes RFC 6868 caret escapes in a vCard 4.0 parameter value (`^n`, `^'`, `^^`).
    public static func caretDecode(_ value: String) -> String {
        guard value.contains("^") else { return value }
        var out = ""
        var caret = false
        for u in value.unicodeScalars {
            if caret {
                switch u {
                case "n": out += "\n"
                case "'": out += "\""
                case "^": out += "^"
                default: out += "^"; out.unicodeScalars.append(u)
                }
                caret = false
            } else if u == "^" {
                caret = true
            } else {
                out.unicodeScalars.append(u)
            }
        }
        if caret { out += "^" }
        return out
    }
}
