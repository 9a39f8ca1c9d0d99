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
    /// The problem of the last check, if any, with its field.
    public var problem: (field: Field, text: String)?

    /// A form showing `settings` (and the theme and language in use).
    public init(settings: Settings, language: Language, theme: String) {
        let c = settings.calendar
        values = [
            LineEditor(text: c.weekStart.fullName), LineEditor(text: String(c.fiscalStartMonth)),
            LineEditor(text: c.workdays.sorted().map(\.shortName).joined(separator: " ")), LineEditor(text: String(c.dayStartHour)),
            LineEditor(text: (settings.language ?? language).rawValue), LineEditor(text: theme),
            LineEditor(text: settings.planOnFirstStart ? "true" : "false"),
        ]
    }

    /// Compares forms by value.
    public static func == (a: SettingsForm, b: SettingsForm) -> Bool {
        a.values == b.values && a.focused == b.focused && a.problem?.field == b.problem?.field && a.problem?.text == b.problem?.text
    }

    /// The label of a field.
    public static func label(_ f: Field, _ language: Language) -> String {
        let zh = language == .zh
        switch f {
        case .weekStart: return zh ? "每周开始于" : "Week starts on"
        case .fiscalStartMonth: return zh ? "财年起始月" : "Fiscal year starts in month"
        case .workdays: return zh ? "工作日" : "Workdays"
        case .dayStartHour: return zh ? "一天开始的钟点" : "A day starts at hour"
        case .language: return zh ? "界面语言" : "Language"
        case .theme: return zh ? "配色主题" : "Theme"
        case .planOnFirstStart: return zh ? "每天首次启动时打开计划" : "Open planning on the first start of a day"
        }
    }

    /// What a field accepts.
    public static func hint(_ f: Field, _ language: Language) -> String {
        let zh = language == .zh
        switch f {
        case .weekStart: return "monday / sunday / saturday"
        case .fiscalStartMonth: return "1–12"
        case .workdays: return zh ? "如 mon tue wed thu fri" : "e.g. mon tue wed thu fri"
        case .dayStartHour: return zh ? "0–23(4 = 凌晨 4 点前仍算前一天)" : "0–23 (4: before 04:00 still counts as yesterday)"
        case .language: return "zh / en"
        case .theme: return zh ? "见 mustdo themes" : "see mustdo themes"
        case .planOnFirstStart: return "true / false"
        }
    }

    /// The key/value lines to write (TOML values), or nil with `problem` set when a value is not valid.
    public mutating func validated(file: String) -> [(key: String, value: String)]? {
        problem = nil
        var pairs: [(key: String, value: String)] = []
        for f in Field.allCases {
            let text = values[f.rawValue].text.trimmingCharacters()
            let value: String
            switch f {
            case .fiscalStartMonth, .dayStartHour:
                value = Int(text).map(String.init) ?? ConfigFileEditor.quoted(text)
            case .planOnFirstStart:
                value = ["true", "yes", "是", "1"].contains(text.lowercased()) ? "true" : ["false", "no", "否", "0"].contains(text.lowercased()) ? "false" : ConfigFileEditor.quoted(text)
            case .workdays:
                let days = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "," }).map { ConfigFileEditor.quoted(String($0)) }
                value = "[" + days.joined(separator: ", ") + "]"
            default:
                value = ConfigFileEditor.quoted(text)
            }
            pairs.append((f.key, value))
        }
        // Parse exactly what would be written, so the screen accepts what config.toml accepts.
        let text = pairs.map { "\($0.key) = \($0.value)" }.joined(separator: "\n") + "\n"
        do {
            _ = try Settings(text: text, file: file)
        } catch let MustDoError.configInvalid(_, _, key, problem) {
            let field = Field.allCases.first { $0.key == key } ?? .weekStart
            self.problem = (field, problem)
            focused = field
            return nil
        } catch {
            problem = (.weekStart, "\(error)")
            return nil
        }
        if values[Field.theme.rawValue].text.trimmingCharacters().isEmpty {
            problem = (.theme, "give a theme name")
            focused = .theme
            return nil
        }
        return pairs
    }
}
