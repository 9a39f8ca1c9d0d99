/// Small text helpers of the exchange readers and writers.
extension String {
    /// Without leading and trailing characters in `set`.
    func trimmed(of set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }

    /// Line breaks written as `\n` (CRLF and CR as one break).
    func replacingLineBreaks() -> String {
        var out = ""
        var previousCR = false
        for u in unicodeScalars {
            if u == "\r" { out += "\\n" } else if u == "\n" { if !previousCR { out += "\\n" } } else { out.unicodeScalars.append(u) }
            previousCR = u == "\r"
        }
        return out
    }

    /// The parts between occurrences of `separator` (all of them, empty ones included).
    func splitting(_ separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let r = rest.firstRange(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
