import MustDoCore

extension Reducer {
    /// The built-in routines that ask for the sales figures or their ranking (tally the month's sales, rank usage,
    /// rank target customers, the quarter's sales): `$` on one of them opens the ranking of its period's month.
    static let salesRoutineIDs: Set<String> = [
        "month-tally-sales", "month-rank-usage", "month-ranking-review", "quarter-sales-total", "quarter-monthly-sales-review",
        "quarter-rank-customers", "half-sales-vs-plan",
    ]

    /// `M` on home: the review of the selected item's period when it is a month or longer (the quarterly summary from
    /// a quarterly item), else of the current month.
    static func openPeriodReview(_ state: AppState) -> ViewStep {
        var view = PeriodReviewView(state)
        if state.focused >= .month, let o = state.selectedItem(in: state.focused)?.occurrence, o.period.kind >= .month {
            view.shown = o.period
        }
        return ViewStep([.loadPeriodReview(view.shown)], .push(view))
    }

    /// `$` on home: the ranking of the selected sales routine's month (its period's last month, or this month when
    /// that has not ended), else of the latest month with figures.
    static func openSales(_ state: AppState) -> ViewStep {
        var month: SalesMonth?
        if let o = state.selectedItem(in: state.focused)?.occurrence, salesRoutineIDs.contains(o.routineID), o.period.kind >= .month {
            month = SalesMonth(containing: min(o.period.end, max(o.period.start, state.today)))
        }
        return ViewStep([.loadSales(month)], .push(SalesView(month: month)))
    }

    /// A figure typed on the ranking: said on the status line and every view reloaded, or refused with the line
    /// opened again as it was typed.
    static func salesEntryDone(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .salesAdded(let said):
            state.message = .init(text: said, isError: false)
            return refresh(state)
        case .salesEntryRefused(let entry, let why):
            state.message = .init(text: why, isError: true)
            state.stack.append(SalesEntryView(month: entry.month, text: entry.text))
            return []
        default:
            return []
        }
    }
}
