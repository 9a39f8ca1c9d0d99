/// When a customer is "losing touch" for the reviews: more days since the last contact than the tier's interval.
///
/// A stand-in for the configurable contact cadence (Sources/MustDoCore/Cadence/ on the cadence branch): the review
/// code calls only `interval(for:)` and `isLosingTouch(lastContact:tier:on:)`, so swapping in the configured
/// cadence is a change to this one file.
public enum LosingTouchRule {
    /// The default contact interval in days: key 7, important 14, general (and a card without a tier) 30.
    public static func interval(for tier: CustomerTier?) -> Int {
        switch tier {
        case .key?: return 7
        case .important?: return 14
        case .general?, nil: return 30
        }
    }

    /// Whether more than the tier's interval has passed between `lastContact` and `day`.
    public static func isLosingTouch(lastContact: LocalDate, tier: CustomerTier?, on day: LocalDate) -> Bool {
        day.dayNumber - lastContact.dayNumber > interval(for: tier)
    }
}
