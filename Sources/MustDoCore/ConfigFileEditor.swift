#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites top-level settings in a config.toml text while keeping everything else (comments, tables, order) as it was.
public enum ConfigFileEditor {
    /// Returns `text` with each `key = value` set: an existing top-level line is replaced in place (a trailing comment kept),
    /// a missing key is added after the last top-level setting (or at the top, before any table).
    public static func update(_ text: String, with values: [(key: String, value: String)]) -> String {
        var lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let firstTable = lines.firstIndex { $0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("[") } ?? lines.count
        var lastSetting = -1
        for i in 0..<firstTable where keyOf(lines[i]) != nil { lastSetting = i }
        var insertAt = lastSetting >= 0 ? lastSetting + 1 : firstTable
        for (key, value) in values {
            if let i = (0..<min(firstTable, lines.count)).first(where: { keyOf(lines[$0]) == key }) {
                let comment = trailingComment(lines[i])
                lines[i] = "\(key) = \(value)" + (comment.map { "  " + $0 } ?? "")
            } else {
                lines.insert("\(key) = \(value)", at: insertAt)
                insertAt += 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `text` to the config file at `path` atomically: its folder is made (0700) when missing, a new file is
    /// 0600 and a rewritten one keeps its mode. A failure is `configNotSaved` and leaves the old file as it was.
    /// A config.toml that is a symbolic link (a dotfiles folder) stays a link: the file it points to is rewritten.
    public static func save(_ text: String, to path: String) throws {
        do {
            var target = path
            var st = stat()
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(path, nil) {
                target = String(cString: resolved)
                free(resolved)
            }
            try PrivateDirectory.make(PrivateDirectory.parent(of: target))
            try AtomicFile.write(text, to: target)
        } catch let e as FileSystemError {
            throw MustDoError.configNotSaved(path: path, reason: e.reason)
        }
    }

    /// The single key a `key = value` line sets, or nil for comments, blanks, tables and dotted keys.
    static func keyOf(_ line: String) -> String? {
        guard let path = TOMLLine.keyPath(of: line), path.count == 1 else { return nil }
        return path[0]
    }

    /// A `# comment` after the value, outside quotes.
    static func trailingComment(_ line: String) -> String? {
        var inString = false, quote: Character = "\""
        var previous: Character = " "
        for (i, c) in line.enumerated() {
            if inString {
                if c == quote && previous != "\\" { inString = false }
            } else if c == "\"" || c == "'" {
                inString = true
                quote = c
            } else if c == "#" {
                return String(line.dropFirst(i))
            }
            previous = c
        }
        return nil
    }

    /// A TOML basic string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += String(format4: u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

private extension String {
    init(format4 v: UInt32) {
        let hex = String(v, radix: 16, uppercase: true)
        self = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
