import TOMLKit

/// How long morning planning's lists get (`[plan]` in config.toml): the most urgent lines each section shows, the rest
/// counted with the command that lists them all.
///
/// ```toml
/// [plan]
/// per_section = 10   # 1–500
/// ```
public struct PlanSettings: Equatable, Sendable {
    /// Lines each long section (promises, commitments, losing touch, no next step, greetings) shows before "and N more".
    public var perSection = 10

    /// The defaults.
    public init() {}

    /// The largest `per_section` allowed.
    public static let maxPerSection = 500

    /// The keys of `[plan]`.
    static let knownKeys = ["per_section"]

    /// Reads `[plan]`; `fail(key, problem)` makes the error that names the line.
    mutating func read(_ t: TOMLTable, fail: (String, String) -> MustDoError) throws {
        for key in t.keys where !PlanSettings.knownKeys.contains(key) {
            throw fail(key, "unknown setting (known: \(PlanSettings.knownKeys.joined(separator: ", ")))")
        }
        if let v = t["per_section"] {
            guard let n = v.int, (1...PlanSettings.maxPerSection).contains(n) else {
                throw fail("per_section", "use a number of lines 1–\(PlanSettings.maxPerSection) per planning section")
            }
            perSection = n
        }
    }
}
