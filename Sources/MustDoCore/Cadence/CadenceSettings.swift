import TOMLKit

/// How often each tier of customer should hear from the salesperson (`[cadence]` in config.toml): days between contacts.
///
/// ```toml
/// [cadence]
/// key = 7          # days; 1–3650
/// important = 14
/// general = 30     # also cards without a tier
/// ```
/// A card's own interval (`customers edit --contact-every DAYS`) overrides its tier's.
public struct CadenceSettings: Equatable, Sendable {
    /// Days between contacts, by tier (defaults: key 7, important 14, general 30).
    public var daysByTier: [CustomerTier: Int] = [.key: 7, .important: 14, .general: 30]

    /// The defaults.
    public init() {}

    /// The longest interval allowed, in days (ten years).
    public static let maxDays = 3650

    /// The keys of `[cadence]`.
    static let knownKeys = ["key", "important", "general"]

    /// Days between contacts for `tier`; a card without a tier counts as general.
    public func days(_ tier: CustomerTier?) -> Int { daysByTier[tier ?? .general] ?? 30 }

    /// Reads `[cadence]`; `fail(key, problem)` makes the error that names the line.
    mutating func read(_ t: TOMLTable, fail: (String, String) -> MustDoError) throws {
        for key in t.keys where !CadenceSettings.knownKeys.contains(key) {
            throw fail(key, "unknown setting (known: \(CadenceSettings.knownKeys.joined(separator: ", ")))")
        }
        for tier in CustomerTier.allCases {
            guard let v = t[tier.rawValue] else { continue }
            guard let n = v.int, (1...CadenceSettings.maxDays).contains(n) else {
                throw fail(tier.rawValue, "use a number of days 1–\(CadenceSettings.maxDays) between contacts with \(tier.rawValue) customers")
            }
            daysByTier[tier] = n
        }
    }
}
