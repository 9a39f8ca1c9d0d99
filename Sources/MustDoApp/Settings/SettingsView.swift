import MustDoCore
import TerminalUI

/// The settings screen's model: the form of settings; saving writes config.toml and closes once the runtime reports the settings applied
/// (a broken theme or a failed write keeps it open, the reason on its footer); Esc returns without saving.
public struct SettingsView: View {
    /// The form.
    public var form: SettingsForm
    /// The values as opened (a draft is only a changed form).
    let opened: [String]

    /// Opens `form`.
    public init(_ form: SettingsForm) {
        self.form = form
        self.opened = form.values.map(\.text)
    }

    /// Answers to `[keys.settings]`.
    public var kind: ViewKind { .settings }
    /// The settings mode.
    public var mode: AppState.Mode { .settings }
    /// The changed values, if any.
    public var draft: String? {
        let now = form.values.map(\.text)
        return now == opened ? nil : now.joined(separator: " | ")
    }

    /// Move between fields, save, cancel.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let fields = SettingsForm.Field.allCases
        switch c {
        case .nextField: form.focused = fields[min(form.focused.rawValue + 1, fields.count - 1)]
        case .previousField: form.focused = fields[max(form.focused.rawValue - 1, 0)]
        case .cancel:
            state.message = nil
            return ViewStep([], .pop)
        case .save: return save(&state)
        default: break
        }
        return ViewStep()
    }

    /// Every key no table binds edits the focused setting (Enter is bound to save, from any field).
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        form.values[form.focused.rawValue].apply(key)
        form.problems[form.focused] = nil
        return ViewStep()
    }

    /// Every field is checked before anything is saved; the form stays open, with the user's text, until the runtime reports the save applied.
    private mutating func save(_ state: inout AppState) -> ViewStep {
        guard let pairs = form.validated(file: "config.toml", availableThemes: state.availableThemes, language: state.language) else {
            if let first = SettingsForm.Field.allCases.first(where: { form.problems[$0] != nil }) { form.focused = first }
            state.say(.settingsNeedsFixing, error: true)
            return ViewStep()
        }
        state.message = nil
        return ViewStep([.saveSettings(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))])
    }

    /// Draws the settings screen.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        buf = SettingsScreen(screen: screen, form: form).render()
    }
}
