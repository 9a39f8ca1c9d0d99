import MustDoCore
import TerminalUI

/// The settings screen's form: one editable line per setting, checked by parsing the result as config.toml would be.
public struct SettingsForm: Sendable, Equatable {
    /// The settings on the screen, in order.
    public enum Field: Int, CaseIterable, Sendable {
        case weekStart, fiscalStartMonth, workdays, dayStartHour, language, theme, planOnFirstStart

        /// The config.toml key.
        public var key: String {
            ["week_start", "fiscal_start_month", "workdays", "day_start_hour", "language", "theme", "plan_on_first_start"][rawValue]
        }
    }

    /// The text of each field.
    public var values: [LineEditor]
    /// The field with the cursor.
    public var focused: Field = .weekStart
    /// The text each field had when the form opened: only fields the user changed are written, so a setting changed
    /// meanwhile by another instance or by hand is not overwritten with what this form showed.
    public private(set) var original: [String] = []
    /// The problems found by the last check, one clause per bad field in the UI language.
    public var problems: [Field: String] = [:]

    /// The first bad field of the last check (in screen order) and why, if any.
    public var problem: (field: Field, text: String)? {
        Field.allCases.first { problems[$0] != nil }.map { ($0, problems[$0]!) }
    }

    /// A form showing `settings` (and the theme and language in use).
    public init(settings: Settings, language: Language, theme: String) {
        let c = settings.calendar
        values = [
            LineEditor(text: c.weekStart.fullName), LineEditor(text: String(c.fiscalStartMonth)),
            LineEditor(text: c.workdays.sorted().map(\.shortName).joined(separator: " ")), LineEditor(text: String(c.dayStartHour)),
            LineEditor(text: (settings.language ?? language).rawValue), LineEditor(text: theme),
            LineEditor(text: settings.planOnFirstStart ? "true" : "false"),
        ]
        original = values.map(\.text)
    }

    /// Compares forms by value.
    public static func == (a: SettingsForm, b: SettingsForm) -> Bool {
        a.values == b.values && a.focused == b.focused && a.problems == b.problems
    }

    /// The label of a field.
    public static func label(_ f: Field, _ language: Language) -> String {
        switch f {
        case .weekStart: return language.text(.settingsLabelWeekStart)
        case .fiscalStartMonth: return language.text(.settingsLabelFiscalStart)
        case .workdays: return language.text(.settingsLabelWorkdays)
        case .dayStartHour: return language.text(.settingsLabelDayStart)
        case .language: return language.text(.settingsLabelLanguage)
        case .theme: return language.text(.settingsLabelTheme)
        case .planOnFirstStart: return language.text(.settingsLabelPlanOnFirstStart)
        }
    }

    /// What a field accepts.
    public static func hint(_ f: Field, _ language: Language) -> String {
        switch f {
        case .weekStart: return language.text(.settingsHintWeekStart)
        case .fiscalStartMonth: return "1–12"
        case .workdays: return language.text(.settingsHintWorkdays)
        case .dayStartHour: return language.text(.settingsHintDayStart)
        case .language: return "zh / en"
        case .theme: return language.text(.settingsHintTheme)
        case .planOnFirstStart: return language.text(.settingsHintPlanOnFirstStart)
        }
    }

    /// Checks every field (theme names against `availableThemes`; an empty list checks only that a name is given)
    /// and returns, for each bad field, one clause in `language` saying what to write instead; empty when all are valid.
    /// Nothing is saved here: the caller saves only when this is empty.
    public func validate(availableThemes: [String], language: Language) -> [Field: String] {
        check(availableThemes: availableThemes, language: language).problems
    }

