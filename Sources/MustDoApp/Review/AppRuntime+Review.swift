import MustDoCore
import MustDoStore

extension AppRuntime {
    /// Performs a review or sales effect; adding a figure is its own transaction, committed before it is said.
    func performReview(_ effect: Effect) throws -> Action? {
        switch effect {
        case .loadPeriodReview(let period):
            return .periodReviewLoaded(try database.periodReview(period, today: state.today, settings: engine.settings, cadence: state.settings.cadence))
        case .loadSales(let month):
            let thisMonth = SalesMonth(containing: state.today)
            let m = try month ?? database.latestSalesMonth(notAfter: thisMonth) ?? thisMonth
            return .salesLoaded(try database.salesRanking(month: m))
        case .addSales(let e):
            do {
                let added = try database.addSales(customer: e.customer, month: e.month, amount: e.amount, volume: e.volume, now: clock.timestamp())
                return .salesAdded(state.language.text(.salesAdded, [
                    "amount": e.amount.grouped, "customer": added.customer.number + " " + added.customer[.name], "month": e.month.description,
                    "total": added.figure.amount.grouped, "volume": added.figure.volume.description]))
            } catch let error as MustDoError {
                return .salesEntryRefused(e, error.message(state.language))
            }
        default:
            return nil
        }
    }
}
