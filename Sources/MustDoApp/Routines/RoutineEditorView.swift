import MustDoCore
import TerminalUI

/// The routine editor's model: every routine (retired ones included), the period listed, the selection, and whether retired routines show.
public struct RoutineEditorView: WheelScrolling {
    /// Every routine, retired ones included.
    public var list: [Routine] = []
    /// The period listed.
    public var period: PeriodKind
    /// The selected routine in the list.
    public var cursor = 0
    /// Whether retired routines are listed.
    public var showRetired = false

    /// The editor on `period` (its routines arrive with `.routinesLoaded`).
    public init(period: PeriodKind) { self.period = period }

    /// Answers to `[keys.routines]`.
    public var kind: ViewKind { .routines }
    /// The routines mode.
    public var mode: AppState.Mode { .routines }

    /// The routines listed for the period.
    public var visible: [Routine] { list.filter { $0.period == period && (showRetired || $0.retiredOn == nil) } }

    /// Commands of the list.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let shown = visible
        let selected = cursor < shown.count ? shown[cursor] : nil
        if let target = c.focusTarget {
            period = target
            cursor = 0
            return ViewStep()
        }
        switch c {
        case .moveDown: cursor = min(cursor + 1, max(0, shown.count - 1))
        case .moveUp: cursor = max(0, cursor - 1)
        case .nextPane, .previousPane:
            let all = PeriodKind.allCases
            let i = all.firstIndex(of: period)!
            period = all[(i + (c == .nextPane ? 1 : all.count - 1)) % all.count]
            cursor = 0
        case .addRoutine:
            return ViewStep([], .push(RoutineFormView(RoutineForm(routine: nil, period: period, language: state.language), taken: Set(list.map(\.id)))))
        case .editRoutine:
            guard let r = selected else { return ViewStep() }
            return ViewStep([], .push(RoutineFormView(RoutineForm(routine: r, period: r.period, language: state.language), taken: Set(list.map(\.id)))))
        case .retireRoutine:
            guard let r = selected, r.retiredOn == nil else { return ViewStep() }
            return ViewStep([], .push(RetireConfirmView(id: r.id, title: r.title)))
        case .restoreRoutine:
            guard let r = selected else { return ViewStep() }
            guard r.retiredOn != nil else {
                state.say(.routinesNotRetired)
                return ViewStep()
            }
            return ViewStep([.restoreRoutine(r.id)])
        case .moveRoutineDown, .moveRoutineUp:
            guard let r = selected else { return ViewStep() }
            let all = list.filter { $0.period == r.period }
            guard let i = all.firstIndex(where: { $0.id == r.id }) else { return ViewStep() }
            let j = c == .moveRoutineDown ? i + 1 : i - 1
            guard j >= 0, j < all.count else { return ViewStep() }
            cursor = min(max(0, cursor + (c == .moveRoutineDown ? 1 : -1)), max(0, shown.count - 1))
            return ViewStep([c == .moveRoutineDown ? .moveRoutine(r.id, before: nil, after: all[j].id) : .moveRoutine(r.id, before: all[j].id, after: nil)])
        case .toggleRetired:
            showRetired.toggle()
            cursor = min(cursor, max(0, visible.count - 1))
        case .back, .routineEditor:
            return ViewStep([], .pop)
        default:
            break
        }
        return ViewStep()
    }

    /// Takes the reloaded routines.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .routinesLoaded(let routines) = action else { return [] }
        list = routines
        cursor = min(cursor, max(0, visible.count - 1))
        return []
    }

    /// Draws the editor.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        buf = RoutineEditorScreen(state: screen.state, theme: screen.theme, keys: screen.keys, view: self).render()
    }
}
