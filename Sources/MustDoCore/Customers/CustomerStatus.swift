/// Where a customer stands with the salesperson; a lost customer carries the reason it was lost.
public enum CustomerStatus: String, CaseIterable, Sendable {
    /// Not yet bought (准客户).
    case prospect
    /// Has bought.
    case customer
    /// Bought before, quiet now.
    case dormant
    /// Gone; the card says why (`--lost-reason`).
    case lost

    /// The status named by `text` (English or Chinese), or nil.
    public init?(name text: String) {
        switch text.lowercased() {
        case "prospect", "准客户": self = .prospect
        case "customer", "客户", "成交": self = .customer
        case "dormant", "休眠": self = .dormant
        case "lost", "流失": self = .lost
        default: return nil
        }
    }

    /// The status's word in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .prospect: return language.text(.custStatusProspect)
        case .customer: return language.text(.custStatusCustomer)
        case .dormant: return language.text(.custStatusDormant)
        case .lost: return language.text(.custStatusLost)
        }
    }
}
