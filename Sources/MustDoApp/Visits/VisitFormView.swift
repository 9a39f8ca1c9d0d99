import MustDoCore
import TerminalUI

/// The visit form (`v` from any view that does not take text): the customer picked by number, characters or pinyin,
/// defaults of now and the customer's last goal, every field of issue 11's visit, each bad field explained under it,
/// nothing saved until all are valid; the save is one transaction and goes on the global undo stack.
public struct VisitFormView: View {
    /// The fields' texts.
    public var form: VisitDraft
    /// The minute the form was opened (the visit's default time, and "now" for its checks).
    public let now: LocalDateTime
    /// The focused field.
    public var focused = 0
    /// The line editor of the focused field.
    public var editor: LineEditor
    /// What is wrong with each field, in the UI language.
    public var problems: [VisitDraft.Field: String] = [:]
    /// The customer field's cards and search.
    public var picker = CustomerPicker()
    /// The customer whose last goal filled the goal fields (so it is asked once per pick).
    var goalFor: Int64?

    /// A form opened at `now`, the customer field holding `customer` (e.g. the number of the card it was opened from).
    public init(now: LocalDateTime, customer: String = "", language: Language) {
        self.now = now
        form = VisitDraft(now: now, customer: customer, language: language)
        editor = LineEditor(text: customer)
        editor.moveEnd()
    }

    /// `[keys.visit-form]`.
    public var kind: ViewKind { .visitForm }
    /// The visit form mode.
    public var mode: AppState.Mode { .visitForm }
    /// What was typed besides the defaults (dropped and named when the program is ended).
    public var draft: String? {
        let d = current
        let typed = VisitDraft.Field.allCases.filter { ![.at, .kind].contains($0) }.map { d[$0] }.filter { !$0.isEmpty }
        return typed.isEmpty ? nil : typed.joined(separator: " | ")
    }

    /// The draft with the focused field's editor text in it.
    var current: VisitDraft {
        var d = form
        d.values[focused] = editor.text
        return d
    }

    /// The cards the customer field finds, best first: an exact number, then the search (characters, pinyin, number, phone).
    public func candidates() -> [CustomerListPresentation.Row] { picker.candidates(current.customerQuery) }

    /// Moves between fields, saves or cancels.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        switch c {
        case .nextField: return ViewStep(focus(min(focused + 1, VisitDraft.Field.allCases.count - 1)))
        case .previousField: return ViewStep(focus(max(focused - 1, 0)))
        case .cancel:
            state.message = nil
            return ViewStep([], .pop)
        case .save:
            form = current
            let picked = candidates().first
            switch form.build(customerID: picked?.id, now: now, language: state.language) {
            case .success(var visit):
                visit.customerNumber = picked?.number ?? ""
                visit.customerName = picked?.name ?? ""
                state.message = nil
                return ViewStep([.logVisit(visit, origin: .user)], .pop)
            case .failure(let p):
                problems = p.byField
                if let first = problems.keys.map(\.rawValue).min() {
                    focused = first
                    editor = LineEditor(text: form.values[first])
                    editor.moveEnd()
                }
                state.say(.vscrFormProblems, ["count": String(problems.count)], error: true)
            }
        default: break
        }
        return ViewStep()
    }

    /// Typed keys edit the focused field.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        if editor.apply(key), let f = VisitDraft.Field(rawValue: focused) { problems[f] = nil }
        return ViewStep()
    }

    /// Takes the cards, and the picked customer's last goal.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        picker.receive(action)
        switch action {
        case .lastGoalLoaded(let id, let goal):
            guard id == goalFor, let goal else { return [] }
            form.fillGoal(goal)
            if VisitDraft.Field(rawValue: focused)?.isGoal == true { editor = LineEditor(text: form.values[focused]); editor.moveEnd() }
        default: break
        }
        return []
    }

    /// Leaves the focused field for field `i`; leaving the customer asks for that customer's last goal.
    mutating func focus(_ i: Int) -> [Effect] {
        form.values[focused] = editor.text
        var effects: [Effect] = []
        if focused == VisitDraft.Field.customer.rawValue, let id = candidates().first?.id, id != goalFor {
            goalFor = id
            effects.append(.loadLastGoal(id))
        }
        focused = i
        editor = LineEditor(text: form.values[i])
        editor.moveEnd()
        return effects
    }

    /// Draws the form.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        VisitFormScreen.draw(&buf, view: self, screen: screen)
    }
}

extension VisitDraft.Field {
    /// The goal and its targets (filled from the last visit).
    var isGoal: Bool { [.goal, .targetHigh, .targetMedium, .targetLow].contains(self) }
}
