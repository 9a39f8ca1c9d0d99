/// Looks sentences up in the catalog of a language and fills their `{name}` placeholders.
///
/// One catalog per language (`MessageCatalog+English.swift`, `MessageCatalog+Chinese.swift`):
/// adding a language is adding such a file and a `Language` case.
public enum MessageCatalog {
    /// The whole catalog of `language`.
    public static func table(_ language: Language) -> MessageTable {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    /// The sentence `key` in `language` with each `{name}` replaced by `values[name]`.
    ///
    /// A key missing from a catalog falls back to English (a test makes sure none is missing);
    /// a placeholder without a value is left as written so the omission shows.
    public static func text(_ key: MessageKey, _ language: Language, _ values: [String: String] = [:]) -> String {
        let template = table(language)[key] ?? english[key] ?? key.rawValue
        return fill(template, values)
    }

    /// Replaces `{name}` placeholders in `template`; `{{` and `}}` stand for literal braces.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        // Scanned as UTF-8 bytes, copying the runs between braces whole: walking Characters (grapheme breaking) was
        // most of a printed line's cost. `{` and `}` are ASCII, so they never sit inside a longer character's bytes.
        // (Bytes, not `contains("{")`: with Foundation in scope that resolves to NSString's search.)
        var template = template
        template.makeContiguousUTF8()
        let filled = template.utf8.withContiguousStorageIfAvailable { fill(bytes: $0, values) }
        return (filled ?? nil) ?? template
    }

    /// `fill` over the template's UTF-8 bytes; nil when there is no `{` (the template is then its own text).
    private static func fill(bytes: UnsafeBufferPointer<UInt8>, _ values: [String: String]) -> String? {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let end = bytes.count
        guard bytes.contains(open) else { return nil }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) }
        var out = ""
        out.reserveCapacity(end + 16)
        // `run` starts the bytes copied as they are, `i` the byte looked at.
        var run = 0
        var i = 0
        while i < end {
            let b = bytes[i]
            if b == open {
                let next = i + 1
                if next < end, bytes[next] == open {
                    out += text(run, i); out += "{"
                    i = next + 1; run = i
                    continue
                }
                if let stop = bytes[next...].firstIndex(of: close) {
                    out += text(run, i)
                    let name = text(next, stop)
                    if let v = values[name] { out += v } else { out += "{" + name + "}" }
                    i = stop + 1; run = i
                    continue
                }
            } else if b == close {
                let next = i + 1
                if next < end, bytes[next] == close {
                    out += text(run, i); out += "}"
                    i = next + 1; run = i
                    continue
                }
            }
            i += 1
        }
        out += text(run, end)
        return out
    }

    /// The placeholder names a template uses, for the catalog consistency test.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var name: String? = nil
        var previous: Character? = nil
        for c in template {
            if c == "{" {
                if name == "" && previous == "{" { name = nil } else { name = "" }
            } else if c == "}" {
                if let n = name, !n.isEmpty { names.insert(n) }
                name = nil
            } else if name != nil {
                name! += String(c)
            }
            previous = c
        }
        return names
    }
}

extension Language {
    /// The catalog sentence `key` in this language, placeholders filled from `values`.
    public func text(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        MessageCatalog.text(key, self, values)
    }
}