    /// The key/value lines to write for the fields the user changed (TOML values, names normalised: `周日` is written
    /// `"sunday"`), or nil with `problems` set and the cursor on the first bad field; the user's text stays as typed.
    /// Every field is checked, changed or not.
    public mutating func validated(file: String, availableThemes: [String] = [], language: Language = .en) -> [(key: String, value: String)]? {
        let (pairs, found) = check(availableThemes: availableThemes, language: language)
        problems = found
        if let first = problem?.field { focused = first }
        guard found.isEmpty else { return nil }
        // Parse exactly what would be written, so the screen accepts only what config.toml accepts.
        let text = pairs.map { "\($0.key) = \($0.value)" }.joined(separator: "\n") + "\n"
        do {
            _ = try Settings(text: text, file: file)
        } catch let MustDoError.configInvalid(_, _, key, problem) {
            let field = Field.allCases.first { $0.key == key } ?? .weekStart
            problems[field] = language.text(.settingsProblemOther, ["problem": problem])
            focused = field
            return nil
        } catch {
            problems[.weekStart] = language.text(.settingsProblemOther, ["problem": "\(error)"])
            return nil
        }
        return pairs.filter { pair in
            guard let f = Field.allCases.first(where: { $0.key == pair.key }), f.rawValue < original.count else { return true }
            return values[f.rawValue].text.trimmingCharacters() != original[f.rawValue].trimmingCharacters()
        }
    }

    /// The normalised key/value pairs and the problem of each bad field.
    private func check(availableThemes: [String], language: Language) -> (pairs: [(key: String, value: String)], problems: [Field: String]) {
        var pairs: [(key: String, value: String)] = []
        var problems: [Field: String] = [:]
        for f in Field.allCases {
            let text = values[f.rawValue].text.trimmingCharacters()
            var value: String?
            switch f {
            case .weekStart:
                if let w = Weekday(name: text), [.monday, .sunday, .saturday].contains(w) { value = ConfigFileEditor.quoted(w.fullName) }
                else { problems[f] = language.text(.settingsProblemWeekStart) }
            case .fiscalStartMonth:
                if let m = Int(text), (1...12).contains(m) { value = String(m) } else { problems[f] = language.text(.settingsProblemFiscalMonth) }
            case .dayStartHour:
                if let h = Int(text), (0...23).contains(h) { value = String(h) } else { problems[f] = language.text(.settingsProblemDayStart) }
            case .workdays:
                var days: [Weekday] = []
                for name in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "," || $0 == "、" }) {
                    guard let w = Weekday(name: String(name)) else {
                        problems[f] = language.text(.settingsProblemWorkdays, ["text": String(name)])
                        break
                    }
                    if !days.contains(w) { days.append(w) }
                }
                if problems[f] == nil { value = "[" + days.sorted().map { ConfigFileEditor.quoted($0.shortName) }.joined(separator: ", ") + "]" }
            case .language:
                if let l = Language(code: text) {
                    value = ConfigFileEditor.quoted(l.rawValue)
                } else { problems[f] = language.text(.settingsProblemLanguage) }
            case .theme:
                if text.isEmpty {
                    problems[f] = language.text(.settingsProblemThemeEmpty)
                } else if SettingsForm.isThemePath(text) || availableThemes.isEmpty {
                    value = ConfigFileEditor.quoted(text)
                } else if let name = availableThemes.first(where: { $0 == text }) ?? availableThemes.first(where: { $0.lowercased() == text.lowercased() }) {
                    value = ConfigFileEditor.quoted(name)
                } else {
                    problems[f] = language.text(.settingsProblemThemeUnknown, ["name": text, "names": availableThemes.joined(separator: ", ")])
                }
            case .planOnFirstStart:
                switch text.lowercased() {
                case "true", "yes", "y", "是", "1": value = "true"
                case "false", "no", "n", "否", "0": value = "false"
                default: problems[f] = language.text(.settingsProblemPlanOnFirstStart)
                }
            }
            if let value { pairs.append((f.key, value)) }
        }
        return (pairs, problems)
    }

    /// Whether a theme name is a file path (it contains `/` or ends in `.toml`), which the theme catalog loads as a file.
    static func isThemePath(_ name: String) -> Bool { ThemeCatalog.isPath(name) }
}
