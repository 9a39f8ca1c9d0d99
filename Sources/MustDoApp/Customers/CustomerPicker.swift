import MustDoCore

/// The customer field of the visit and promise forms: the current cards, and the ones a typed text finds (an exact
/// number or id first, then the list's search: characters, pinyin, number, phone), with the line that names the pick.
public struct CustomerPicker: Sendable {
    /// The current cards (nil until they are loaded).
    public private(set) var customers: CustomerListPresentation?
    /// The cards' indexes in number order (the order candidates are offered in).
    private var order: [Int] = []

    /// A picker with no cards yet.
    public init() {}

    /// Takes the cards when they arrive (archived lists are not offered).
    public mutating func receive(_ action: Action) {
        if case .customersLoaded(let p, let archived) = action, !archived {
            customers = p
            order = p.order(.number, .init())
        }
    }

    /// The cards `text` finds, best first: an exact number or id alone, else the search in number order.
    public func candidates(_ text: String) -> [CustomerListPresentation.Row] {
        guard let p = customers, !text.isEmpty else { return [] }
        if let exact = p.rows.first(where: { $0.number.lowercased() == text.lowercased() || String($0.id) == text }) { return [exact] }
        return p.matching(SearchKey.Query(text), in: order).map { p.rows[$0] }
    }

    /// The line under the field naming the pick (and how many more match), nil when nothing matches.
    public func pickedLine(_ text: String, _ language: Language) -> String? {
        let found = candidates(text)
        guard let first = found.first else { return nil }
        let who = CommitmentText.customer(first.number, first.name) + (first.company.isEmpty ? "" : " · " + first.company)
        return found.count > 1 ? language.text(.vscrPickedMore, ["customer": who, "count": String(found.count - 1)])
                               : language.text(.vscrPicked, ["customer": who])
    }
}
