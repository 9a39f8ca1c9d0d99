import MustDoCore
import MustDoStore
import TerminalUI

extension Reducer {
    /// Commands of the routine editor's list.
    static func routineCommand(_ state: inout AppState, _ c: Command) -> [Effect] {
        let list = state.visibleRoutines
        let selected = state.routineCursor < list.count ? list[state.routineCursor] : nil
        let zh = state.language == .zh
        if let target = c.focusTarget {
            state.routinePeriod = target
            state.routineCursor = 0
            return []
        }
        switch c {
        case .moveDown: state.routineCursor = min(state.routineCursor + 1, max(0, list.count - 1))
        case .moveUp: state.routineCursor = max(0, state.routineCursor - 1)
        case .nextPane, .previousPane:
            let all = PeriodKind.allCases
            let i = all.firstIndex(of: state.routinePeriod)!
            state.routinePeriod = all[(i + (c == .nextPane ? 1 : all.count - 1)) % all.count]
            state.routineCursor = 0
        case .addRoutine:
            state.form = RoutineForm(routine: nil, period: state.routinePeriod, language: state.language)
            state.mode = .routineForm
        case .editRoutine:
            guard let r = selected else { return [] }
            state.form = RoutineForm(routine: r, period: r.period, language: state.language)
            state.mode = .routineForm
        case .retireRoutine:
            guard let r = selected, r.retiredOn == nil else { return [] }
            state.mode = .confirmRetire(r.id)
        case .restoreRoutine:
            guard let r = selected else { return [] }
            guard r.retiredOn != nil else {
                state.message = .init(text: zh ? "这一项没有停用。" : "This routine is not retired.", isError: false)
                return []
            }
            return [.restoreRoutine(r.id)]
        case .moveRoutineDown, .moveRoutineUp:
            guard let r = selected else { return [] }
            let all = state.routineList.filter { $0.period == r.period }
            guard let i = all.firstIndex(where: { $0.id == r.id }) else { return [] }
            let j = c == .moveRoutineDown ? i + 1 : i - 1
            guard j >= 0, j < all.count else { return [] }
            state.routineCursor = min(max(0, state.routineCursor + (c == .moveRoutineDown ? 1 : -1)), max(0, list.count - 1))
            return [c == .moveRoutineDown ? .moveRoutine(r.id, before: nil, after: all[j].id) : .moveRoutine(r.id, before: all[j].id, after: nil)]
        case .toggleRetired:
            state.showRetired.toggle()
            state.routineCursor = min(state.routineCursor, max(0, state.visibleRoutines.count - 1))
        case .back, .routineEditor:
            state.mode = .home
        case .help:
            state.modeBeforeHelp = .routines
            state.mode = .help
        case .quit:
            state.shouldQuit = true
            return [.quit]
        default:
            break
        }
        return []
    }

    /// Keys while the form is open: move between fields (Tab, arrows), edit, save (Enter or Ctrl-S, from any field), cancel (Esc).
    static func formKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        let fields = RoutineForm.Field.allCases
        switch key {
        case .tab, .down:
            state.form.focused = fields[min(state.form.focused.rawValue + 1, fields.count - 1)]
        case .backTab, .up:
            state.form.focused = fields[max(state.form.focused.rawValue - 1, 0)]
        case .escape, .ctrl("g"):
            state.message = nil
            state.mode = .routines
        case .enter, .ctrl("s"), .function(2):
            let taken = Set(state.routineList.map(\.id))
            guard let routine = state.form.validate(language: state.language, today: state.today, takenIDs: taken) else {
                if let first = fields.first(where: { state.form.problems[$0] != nil }) { state.form.focused = first }
                state.message = .init(text: state.language.text(.formNeedsFixing), isError: true)
                return []
            }
            state.message = .init(text: state.language.text(.formRoutineSaved, ["title": routine.title]), isError: false)
            state.mode = .routines
            return [.saveRoutine(routine, isNew: state.form.editing == nil)]
        default:
            state.form.values[state.form.focused.rawValue].apply(key)
            state.form.problems[state.form.focused] = nil
        }
        return []
    }

    /// y retires; anything else keeps the routine.
    static func confirmKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        guard case .confirmRetire(let id) = state.mode else { return [] }
        state.mode = .routines
        if key == .char("y") || key == .char("Y") { return [.retireRoutine(id)] }
        return []
    }
}

extension Reducer {
    /// Keys on the settings screen: move between settings (Tab, arrows), edit, save (Enter or Ctrl-S, from any field), cancel (Esc).
    /// Every field is checked before anything is saved; the form stays open, with the user's text, until the save is applied.
    static func settingsKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        let fields = SettingsForm.Field.allCases
        switch key {
        case .tab, .down:
            state.settingsForm.focused = fields[min(state.settingsForm.focused.rawValue + 1, fields.count - 1)]
        case .backTab, .up:
            state.settingsForm.focused = fields[max(state.settingsForm.focused.rawValue - 1, 0)]
        case .escape, .ctrl("g"):
            state.message = nil
            state.mode = .home
        case .enter, .ctrl("s"), .function(2):
            guard let pairs = state.settingsForm.validated(file: "config.toml", availableThemes: state.availableThemes, language: state.language) else {
                state.message = .init(text: state.language.text(.settingsNeedsFixing), isError: true)
                return []
            }
            state.message = nil
            return [.saveSettings(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))]
        default:
            state.settingsForm.values[state.settingsForm.focused.rawValue].apply(key)
            state.settingsForm.problems[state.settingsForm.focused] = nil
        }
        return []
    }
}
