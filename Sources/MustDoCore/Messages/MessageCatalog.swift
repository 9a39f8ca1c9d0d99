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
        // Bytes, not `contains("{")`: with Foundation in scope that resolves to NSString's search (a tenth of a start).
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            if c == "{" {
                let next = template.index(after: i)
                if next < template.endIndex, template[next] == "{" { out.append("{"); i = template.index(after: next); continue }
                if let close = template[next...].firstIndex(of: "}") {
                    let name = String(template[next..<close])
                    if let v = values[name] { out += v } else { out += "{" + name + "}" }
                    i = template.index(after: close)
                    continue
                }
            } else if c == "}" {
                let next = template.index(after: i)
                if next < template.endIndex, template[next] == "}" { out.append("}"); i = template.index(after: next); continue }
            }
            out.append(c)
            i = template.index(after: i)
        }
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
