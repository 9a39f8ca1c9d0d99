import MustDoCore
import TerminalUI

/// The home view: the six panes of today's lists. It is the bottom of the stack and is never popped; its pane state lives in the shared context.
public struct HomeView: View {
    /// Creates the view.
    public init() {}

    /// Answers to `[keys.home]`.
    public var kind: ViewKind { .home }
    /// The home mode.
    public var mode: AppState.Mode { .home }

    /// Commands of the home screen.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let k = state.focused
        if let target = c.focusTarget {
            Reducer.focus(&state, target)
            return ViewStep()
        }
        switch c {
        case .moveDown: Reducer.move(&state, k, by: 1)
        case .moveUp: Reducer.move(&state, k, by: -1)
        case .pageDown: Reducer.move(&state, k, by: HomeLayout.compute(state).visibleRows(of: k))
        case .pageUp: Reducer.move(&state, k, by: -HomeLayout.compute(state).visibleRows(of: k))
        case .top: Reducer.move(&state, k, by: -Int.max / 2)
        case .bottom: Reducer.move(&state, k, by: Int.max / 2)
        case .nextPane, .previousPane:
            let all = PeriodKind.allCases
            let i = all.firstIndex(of: k)!
            Reducer.focus(&state, all[(i + (c == .nextPane ? 1 : all.count - 1)) % all.count])
        case .toggle:
            guard let o = state.selectedItem(in: k)?.occurrence else { return ViewStep() }
            return ViewStep([Reducer.toggle(o)])
        case .increment, .decrement:
            guard let o = state.selectedItem(in: k)?.occurrence else { return ViewStep() }
            guard o.target != nil else {
                state.say(.screenNoCount, ["key": state.keys.label(for: .toggle, in: .home) ?? "Space"], error: true)
                return ViewStep()
            }
            return ViewStep([.apply(.addCount(c == .increment ? 1 : -1), id: o.id, origin: .user)])
        case .skip:
            guard let o = state.selectedItem(in: k)?.occurrence else { return ViewStep() }
            return ViewStep([], .push(PromptView(.skipReason(o.id), text: o.skipReason ?? "")))
        case .note:
            guard let o = state.selectedItem(in: k)?.occurrence else { return ViewStep() }
            return ViewStep([], .push(PromptView(.note(o.id), text: o.note ?? "")))
        case .filter:
            return ViewStep([], .push(PromptView(.filter, text: state.filter)))
        case .clearFilter:
            if !state.filter.isEmpty {
                state.filter = ""
                state.journalMatches = []
                for kind in PeriodKind.allCases { Reducer.clamp(&state, kind) }
                state.say(.screenFilterCleared)
            } else if !state.browsing.isEmpty {
                state.browsing.removeAll()
                for kind in PeriodKind.allCases { Reducer.clamp(&state, kind) }
            }
        case .previousPeriod, .nextPeriod:
            let current = Period.containing(state.today, kind: k, settings: state.calendar)
            let shown = state.period(of: k)
            let target = c == .previousPeriod ? shown.previous(settings: state.calendar) : shown.next(settings: state.calendar)
            state.cursor[k] = 0
            state.scroll[k] = 0
            if target == current {
                state.browsing[k] = nil
                return ViewStep()
            }
            state.browsing[k] = .init(period: target, items: [], loaded: false)
            return ViewStep([.loadPeriod(k, target)])
        case .today:
            state.browsing.removeAll()
            for kind in PeriodKind.allCases { Reducer.clamp(&state, kind) }
        case .focus:
            if state.browsing[k] != nil {
                // A focus mark belongs to today's list: on another period it would change something nobody sees.
                state.say(.screenFocusNotToday, ["key": state.keys.label(for: .today, in: .home) ?? "t"], error: true)
                return ViewStep()
            }
            guard let o = state.selectedItem(in: k)?.occurrence else { return ViewStep() }
            return ViewStep([.toggleFocus(o.id)])
        case .addTask:
            return ViewStep([], .push(PromptView(.newTask, text: "")))
        case .weekReview:
            let week = Period.containing(state.today, kind: .week, settings: state.calendar)
            return ViewStep([.loadWeek(week)], .push(WeekView(state)))
        case .planning:
            return ViewStep([.loadPlan], .push(PlanView()))
        case .periodReview:
            return Reducer.openPeriodReview(state)
        case .salesScreen:
            return Reducer.openSales(state)
        case .journalReview:
            return ViewStep([.openJournal(.init(key: state.today.description, part: .review))])
        case .externalEditor:
            return ViewStep([.externalEdit(key: state.today.description, part: .review)])
        case .routineEditor:
            return ViewStep([.loadRoutines], .push(RoutineEditorView(period: state.focused)))
        case .settingsScreen:
            return ViewStep([], .push(SettingsView(SettingsForm(settings: state.settings, language: state.language, theme: state.themeName))))
        default:
            break
        }
        return ViewStep()
    }

    /// A click focuses a pane or selects an item; a click on the mark toggles it; the wheel scrolls.
    public mutating func handleMouse(_ event: MouseEvent, _ state: inout AppState) -> ViewStep {
        let layout = HomeLayout.compute(state)
        if let tabs = layout.tabs, event.kind == .press, tabs.contains(x: event.x, y: event.y) {
            let slot = max(1, tabs.width / PeriodKind.allCases.count)
            Reducer.focus(&state, PeriodKind.allCases[min(PeriodKind.allCases.count - 1, event.x / slot)])
            return ViewStep()
        }
        if let s = layout.summaries.first(where: { $0.rect.contains(x: event.x, y: event.y) }), event.kind == .press {
            Reducer.focus(&state, s.kind)
            return ViewStep()
        }
        guard let pane = layout.panes.first(where: { $0.rect.contains(x: event.x, y: event.y) }) else { return ViewStep() }
        let k = pane.kind
        switch event.kind {
        case .wheelUp, .wheelDown:
            Reducer.focus(&state, k)
            Reducer.move(&state, k, by: event.kind == .wheelUp ? -3 : 3)
        case .press:
            state.message = nil
            Reducer.focus(&state, k)
            let area = HomeLayout.itemArea(of: pane.rect)
            guard area.contains(x: event.x, y: event.y) else { return ViewStep() }
            let index = (state.scroll[k] ?? 0) + event.y - area.y
            let items = state.items(of: k)
            guard index < items.count else { return ViewStep() }
            state.cursor[k] = index
            if event.x < area.x + 4 { return handle(.toggle, &state) }
        case .release:
            break
        }
        return ViewStep()
    }

    /// Draws the home screen.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        buf = HomeScreen(state: screen.state, theme: screen.theme, keys: screen.keys).render()
    }
}
