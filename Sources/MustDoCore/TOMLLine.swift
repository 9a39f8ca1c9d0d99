/// The one reader of what a single TOML line sets: used to find a key's line for messages and to edit config.toml in place.
public enum TOMLLine {
    /// The dotted key a `key = value` line sets (`a.b = 1` → ["a", "b"]; `"2026-10-01" = "x"` → ["2026-10-01"]),
    /// or nil for a comment, a blank line, a table header or a line that sets nothing.
    public static func keyPath<S: StringProtocol>(of line: S) -> [String]? {
        var parts: [String] = []
        var i = line.startIndex
        func skipBlanks() { while i < line.endIndex, line[i] == " " || line[i] == "\t" { i = line.index(after: i) } }
        skipBlanks()
        while true {
            guard i < line.endIndex else { return nil }
            let c = line[i]
            if c == "\"" || c == "'" {
                var part = ""
                i = line.index(after: i)
                var closed = false
                while i < line.endIndex {
                    let d = line[i]
                    if d == c { closed = true; i = line.index(after: i); break }
                    if c == "\"", d == "\\", line.index(after: i) < line.endIndex {
                        i = line.index(after: i)
                    }
                    part.append(line[i])
                    i = line.index(after: i)
                }
                guard closed else { return nil }
                parts.append(part)
            } else {
                var part = ""
                while i < line.endIndex, line[i].isLetter || line[i].isNumber || line[i] == "_" || line[i] == "-" {
                    part.append(line[i])
                    i = line.index(after: i)
                }
                guard !part.isEmpty else { return nil }
                parts.append(part)
            }
            skipBlanks()
            guard i < line.endIndex else { return nil }
            if line[i] == "=" { return parts }
            guard line[i] == "." else { return nil }
            i = line.index(after: i)
            skipBlanks()
        }
    }
}
