import MustDoCore
import TerminalUI

/// The ledger's "add a promise" form (`a`): the customer picked like in the visit form, whose promise, kind, what,
/// by when, who, conditions, credibility; each bad field explained under it, nothing saved until all are valid; the
/// save is one transaction on the global undo stack.
public struct PromiseFormView: View {
    /// The fields' texts.
    public var form: PromiseDraft
    /// The focused field.
    public var focused = 0
    /// The line editor of the focused field.
    public var editor = LineEditor()
    /// What is wrong with each field, by index.
    public var problems: [Int: String] = [:]
    /// The customer field's cards and search (as in the visit form).
    public var picker = CustomerPicker()

    /// A form with the ledger's direction typed in.
    public init(direction: PromiseDirection?, language: Language) {
        form = PromiseDraft(direction: direction, language: language)
    }

    /// `[keys.visit-form]` (the same moves and chords as the visit form).
    public var kind: ViewKind { .visitForm }
    /// The promise form mode.
    public var mode: AppState.Mode { .visitForm }
    /// What was typed.
    public var draft: String? {
        let typed = [PromiseDraft.Field.customer, .what, .by, .who, .conditions].map { current[$0] }.filter { !$0.isEmpty }
        return typed.isEmpty ? nil : typed.joined(separator: " | ")
    }

    var current: PromiseDraft {
        var d = form
        d.values[focused] = editor.text
        return d
    }

    /// The cards the customer field finds, best first.
    public func candidates() -> [CustomerListPresentation.Row] { picker.candidates(current.customerQuery) }

    /// Moves between fields, saves or cancels.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        switch c {
        case .nextField: move(to: min(focused + 1, PromiseDraft.Field.allCases.count - 1))
        case .previousField: move(to: max(focused - 1, 0))
        case .cancel:
            state.message = nil
            return ViewStep([], .pop)
        case .save:
            form = current
            switch form.build(customerID: candidates().first?.id, today: state.today, language: state.language) {
            case .success(let p):
                state.message = nil
                return ViewStep([.changeLedger(.add(p), origin: .user)], .pop)
            case .failure(let p):
                problems = p.byIndex
                if let first = problems.keys.min() { move(to: first) }
                state.say(.vscrFormProblems, ["count": String(problems.count)], error: true)
            }
        default: break
        }
        return ViewStep()
    }

    private mutating func move(to i: Int) {
        form.values[focused] = editor.text
        focused = i
        editor = LineEditor(text: form.values[i])
        editor.moveEnd()
    }

    /// Typed keys edit the focused field.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        if editor.apply(key) { problems[focused] = nil }
        return ViewStep()
    }

    /// Takes the cards.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        picker.receive(action)
        return []
    }

    /// Draws the form.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let language = screen.state.language
        let fields = PromiseDraft.Field.allCases
        var notes: [[(String, Bool)]] = []
        for f in fields {
            if let p = problems[f.rawValue] { notes.append([(p, true)]); continue }
            var out: [(String, Bool)] = []
            if f == .customer, let line = picker.pickedLine(current.customerQuery, language) { out.append((line, false)) }
            if f.rawValue == focused, !f.hint(language).isEmpty { out.append((f.hint(language), false)) }
            notes.append(out)
        }
        VisitFormScreen.drawForm(&buf, screen: screen, title: language.text(.vscrPromiseFormTitle), labels: fields.map { $0.label(language) },
                                 values: form.values, focused: focused, editor: editor, problems: Set(problems.keys), notes: notes)
    }
}
