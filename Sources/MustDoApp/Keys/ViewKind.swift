/// The views of the screen, by the name `[keys.<name>]` in config.toml uses; `global` is the table every view inherits.
public enum ViewKind: String, CaseIterable, Sendable {
    case global, home, week, plan, journal, routines
    case routineForm = "routine-form", retire, settings, help, prompt
    case customers
    case customerCard = "customer-card"
    case customerForm = "customer-form"
    case visitForm = "visit-form"
    case ledger
    case visits
    case review
    case sales
    case team

    /// Whether the view takes typed text: then only its own table and the global `interrupt` apply, every other key is text.
    public var takesText: Bool {
        switch self {
        case .journal, .routineForm, .retire, .settings, .prompt, .customerForm, .visitForm: return true
        default: return false
        }
    }
}
