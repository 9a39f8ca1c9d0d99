import MustDoCore
import TerminalUI

/// The settings screen's model: the form of settings; saving writes config.toml and returns home, Esc returns without saving.
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
        case .cancel: return ViewStep([], .pop)
        case .save: return save()
        default: break
        }
        return ViewStep()
    }

    /// Enter moves to the next setting and saves on the last; every other key edits the focused one.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        let fields = SettingsForm.Field.allCases
        if key == .enter {
            if form.focused != fields.last {
                form.focused = fields[form.focused.rawValue + 1]
                return ViewStep()
            }
            return save()
        }
        form.values[form.focused.rawValue].apply(key)
        form.problem = nil
        return ViewStep()
    }

    private mutating func save() -> ViewStep {
        guard let pairs = form.validated(file: "config.toml") else { return ViewStep() }
        return ViewStep([.saveSettings(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))], .pop)
    }

    /// Draws the settings screen.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        buf = SettingsScreen(screen: screen, form: form).render()
    }
}
