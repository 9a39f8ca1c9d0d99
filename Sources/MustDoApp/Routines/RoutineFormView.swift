import MustDoCore
import TerminalUI

/// The form that adds or edits a routine, drawn over the routine editor; saving or Esc returns to the list.
public struct RoutineFormView: View {
    /// The form (fields, focus, problems).
    public var form: RoutineForm
    /// Routine ids already used (a new routine's id must differ).
    let taken: Set<String>
    /// The values as opened (a draft is only a changed form).
    let opened: [String]

    /// Opens `form`.
    public init(_ form: RoutineForm, taken: Set<String>) {
        self.form = form
        self.taken = taken
        self.opened = form.values.map(\.text)
    }

    /// Answers to `[keys.routine-form]`.
    public var kind: ViewKind { .routineForm }
    /// The form mode.
    public var mode: AppState.Mode { .routineForm }
    /// Drawn over the list.
    public var isOverlay: Bool { true }
    /// The changed fields, one per line.
    public var draft: String? {
        let now = form.values.map(\.text)
        return now == opened ? nil : now.filter { !$0.isEmpty }.joined(separator: " | ")
    }

    /// Move between fields, save, cancel.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let fields = RoutineForm.Field.allCases
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

    /// Every key no table binds edits the focused field (Enter is bound to save, from any field: every field is one line).
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        form.values[form.focused.rawValue].apply(key)
        form.problems[form.focused] = nil
        return ViewStep()
    }

    private mutating func save(_ state: inout AppState) -> ViewStep {
        let fields = RoutineForm.Field.allCases
        guard let routine = form.validate(language: state.language, today: state.today, takenIDs: taken) else {
            if let first = fields.first(where: { form.problems[$0] != nil }) { form.focused = first }
            state.say(.formNeedsFixing, error: true)
            return ViewStep()
        }
        // The runtime says "Saved the routine '…'" once the save is committed.
        state.message = nil
        return ViewStep([.saveRoutine(routine, isNew: form.editing == nil)], .pop)
    }

    /// Draws the form box over the list.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        RoutineEditorScreen.drawForm(&buf, form: form, screen: screen)
    }
}
