import MustDoCore
import TerminalUI

/// The sales ranking screen (`$` from home or the period review): the month's customers by sales with their share
/// and the cumulative share, the 80% line under the vital few, each against the previous month and the same month a
/// year earlier; `a` types a figure (`customer amount [volume]`), `[`/`]` browse months, Enter opens the card.
public struct SalesView: WheelScrolling {
    /// The month asked for (nil: the latest with figures, decided when the ranking arrives).
    public var month: SalesMonth?
    /// The ranking of `month` (nil until loaded).
    public var ranking: SalesRanking?
    /// The selected row.
    public var cursor = 0

    /// The ranking of `month` (nil: the latest month with figures up to this one).
    public init(month: SalesMonth?) { self.month = month }

    /// Answers to `[keys.sales]`.
    public var kind: ViewKind { .sales }
    /// The sales mode.
    public var mode: AppState.Mode { .sales }

    /// Moves, browses months, opens the entry line or the card, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let rows = ranking?.rows.count ?? 0
        let page = max(1, state.height - 8)
        let shown = month ?? ranking?.month ?? SalesMonth(containing: state.today)
        if let moved = c.movedCursor(cursor, count: rows, page: page) {
            cursor = moved
            return ViewStep()
        }
        switch c {
        case .previousPeriod, .nextPeriod, .today:
            let target = c == .today ? SalesMonth(containing: state.today) : shown.adding(months: c == .previousPeriod ? -1 : 1)
            guard let target else { return ViewStep() }
            month = target
            cursor = 0
            return ViewStep([.loadSales(target)])
        case .addSales:
            return ViewStep([], .push(SalesEntryView(month: shown, text: "")))
        case .openCustomer:
            guard let r = ranking, r.rows.indices.contains(cursor) else { return ViewStep() }
            let id = r.rows[cursor].customer.id
            return ViewStep([.loadCustomerCard(id), .loadTimeline(id)], .push(CustomerCardView(id: id)))
        case .back, .salesScreen:
            return ViewStep([], .pop)
        default:
            break
        }
        return ViewStep()
    }

    /// Takes the ranking of the month shown.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .salesLoaded(let r) = action, month == nil || r.month == month else { return [] }
        month = r.month
        ranking = r
        cursor = min(cursor, max(0, r.rows.count - 1))
        return []
    }

    /// Reloads the month shown (after a figure is added here or elsewhere).
    public func refresh(_ state: AppState) -> [Effect] { [.loadSales(month)] }

    /// Draws the ranking.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        SalesScreen.draw(&buf, view: self, screen: screen)
    }
}
