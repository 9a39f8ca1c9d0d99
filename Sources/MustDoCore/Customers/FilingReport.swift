/// The filing checks of seed 002 on one card: which of the 14 items are empty, whether the card is kept accurate,
/// whether it was filled in after the last visit; shown as quiet warnings on the card and in the list.
public struct FilingReport: Equatable, Sendable {
    /// The items of the 14 not filled in, in the card's order.
    public var missing: [CardItem]
    /// Days since the card was last reviewed when that is more than the review interval, else nil.
    public var staleDays: Int?
    /// Whether the last contact came after the card's last update (visits will supply the date).
    public var notFilledAfterVisit: Bool
    /// Days the expected decision date is past, or nil.
    public var decisionOverdueDays: Int?

    /// How many of the 14 items are filled in.
    public var filled: Int { CardItem.allCases.count - missing.count }
    /// `12/14`.
    public var completeness: String { "\(filled)/\(CardItem.allCases.count)" }
    /// Whether there is nothing to warn about.
    public var isClean: Bool { missing.isEmpty && staleDays == nil && !notFilledAfterVisit && decisionOverdueDays == nil }

    /// Checks `card` on `today`; `lastContact` is the day of the last visit or call (the card's own `lastContact` when nil).
    public init(card: Customer, today: LocalDate, settings: CustomerSettings = CustomerSettings(), lastContact: LocalDate? = nil) {
        missing = CardItem.allCases.filter { !$0.isFilled(in: card) }
        let reviewed = card.reviewedOn ?? LocalDate(parsing: card.createdAt.prefix(10)) ?? today
        let days = reviewed.days(to: today)
        staleDays = days > settings.reviewDays ? days : nil
        let updated = LocalDate(parsing: card.updatedAt.prefix(10)) ?? reviewed
        notFilledAfterVisit = FilingReport.notFilledAfterVisit(lastContact: lastContact ?? card.lastContact, cardUpdated: updated)
        if let d = card.decisionDate, d < today, card.status == .prospect {
            decisionOverdueDays = d.days(to: today)
        } else {
            decisionOverdueDays = nil
        }
    }

    /// The hook for visits (seed 002, "filled in right after the visit?"): true when the last contact is later than the card's last update.
    public static func notFilledAfterVisit(lastContact: LocalDate?, cardUpdated: LocalDate) -> Bool {
        guard let lastContact else { return false }
        return lastContact > cardUpdated
    }

    /// The warnings as sentences in `language`, quietest last.
    public func warnings(_ language: Language, settings: CustomerSettings = CustomerSettings()) -> [String] {
        var out: [String] = []
        if !missing.isEmpty {
            let names = missing.map { $0.label(language) }.joined(separator: language.text(.cliListSeparator))
            out.append(language.text(.custWarnMissing, ["count": String(missing.count), "items": names]))
        }
        if let staleDays { out.append(language.text(.custWarnStale, ["days": String(staleDays), "limit": String(settings.reviewDays)])) }
        if notFilledAfterVisit { out.append(language.text(.custWarnAfterVisit)) }
        if let decisionOverdueDays { out.append(language.text(.custWarnDecisionOverdue, ["days": String(decisionOverdueDays)])) }
        return out
    }
}
