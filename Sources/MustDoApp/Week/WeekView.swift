import MustDoCore
import TerminalUI

/// The week review's model: the week asked for, its review once loaded, and the selected grid cell.
public struct WeekView: WheelScrolling {
    /// The week asked for (the review may still be loading).
    public var shown: Period
    /// The review of `shown` (nil until loaded).
    public var review: WeekReview?
    /// The selected grid row.
    public var row = 0
    /// The selected grid column (day).
    public var column = 0

    /// The review of the current week, on today's column.
    public init(_ state: AppState) {
        shown = Period.containing(state.today, kind: .week, settings: state.calendar)
        column = max(0, state.today.dayNumber - shown.start.dayNumber)
    }

    /// Answers to `[keys.week]`.
    public var kind: ViewKind { .week }
    /// The week mode.
    public var mode: AppState.Mode { .week }

    /// Moves, checks or skips a cell, browses weeks, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let rows = review?.rows ?? []
        switch c {
        case .moveDown: row = min(row + 1, max(0, rows.count - 1))
        case .moveUp: row = max(row - 1, 0)
        case .left: column = max(column - 1, 0)
        case .right: column = min(column + 1, 6)
        case .toggle, .skip:
            guard row < rows.count, column < rows[row].occurrenceIDs.count, let id = rows[row].occurrenceIDs[column] else {
                state.say(.weekNotScheduled, error: true)
                return ViewStep()
            }
            if c == .skip { return ViewStep([], .push(PromptView(.skipReason(id), text: ""))) }
            let mark = rows[row].marks[column]
            return ViewStep([.apply(mark == .done || mark == .skipped ? .uncheck : .check, id: id, origin: .user)])
        case .previousPeriod, .nextPeriod, .thisWeek:
            switch c {
            case .previousPeriod: shown = shown.previous(settings: state.calendar)
            case .nextPeriod: shown = shown.next(settings: state.calendar)
            default: shown = Period.containing(state.today, kind: .week, settings: state.calendar)
            }
            return ViewStep([.loadWeek(shown)])
        case .back, .weekReview:
            return ViewStep([], .pop)
        case .periodReview:
            // The month holding the week's fourth day (the month the week counts toward in the period review).
            var view = PeriodReviewView(state)
            view.shown = Period.containing(shown.start.adding(days: 3), kind: .month, settings: state.calendar)
            return ViewStep([.loadPeriodReview(view.shown)], .push(view))
        default:
            break
        }
        return ViewStep()
    }


    /// Takes the review of the week shown.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .weekLoaded(let r) = action, r.week == shown else { return [] }
        review = r
        row = min(row, max(0, r.rows.count - 1))
        column = min(column, max(0, r.days.count - 1))
        return []
    }

    /// Reloads the week shown.
    public func refresh(_ state: AppState) -> [Effect] { [.loadWeek(shown)] }

    /// The week's items by id (for status lines that name them, even in a past week).
    public func occurrence(id: Int64) -> Occurrence? {
        guard let w = review else { return nil }
        return (w.weeklyItems + w.longerDone + w.tasks).first { $0.id == id }
    }

    /// Draws the review.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        buf = WeekScreen(state: screen.state, theme: screen.theme, keys: screen.keys, view: self).render()
    }
}
