/// The work with customers in a span of days, as the week and period reviews report it: contacts by kind, customers
/// contacted by tier, visits that won a customer action and those that did not, promises kept and broken both ways,
/// cards added, customers won and lost, and how many are losing touch at the end of the span.
public struct CustomerActivity: Sendable, Equatable {
    /// Contacts logged, by kind (every kind present, zero when none).
    public var contacts: [VisitKind: Int]
    /// Different customers contacted, by tier (nil: a card without a tier).
    public var contactedByTier: [CustomerTier?: Int]
    /// In-person visits that ended with a customer action commitment.
    public var visitsWithAction: Int
    /// In-person visits without one ("washed the car").
    public var visitsWithoutAction: Int
    /// Our promises kept in the span.
    public var oursKept: Int
    /// Our promises broken in the span.
    public var oursBroken: Int
    /// The customers' promises kept in the span.
    public var theirsKept: Int
    /// The customers' promises broken in the span.
    public var theirsBroken: Int
    /// Cards created in the span.
    public var newCustomers: Int
    /// Cards whose status became "customer" in the span.
    public var won: Int
    /// Cards whose status became "lost" in the span.
    public var lost: Int
    /// Active customers past their tier's contact interval on `asOf` (see `LosingTouchRule`).
    public var losingTouch: Int
    /// The day losing touch is counted on (the span's last day, or today when that is earlier).
    public var asOf: LocalDate

    /// Creates a tally.
    public init(contacts: [VisitKind: Int] = [:], contactedByTier: [CustomerTier?: Int] = [:], visitsWithAction: Int = 0, visitsWithoutAction: Int = 0,
                oursKept: Int = 0, oursBroken: Int = 0, theirsKept: Int = 0, theirsBroken: Int = 0,
                newCustomers: Int = 0, won: Int = 0, lost: Int = 0, losingTouch: Int = 0, asOf: LocalDate) {
        var all: [VisitKind: Int] = [:]
        for k in VisitKind.allCases { all[k] = contacts[k] ?? 0 }
        self.contacts = all
        self.contactedByTier = contactedByTier
        self.visitsWithAction = visitsWithAction
        self.visitsWithoutAction = visitsWithoutAction
        self.oursKept = oursKept
        self.oursBroken = oursBroken
        self.theirsKept = theirsKept
        self.theirsBroken = theirsBroken
        self.newCustomers = newCustomers
        self.won = won
        self.lost = lost
        self.losingTouch = losingTouch
        self.asOf = asOf
    }

    /// Every contact logged.
    public var totalContacts: Int { contacts.values.reduce(0, +) }
    /// Different customers contacted.
    public var customersContacted: Int { contactedByTier.values.reduce(0, +) }
    /// The in-person visits (with and without an action).
    public var visits: Int { visitsWithAction + visitsWithoutAction }
    /// Calls and messages together (the "calls" of the review).
    public var callsAndMessages: Int { (contacts[.call] ?? 0) + (contacts[.message] ?? 0) }
    /// The share of in-person visits that won a customer action, rounded percent; nil without visits.
    public var actionPercent: Int? { WeekReview.percent(visitsWithAction, of: visits) }

    /// The tiers in the order the reviews list them (key first, no tier last).
    public static let tierOrder: [CustomerTier?] = [.key, .important, .general, nil]
}
