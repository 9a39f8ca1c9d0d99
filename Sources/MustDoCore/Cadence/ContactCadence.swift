/// The contact cadence (issue 12): which active customers are past their contact interval ("losing touch", most overdue
/// first) and which have nothing moving them forward ("no next step": no planned appointment, no pending promise).
public struct ContactCadence: Equatable, Sendable {
    /// Customers past their interval, most overdue first (then key before important before general, then by number).
    public var losingTouch: [CadenceEntry]
    /// Active customers with no planned appointment and no pending promise, key first, longest without contact first.
    public var noNextStep: [CadenceEntry]

    /// Nothing to show.
    public init(losingTouch: [CadenceEntry] = [], noNextStep: [CadenceEntry] = []) {
        self.losingTouch = losingTouch
        self.noNextStep = noNextStep
    }

    /// Sorts `cards` as of `today` with `settings`; cards that are not active (dormant, lost) are left out of both lists.
    public init(today: LocalDate, cards: [CadenceCard], settings: CadenceSettings) {
        var late: [CadenceEntry] = [], stuck: [CadenceEntry] = []
        for c in cards where c.isActive {
            let e = ContactCadence.entry(c, today: today, settings: settings)
            if e.daysOverdue > 0 { late.append(e) }
            if !c.hasNextStep { stuck.append(e) }
        }
        func rank(_ t: CustomerTier?) -> Int { t.map { CustomerTier.allCases.firstIndex(of: $0)! } ?? CustomerTier.allCases.count }
        losingTouch = late.sorted { a, b in
            if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
            if rank(a.card.tier) != rank(b.card.tier) { return rank(a.card.tier) < rank(b.card.tier) }
            return (a.card.number, a.card.id) < (b.card.number, b.card.id)
        }
        noNextStep = stuck.sorted { a, b in
            if rank(a.card.tier) != rank(b.card.tier) { return rank(a.card.tier) < rank(b.card.tier) }
            if a.daysSince != b.daysSince { return a.daysSince > b.daysSince }
            return (a.card.number, a.card.id) < (b.card.number, b.card.id)
        }
    }

    /// The entry of `card` as of `today`: its interval (own, else its tier's) and the days since it was last contacted.
    public static func entry(_ card: CadenceCard, today: LocalDate, settings: CadenceSettings) -> CadenceEntry {
        let since = card.lastContact ?? card.createdOn
        return CadenceEntry(card: card, interval: card.contactEvery ?? settings.days(card.tier), daysSince: max(0, since.days(to: today)))
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { losingTouch.isEmpty && noNextStep.isEmpty }
}
