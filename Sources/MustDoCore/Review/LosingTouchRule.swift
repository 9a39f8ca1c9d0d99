/// When a customer is "losing touch" for the reviews: more days since the last contact than the card's interval — its
/// own (`contact-every`), else its tier's in `[cadence]` — the same rule as planning's `ContactCadence`, so the week
/// review, `mustdo review` and `mustdo plan` never disagree about the same card on the same day.
public enum LosingTouchRule {
    /// The contact interval in days for `tier` in `cadence` (defaults: key 7, important 14, general and no tier 30).
    public static func interval(for tier: CustomerTier?, cadence: CadenceSettings = CadenceSettings()) -> Int {
        cadence.days(tier)
    }

    /// Whether more than the card's interval (`contactEvery`, else its tier's) has passed between `lastContact` and `day`.
    public static func isLosingTouch(lastContact: LocalDate, tier: CustomerTier?, contactEvery: Int? = nil, on day: LocalDate,
                                     cadence: CadenceSettings = CadenceSettings()) -> Bool {
        day.dayNumber - lastContact.dayNumber > (contactEvery ?? interval(for: tier, cadence: cadence))
    }
}
