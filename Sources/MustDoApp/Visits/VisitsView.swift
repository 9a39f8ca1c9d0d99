import MustDoCore
import TerminalUI

/// The visits list (`V`): newest first, filterable by customer (the selected visit's), kind and "no customer action";
/// Enter opens the customer's card, `v` logs another. Reloads after any change, here or elsewhere.
public struct VisitsView: WheelScrolling {
    /// The visits as loaded for `query`.
    public var visits: [Visit] = []
    /// Whether they have arrived.
    public var loaded = false
    /// The filters.
    public var query = VisitQuery()
    /// The selected row.
    public var cursor = 0

    /// All visits (they arrive with `.visitsLoaded`).
    public init() {}

    /// `[keys.visits]`.
    public var kind: ViewKind { .visits }
    /// The visits mode.
    public var mode: AppState.Mode { .visits }

    /// The rows in words.
    func presentation(_ state: AppState) -> VisitListPresentation { VisitListPresentation(visits: visits, language: state.language) }

    /// Moves, filters, opens the card, goes back.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let rows = presentation(state).rows
        let page = max(1, state.height - 4)
        if let moved = c.movedCursor(cursor, count: rows.count, page: page) {
            cursor = moved
            return ViewStep()
        }
        switch c {
        case .filterKind:
            let all = VisitKind.allCases
            query.kind = query.kind.map { k in all.firstIndex(of: k).map { $0 + 1 < all.count ? all[$0 + 1] : nil } ?? nil } ?? all.first
            return reload()
        case .filterCustomer:
            if query.customerID != nil { query.customerID = nil } else if rows.indices.contains(cursor) { query.customerID = rows[cursor].customerID }
            return reload()
        case .filterNoAction:
            query.noActionOnly.toggle()
            return reload()
        case .openCustomer:
            guard rows.indices.contains(cursor) else { return ViewStep() }
            let id = rows[cursor].customerID
            return ViewStep([.loadCustomerCard(id), .loadTimeline(id)], .push(CustomerCardView(id: id)))
        case .back:
            if query != VisitQuery() {
                query = VisitQuery()
                return reload()
            }
            return ViewStep([], .pop)
        default: break
        }
        return ViewStep()
    }

    private mutating func reload() -> ViewStep {
        cursor = 0
        return ViewStep([.loadVisits(query)])
    }

    /// Takes the visits loaded for the current filters.
    public mutating func receive(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard case .visitsLoaded(let q, let v) = action, q == query else { return [] }
        visits = v
        loaded = true
        cursor = min(cursor, max(0, v.count - 1))
        return []
    }

    /// Reloads after any change.
    public func refresh(_ state: AppState) -> [Effect] { [.loadVisits(query)] }

    /// Draws the list.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        VisitsScreen.draw(&buf, view: self, screen: screen)
    }
}
