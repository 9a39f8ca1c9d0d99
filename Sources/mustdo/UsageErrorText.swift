import MustDoCore

/// ArgumentParser's own usage error, read back into its parts and said again in the user's language.
///
/// ArgumentParser (pinned exactly in Package.swift) words its errors in English with the offending
/// text quoted; this reads the kind of mistake, the option and the value from that sentence, so the
/// Chinese UI gets one Chinese sentence and both languages quote the input shortened
/// (`quotedForMessage`) instead of repeating a whole argument. `InputUsageTests` pins every form.
struct UsageErrorText {
    /// What went wrong, with the option or argument it concerns.
    enum Kind: Equatable {
        case unknownOption(String)
        case missingValue(String)
        case missingArgument(String)
        case unexpected(String)
        case invalidValue(value: String, option: String)
        case unknownCommand(String)
        case other(String)
    }

    /// The mistake as read from the English sentence.
    let kind: Kind
    /// `add ` or `routines add ` when the mistake belongs to a subcommand, for `mustdo {command}--help`.
    let command: String

    /// Reads `english` (the first line of ArgumentParser's message) for the command line `arguments`.
    init(english: String, arguments: [String]) {
        var text = english
        if text.hasPrefix("Error: ") { text.removeFirst(7) }
        command = UsageErrorText.commandPath(arguments)
        kind = UsageErrorText.parse(text, command: command, arguments: arguments)
    }

    /// The subcommands named at the start of `arguments`, each followed by a space.
    static func commandPath(_ arguments: [String]) -> String {
        let top = ["today", "check", "uncheck", "skip", "week", "plan", "journal", "add", "focus", "add-count", "routines",
                   "export", "backup", "holidays", "periods", "themes", "init"]
        let nested = ["routines": ["list", "add", "edit", "retire", "restore", "move", "export", "import"],
                      "export": ["ics", "csv", "json"], "holidays": ["import", "list"]]
        guard let first = arguments.first, top.contains(first) else { return "" }
        if arguments.count > 1, nested[first]?.contains(arguments[1]) == true { return first + " " + arguments[1] + " " }
        return first + " "
    }

    /// The text between `prefix` and the last `'` of `text`, or nil when `text` does not start with `prefix`.
    private static func quoted(_ text: String, after prefix: String, before end: String? = nil) -> String? {
        guard text.hasPrefix(prefix) else { return nil }
        var rest = Substring(text.dropFirst(prefix.count))
        if let end, let r = rest.range(of: end) { return String(rest[..<r.lowerBound]) }
        if let last = rest.lastIndex(of: "'") { rest = rest[..<last] }
        return String(rest)
    }

    /// `--date <YYYY-MM-DD>` → `--date`.
    private static func optionName(_ synopsis: String) -> String {
        String(synopsis.split(separator: " ", maxSplits: 1).first ?? Substring(synopsis))
    }

    private static func parse(_ text: String, command: String, arguments: [String]) -> Kind {
        if let o = quoted(text, after: "Unknown option '", before: "'. Did you mean") { return .unknownOption(o) }
        if let o = quoted(text, after: "Missing value for '") { return .missingValue(optionName(o)) }
        if let a = quoted(text, after: "Missing expected argument '") { return .missingArgument(a) }
        if let a = quoted(text, after: "Unexpected argument '") {
            return command.isEmpty && arguments.first == a && !a.hasPrefix("-") ? .unknownCommand(a) : .unexpected(a)
        }
        if let r = text.range(of: " unexpected arguments: '") {
            var rest = text[r.upperBound...]
            if let last = rest.lastIndex(of: "'") { rest = rest[..<last] }
            return .unexpected(String(rest).split(separator: "', '").joined(separator: " "))
        }
        if let v = quoted(text, after: "The value '", before: "' is invalid") {
            var option = ""
            if let r = text.range(of: "' is invalid for '") {
                let rest = text[r.upperBound...]
                option = optionName(String(rest.prefix { $0 != "'" }))
            }
            return .invalidValue(value: v, option: option)
        }
        if let o = quoted(text, after: "Invalid option: ") { return .unknownOption(o) }
        return .other(text)
    }

    /// The one sentence in `language`, from the catalog; quoted input is shortened and made terminal-safe.
    func sentence(_ language: Language) -> String {
        let q: (String) -> String = { language.text(.inputQuoted, ["text": $0.quotedForMessage()]) }
        switch kind {
        case .unknownOption(let o): return language.text(.inputUsageUnknownOption, ["option": o.quotedForMessage(), "command": command])
        case .missingValue(let o): return language.text(.inputUsageMissingValue, ["option": o.quotedForMessage(), "command": command])
        case .missingArgument(let a): return language.text(.inputUsageMissingArgument, ["argument": a.quotedForMessage(), "command": command])
        case .unexpected(let a): return language.text(.inputUsageUnexpected, ["argument": q(a), "command": command])
        case .invalidValue(let v, let o):
            return TypedArgumentError.sentence(value: v, option: o, language: language)
                ?? language.text(.inputUsageInvalidValue, ["value": q(v), "option": o, "command": command])
        case .unknownCommand(let a): return language.text(.inputUsageUnknownCommand, ["argument": q(a)])
        case .other(let t):
            // English keeps ArgumentParser's own words (shortened); other languages get the catalog's general sentence.
            return language == .en ? t.quotedForMessage(limit: 200) + language.text(.inputSeeHelp)
                                   : language.text(.inputUsageOther, ["command": command])
        }
    }
}
