/// What a person at a customer does in a purchase: "sell to Mr. Power" needs to know who decides.
public enum PersonRole: String, CaseIterable, Sendable {
    /// Holds the decision authority (购买决策人, Mr. Power).
    case decisionMaker = "decision-maker"
    /// Runs the purchase (采购).
    case buyer
    /// Uses the product.
    case user
    /// The business contact (业务联系人).
    case contact

    /// The role named by `text` (English or Chinese), or nil.
    public init?(name text: String) {
        switch text.lowercased() {
        case "decision-maker", "decider", "决策人", "决策者": self = .decisionMaker
        case "buyer", "采购", "采购人": self = .buyer
        case "user", "使用者", "用户": self = .user
        case "contact", "联系人": self = .contact
        default: return nil
        }
    }

    /// The role's word in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .decisionMaker: return language.text(.custRoleDecisionMaker)
        case .buyer: return language.text(.custRoleBuyer)
        case .user: return language.text(.custRoleUser)
        case .contact: return language.text(.custRoleContact)
        }
    }
}
