/// The five layers of trust (建立信任的五个层次), in the order they are reached: the card records the highest reached.
public enum TrustLayer: String, CaseIterable, Sendable {
    /// Small talk (寒暄).
    case greeting
    /// Stating facts (表达事实).
    case facts
    /// Agreement on views (观念认同).
    case views
    /// Shared interests and hobbies (兴趣爱好).
    case hobbies
    /// Shared values (价值观认同).
    case values

    /// The layer's number, 1 to 5.
    public var level: Int { TrustLayer.allCases.firstIndex(of: self)! + 1 }

    /// The layer named by `text`: its English or Chinese name or its number 1–5; nil otherwise.
    public init?(name text: String) {
        if let n = Int(text), (1...5).contains(n) { self = TrustLayer.allCases[n - 1]; return }
        switch text.lowercased() {
        case "greeting", "寒暄": self = .greeting
        case "facts", "事实", "表达事实": self = .facts
        case "views", "观念", "观念认同": self = .views
        case "hobbies", "兴趣", "兴趣爱好": self = .hobbies
        case "values", "价值观", "价值观认同": self = .values
        default: return nil
        }
    }

    /// The layer's words in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .greeting: return language.text(.custTrustGreeting)
        case .facts: return language.text(.custTrustFacts)
        case .views: return language.text(.custTrustViews)
        case .hobbies: return language.text(.custTrustHobbies)
        case .values: return language.text(.custTrustValues)
        }
    }
}
