/// How credible a customer's promise is (seed 000, 慎重约定): high, medium or low.
public enum Credibility: String, CaseIterable, Sendable {
    /// Likely to be kept.
    case high
    /// Uncertain.
    case medium
    /// Doubtful: ask the buyer to reconsider and agree on a new date.
    case low

    /// Reads `high|medium|low` or `高|中|低`; nil otherwise.
    public init?(word: String) {
        let w = word.trimmingWhitespace().lowercased()
        if let c = Credibility(rawValue: w) { self = c; return }
        switch w {
        case "高": self = .high
        case "中": self = .medium
        case "低": self = .low
        default: return nil
        }
    }

    /// The word in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .high: return language.text(.credibilityHigh)
        case .medium: return language.text(.credibilityMedium)
        case .low: return language.text(.credibilityLow)
        }
    }
}
