import ArgumentParser
import MustDoCore

// Values with a type are parsed by ArgumentParser into that type (`--today`, `--date`, `--from`, `--to` as
// dates, `--period`/`--kind` as period kinds, `--lang` as a language, `--format` as a periods format). A value
// that does not parse ends in `UsageErrorText`, which says the same sentence the command would have said.

extension LocalDate: ExpressibleByArgument {
    /// A strict `YYYY-MM-DD` date.
    public init?(argument: String) { self.init(parsing: argument) }
}

extension PeriodKind: ExpressibleByArgument {
    /// `day`, `week`, `month`, `quarter`, `half`, `year` (and the names `PeriodKind(name:)` accepts).
    public init?(argument: String) { self.init(name: argument) }

    /// The six kinds, for help and completion.
    public static var allValueStrings: [String] { PeriodKind.allCases.map(\.rawValue) }
}

extension Language: ExpressibleByArgument {
    /// `zh` or `en` (and the locale forms `Language(code:)` accepts).
    public init?(argument: String) { self.init(code: argument) }

    /// The languages, for help and completion.
    public static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }
}

extension PeriodsFormat: ExpressibleByArgument {
    /// `text`, `tsv` or `json`, in any case.
    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// The formats, for help and completion.
    static var allValueStrings: [String] { ["text", "tsv", "json"] }
}

/// The sentence for a value ArgumentParser could not turn into its option's type: the one the command itself says.
enum TypedArgumentError {
    /// The choices of each typed option that has a fixed list.
    static let choices: [String: String] = [
        "--lang": "zh, en", "--period": "day, week, month, quarter, half, year", "--kind": "day, week, month, quarter, half, year",
        "--format": "text, tsv, json",
    ]

    /// The sentence for `value` given to `option`, or nil when the option has no type of its own.
    static func sentence(value: String, option: String, language: Language) -> String? {
        switch option {
        case "--today", "--date", "--from", "--to":
            return MustDoError.invalidDate(value, source: option).message(language)
        default:
            guard let list = choices[option] else { return nil }
            return language.text(.inputInvalidChoice, ["option": option, "choices": list, "text": value.quotedForMessage()])
        }
    }
}
