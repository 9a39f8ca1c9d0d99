/// The two languages MustDo speaks.
public enum Language: String, Sendable, CaseIterable {
    /// Simplified Chinese.
    case zh
    /// English.
    case en

    /// Parses `zh`, `zh_CN.UTF-8`, `zh-Hans`, `en`, `en_US` …; nil for other languages.
    public init?(code: String) {
        let c = code.lowercased()
        if c.hasPrefix("zh") { self = .zh } else if c.hasPrefix("en") { self = .en } else { return nil }
    }

    /// The language from the environment: Chinese when LC_ALL (or LC_MESSAGES, LANG) starts with zh, else English.
    public static func fromEnvironment(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}
