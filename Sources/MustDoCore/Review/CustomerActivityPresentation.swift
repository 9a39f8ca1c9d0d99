/// The work with customers in words, as the week review and the period review show it (screen, text, Markdown).
public struct CustomerActivityPresentation: Sendable {
    /// The tally shown.
    public let activity: CustomerActivity
    /// The language of the words.
    public let language: Language
    /// What stands for a percentage of nothing (`–`).
    public let noPercent: String

    /// Presents `activity` in `language`.
    public init(_ activity: CustomerActivity, language: Language, marks: Marks = .unicode) {
        self.activity = activity
        self.language = language
        self.noPercent = marks.noPercent
    }

    private func say(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// `12: 5 visits, 4 calls, 2 messages, 1 meal` / `12 次:拜访 5,电话 4,消息 2,饭局 1`.
    public var contacts: String {
        let c = activity.contacts
        return say(.reviewContactsValue, ["total": String(activity.totalContacts), "visit": String(c[.visit] ?? 0), "call": String(c[.call] ?? 0),
                                          "message": String(c[.message] ?? 0), "meal": String(c[.meal] ?? 0)])
    }

    /// `8: key 3, important 2, general 2, no tier 1`.
    public var contacted: String {
        let t = activity.contactedByTier
        return say(.reviewContactedValue, ["total": String(activity.customersContacted), "key": String(t[.key] ?? 0),
                                           "important": String(t[.important] ?? 0), "general": String(t[.general] ?? 0),
                                           "none": String(t[nil] ?? 0)])
    }

    /// `3 of 5 (60%); 2 without one (washed the car)`.
    public var visits: String {
        say(.reviewVisitsValue, ["won": String(activity.visitsWithAction), "total": String(activity.visits),
                                 "percent": activity.actionPercent.map { "\($0)%" } ?? noPercent, "without": String(activity.visitsWithoutAction)])
    }

    /// `ours 2 kept / 1 broken; the customers' 3 kept / 0 broken`.
    public var promises: String {
        say(.reviewPromisesValue, ["oursKept": String(activity.oursKept), "oursBroken": String(activity.oursBroken),
                                   "theirsKept": String(activity.theirsKept), "theirsBroken": String(activity.theirsBroken)])
    }

    /// `2 new cards, 1 won, 0 lost`.
    public var customers: String {
        say(.reviewCustomersValue, ["new": String(activity.newCustomers), "won": String(activity.won), "lost": String(activity.lost)])
    }

    /// `14 past their contact interval on 2026-11-29`.
    public var losingTouch: String {
        say(.reviewLosingTouchValue, ["count": String(activity.losingTouch), "date": activity.asOf.description])
    }

    /// Every line as a fact (label, value), in the order the reviews show them.
    public var facts: [ReportSection.Line] {
        [.fact(say(.reviewContactsLabel), contacts), .fact(say(.reviewContactedLabel), contacted), .fact(say(.reviewVisitsLabel), visits),
         .fact(say(.reviewPromisesLabel), promises), .fact(say(.reviewCustomersLabel), customers), .fact(say(.reviewLosingTouchLabel), losingTouch)]
    }

    /// The facts as a section headed "Customers".
    public var section: ReportSection { ReportSection(say(.reviewActivityHeading), facts) }
}
