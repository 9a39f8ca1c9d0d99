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
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw makeError(error.source.begin.line, error.description)
        } catch {
            throw makeError(0, "\(error)")
        }
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
            if t.hasPrefix(key) {
                let rest = t.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" })
                if rest.hasPrefix("=") || rest.hasPrefix(".") { return i + 1 }
            }
            if t.hasPrefix("\"\(key)\"") { return i + 1 }
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
