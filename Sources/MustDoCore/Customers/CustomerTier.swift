/// How soon a customer will decide to buy (seed 001, 时间要素): the tier decides how much time a salesperson gives them.
public enum CustomerTier: String, CaseIterable, Sendable {
    /// Decides within a month (关键客户): more frequent and deeper visits.
    case key
    /// Decides in two to three months (重要客户): a planned number of visits.
    case important
    /// Decides in about half a year, still wait-and-see (一般客户): ordinary contact, watch for changes.
    case general

    /// The tier a decision `days` days away suggests: up to 31 days key, up to 92 important, later general.
    public static func suggested(daysToDecision days: Int) -> CustomerTier {
        days <= 31 ? .key : (days <= 92 ? .important : .general)
    }

    /// The tier named by `text` (English or Chinese), or nil.
    public init?(name text: String) {
        switch text.lowercased() {
        case "key", "关键", "关键客户": self = .key
        case "important", "重要", "重要客户": self = .important
        case "general", "一般", "一般客户": self = .general
        default: return nil
        }
    }

    /// The tier's word in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .key: return language.text(.custTierKey)
        case .important: return language.text(.custTierImportant)
        case .general: return language.text(.custTierGeneral)
        }
    }
}
