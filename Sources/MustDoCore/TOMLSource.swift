import TOMLKit

/// A parsed TOML file that can say on which line a key or array-of-tables entry stands, for error messages.
public struct TOMLSource {
    /// The file name used in messages.
    public let file: String
    /// The parsed root table.
    public let root: TOMLTable
    private let lines: [Substring]

    /// Parses `text`; a syntax error becomes `makeError(line, problem)`.
    public init(text: String, file: String, makeError: (Int, String) -> MustDoError) throws {
        self.file = file
        // "\r\n" is one Character in Swift, so splitting on "\n" alone would keep a CRLF file on one line.
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        // toml++ would abort on some invalid input (see unparseableSpot): parse only what comes before that
        // statement, so that an earlier mistake is still reported first, then report the spot itself.
        let bad = TOMLSource.unparseableSpot(in: text)
        do {
            root = try TOMLTable(string: bad.map { String(decoding: Array(text.utf8)[..<$0.statement], as: UTF8.self) } ?? text)
        } catch let error as TOMLParseError {
            throw makeError(error.source.begin.line, TOMLSource.oneLine(error.description))
        } catch {
            throw makeError(0, TOMLSource.oneLine("\(error)"))
        }
        if let bad { throw makeError(bad.line, bad.problem) }
    }

    /// `text` with control characters written as escapes, so that a parser message quoting the file stays one line.
    static func oneLine(_ text: String) -> String {
        var out = ""
        for u in text.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029:
                out += "\\u{" + String(u.value, radix: 16) + "}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// The first spot where toml++ 3.4.0 would abort on an assertion in a debug build (and, with NDEBUG, assume
    /// the impossible) instead of reporting an error: a table header whose `[` or `[[` is not followed by a name
    /// (`[[[`, `[=`; fixed upstream in tomlplusplus#301), a list whose next value starts with `}` or a Unicode
    /// line break (U+2028, U+2029, U+0085), and a date followed by a space and one digit (`2026-01-01 3`), which
    /// it scans as a date-time past the value's end. None of these is valid TOML. Strings, comments and multi-line lists
    /// are followed so that only those spots are found. Returns the byte offset where the statement holding the
    /// spot starts (everything before it can be parsed first), its 1-based line, and what is wrong.
    static func unparseableSpot(in text: String) -> (statement: Int, line: Int, problem: String)? {
        let b = Array(text.utf8)
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0                 // toml++ skips a byte order mark
        var line = 1, lineOffset = 0, statement = 0, lineStart = true
        var open: [UInt8] = []                                              // the [ and { of values, innermost last
        func at(_ k: Int) -> UInt8 { k < b.count ? b[k] : 0 }
        func isKeyStart(_ c: UInt8) -> Bool {
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D || c == 0x22 || c == 0x27
        }
        /// `dddd-dd-dd d` then a character that ends a value: toml++ takes it for a date-time with a space and scans on from the end.
        func isDateThenLoneDigit(at k: Int) -> Bool {
            let digit = { (x: UInt8) in x >= 0x30 && x <= 0x39 }
            for (o, want) in [(4, 0x2D), (7, 0x2D), (10, 0x20)] as [(Int, UInt8)] where at(k + o) != want { return false }
            for o in [0, 1, 2, 3, 5, 6, 8, 9, 11] where !digit(at(k + o)) { return false }
            let next = at(k + 12)
            let continues = digit(next) || next == 0x3A || next == 0x2E || next == 0x2B || next == 0x2D || next == 0x5F
                || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A)
            return !continues
        }
        /// Skips the string whose opening quote is at `i`; a single-line one also ends at the end of its line.
        func skipString() {
            let q = b[i]
            let multi = at(i + 1) == q && at(i + 2) == q
            i += multi ? 3 : 1
            while i < b.count {
                if q == 0x22 && b[i] == 0x5C { i += 2; continue }           // an escape in "…"
                if b[i] == 0x0A { if !multi { return }; line += 1; lineOffset = i + 1 }
                if b[i] == q && (!multi || (at(i + 1) == q && at(i + 2) == q)) {
                    i += multi ? 3 : 1
                    while multi && i < b.count && b[i] == q { i += 1 }      // """a"""" ends with a quote inside
                    return
                }
                i += 1
            }
        }
        while i < b.count {
            let c = b[i]
            if lineStart && open.isEmpty && c != 0x20 && c != 0x09 && c != 0x0D && c != 0x0A { statement = lineOffset }
            switch c {
            case 0x0A:
                i += 1; line += 1; lineOffset = i; lineStart = open.isEmpty
            case 0x20, 0x09, 0x0D:
                i += 1
            case 0x23:                                                        // a comment
                while i < b.count && b[i] != 0x0A { i += 1 }
            case 0x22, 0x27:
                lineStart = false; skipString()
            case 0x5B where lineStart && open.isEmpty:                        // a table header
                i += 1
                var spaced = false
                while at(i) == 0x20 || at(i) == 0x09 { i += 1; spaced = true }
                if at(i) == 0x5B {
                    if spaced { return nil }                                  // "[ [": toml++ reports it
                    i += 1
                    while at(i) == 0x20 || at(i) == 0x09 { i += 1 }
                }
                if i >= b.count || at(i) == 0x5D { return nil }               // toml++ reports these
                if !isKeyStart(at(i)) { return (statement, line, "a table header '[' or '[[' must be followed by a name, e.g. [keys.home]") }
                while i < b.count && b[i] != 0x0A && b[i] != 0x5D {           // the name (quoted parts may hold brackets)
                    if b[i] == 0x22 || b[i] == 0x27 { skipString() } else { i += 1 }
                }
                while at(i) == 0x5D { i += 1 }
                lineStart = false
            case 0x5B, 0x7B:
                open.append(c); lineStart = false; i += 1
            case 0x5D:
                if !open.isEmpty { open.removeLast() }
                lineStart = false; i += 1
            case 0x7D:
                if open.last == 0x5B { return (statement, line, "a list cannot hold '}': close it with ']'") }
                if !open.isEmpty { open.removeLast() }
                lineStart = false; i += 1
            case 0xE2 where at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9), 0xC2 where at(i + 1) == 0x85:
                return (statement, line, "a Unicode line or paragraph separator (U+2028, U+2029, U+0085) is only allowed inside a string or a comment")
            case 0x30...0x39 where isDateThenLoneDigit(at: i):
                return (statement, line, "a date followed by a space and a single digit is not a value: write a date-time as 2026-11-23T07:30:00")
            default:
                lineStart = false; i += 1
            }
        }
        return nil
    }

    /// The 1-based line of `key` inside the table whose header is `header` (nil: the top level), searching from that header's `occurrence`-th appearance.
    public func line(of key: String?, inTable header: String?, occurrence: Int = 0) -> Int {
        var start = 0
        if let header {
            var seen = -1
            for (i, raw) in lines.enumerated() {
                let t = raw.trimmingSpaces
                if t == "[\(header)]" || t == "[[\(header)]]" {
                    seen += 1
                    if seen == occurrence { start = i; break }
                }
            }
            guard seen == occurrence else { return 0 }
            if key == nil { return start + 1 }
        }
        guard let key else { return 0 }
        for i in start..<lines.count {
            let t = lines[i].trimmingSpaces
            if i > start, t.hasPrefix("[") { break }
            if TOMLLine.keyPath(of: t)?.first == key { return i + 1 }
        }
        return header == nil ? 0 : start + 1
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return s
    }
}
