/// RFC 4180 CSV text: fields separated by commas, quoted (with quotes doubled) only when they hold a comma, a
/// quote, CR or LF, and every record ending in CRLF. Optionally starts with a UTF-8 byte-order mark, which
/// spreadsheet programs need to read Chinese text as UTF-8.
public struct CSVWriter: Sendable {
    /// The text so far.
    public private(set) var text: String

    /// Starts an empty document, with a byte-order mark when `bom` is set.
    public init(bom: Bool = false) { text = bom ? "\u{FEFF}" : "" }

    /// Appends one record.
    public mutating func row(_ fields: [String]) {
        var first = true
        for f in fields {
            if !first { text += "," }
            text += CSVWriter.field(f)
            first = false
        }
        text += "\r\n"
    }

    /// One field, quoted when needed.
    public static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return s }
        var r = "\""
        for c in s.unicodeScalars {
            if c == "\"" { r += "\"\"" } else { r.unicodeScalars.append(c) }
        }
        return r + "\""
    }
}
