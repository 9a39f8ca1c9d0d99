import TOMLKit

/// What to greet and when (`[greetings]` in config.toml): the festivals, how many days ahead the list looks, and
/// which tiers get festival greetings.
///
/// ```toml
/// [greetings]
/// festivals = ["春节", "中秋", "new-year"]   # ids or Chinese names; default: by language
/// days_ahead = 7                            # 0–366
/// tiers = ["key", "important"]              # festival greetings go to these tiers; default: every card
/// ```
public struct GreetingSettings: Equatable, Sendable {
    /// The festivals greeted; nil follows the interface language (`Festival.defaults`).
    public var festivals: [Festival]?
    /// Days after today that the greet list covers (today included).
    public var daysAhead = 7
    /// The tiers greeted on festivals; nil greets every current card, with or without a tier.
    public var tiers: Set<CustomerTier>?

    /// The defaults.
    public init() {}

    /// The longest look-ahead, in days.
    public static let maxDays = 366

    /// The festivals greeted in `language`.
    public func festivals(_ language: Language) -> [Festival] { festivals ?? Festival.defaults(language) }

    /// Reads a `[greetings]` table; `fail(key, problem)` makes the error that names the line.
    init(table: TOMLTable, fail: (String, String) -> MustDoError) throws {
        for key in table.keys where !["festivals", "days_ahead", "tiers"].contains(key) {
            throw fail(key, "unknown setting (known: festivals, days_ahead, tiers)")
        }
        if let v = table["festivals"] {
            guard let list = v.array else { throw fail("festivals", "use a list like [\"spring-festival\", \"中秋\"]") }
            var out: [Festival] = []
            for e in list {
                guard let s = e.string, let f = Festival(name: s) else {
                    throw fail("festivals", "use festival names: " + Festival.allCases.map(\.rawValue).joined(separator: ", ") + " (or 春节, 元宵, 清明, 端午, 七夕, 中秋, 重阳, 元旦, 国庆, 圣诞)")
                }
                if !out.contains(f) { out.append(f) }
            }
            festivals = out
        }
        if let v = table["days_ahead"] {
            guard let n = v.int, (0...GreetingSettings.maxDays).contains(n) else { throw fail("days_ahead", "use a number of days 0–366") }
            daysAhead = n
        }
        if let v = table["tiers"] {
            guard let list = v.array else { throw fail("tiers", "use a list like [\"key\", \"important\"]") }
            var out = Set<CustomerTier>()
            for e in list {
                guard let s = e.string, let t = CustomerTier(rawValue: s) else { throw fail("tiers", "use tiers key, important, general") }
                out.insert(t)
            }
            tiers = out
        }
    }
}
