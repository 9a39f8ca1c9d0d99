import MustDoCore
import TerminalUI

/// Morning planning's model: the plan once loaded, the selected line, and how far the page is scrolled past it.
public struct PlanView: WheelScrolling {
    /// Planning's data (nil until loaded).
    public var plan: MorningPlan?
    /// The selected actionable line.
    public var cursor = 0
    /// Lines scrolled by PgDn/PgUp beyond what keeps the selection in view (so the plan text at the end can always be reached).
    public var pageOffset = 0

    /// Creates the view (its data arrives with `.planLoaded`).
    public init() {}

    /// Answers to `[keys.plan]`.
    public var kind: ViewKind { .plan }
    /// The plan mode.
    public var mode: AppState.Mode { .plan }

    /// The lines of planning that can be acted on, in screen order.
    public var entries: [PlanEntry] {
        guard let p = plan else { return [] }
        return p.leftovers.map { PlanEntry(section: .leftover, occurrence: $0, ref: 0) }
            + p.todayItems.map { PlanEntry(section: .today, occurrence: $0.occurrence, ref: $0.ref) }
            + p.dueSoon.map { PlanEntry(section: .dueSoon, occurrence: $0.occurrence, ref: $0.ref) }
    }

    /// One actionable line of planning.
    public struct PlanEntry: Sendable, Equatable {
        /// Which section it is in.
        public enum Section: Sendable, Equatable { case leftover, today, dueSoon }
        /// The section.
        public var section: Section
        /// The occurrence.
        public var occurrence: Occurrence
        /// Its ref for today (0 for yesterday's leftovers).
        public var ref: Int
    }

    /// Planning's commands.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let list = entries
        let entry = cursor < list.count ? list[cursor] : nil
        switch c {
        case .moveDown:
            cursor = min(cursor + 1, max(0, list.count - 1))
            pageOffset = 0
        case .moveUp:
            cursor = max(cursor - 1, 0)
            pageOffset = 0
        case .pageDown, .pageUp:
            // Bounded by the page's length (entries, headings and the wrapped plan text), so PgUp always comes straight back.
            let limit = list.count + (plan?.planText.count ?? 0) / 10 + (plan?.yesterdayReview?.count ?? 0) / 10 + 40
            pageOffset += (c == .pageDown ? 1 : -1) * max(1, state.height - 4)
            pageOffset = max(-limit, min(pageOffset, limit))
        case .toggle:
            guard let o = entry?.occurrence else { return ViewStep() }
            return ViewStep([Reducer.toggle(o)])
        case .carryOver:
            guard let e = entry, e.section == .leftover else {
                state.say(.planOnlyLeftovers, error: true)
                return ViewStep()
            }
            return ViewStep([.carryOver(e.occurrence.id)])
        case .focus:
            guard let e = entry, e.section != .leftover else {
                state.say(.planFocusNotLeftover, ["key": state.keys.label(for: .carryOver, in: .plan) ?? "c"], error: true)
                return ViewStep()
            }
            return ViewStep([.toggleFocus(e.occurrence.id)])
        case .editPlan:
            return ViewStep([.openJournal(.init(key: state.today.description, part: .plan))])
        case .externalEditor:
            return ViewStep([.externalEdit(key: state.today.description, part: .plan)])
        case .addTask:
            return ViewStep([], .push(PromptView(.newTask, text: "")))
        case .back, .planning:
            return ViewStep([], .pop)
        default:
            break
        }
        return ViewStep()
    }


    /// Takes planning's data; the plan text is updated when the journal is saved.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .planLoaded(let p):
            plan = p
            cursor = min(cursor, max(0, entries.count - 1))
        case .journalSaved(let entry, let part):
            if var p = plan, entry.key == p.today.description, part == .plan {
                p.planText = entry.plan
                plan = p
            }
        default:
            break
        }
        return []
    }

    /// Reloads planning.
    public func refresh(_ state: AppState) -> [Effect] { [.loadPlan] }

    /// Planning's items by id.
    public func occurrence(id: Int64) -> Occurrence? { entries.first { $0.occurrence.id == id }?.occurrence }

    /// Draws planning.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        buf = PlanScreen(state: screen.state, theme: screen.theme, keys: screen.keys, view: self).render()
    }
}
