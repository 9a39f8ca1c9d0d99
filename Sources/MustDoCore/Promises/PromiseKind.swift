/// What kind of promise: it decides the default reminder and whether progress checks are asked for.
public enum PromiseKind: String, CaseIterable, Sendable {
    /// Anything else promised.
    case general
    /// A rebate or other deal with conditions over a long term (年累计销量分档返利): put in writing, progress followed.
    case rebate
    /// A payment date (the customer's promise).
    case payment
    /// A customer's action commitment from a visit.
    case action

    /// Reads an English or Chinese name; nil otherwise.
    public init?(word: String) {
        let w = word.trimmingWhitespace().lowercased()
        if let k = PromiseKind(rawValue: w) { self = k; return }
        switch w {
        case "一般", "其他": self = .general
        case "返利", "返点": self = .rebate
        case "付款", "回款", "付款日": self = .payment
        case "行动", "行动承诺": self = .action
        default: return nil
        }
    }

    /// The word in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .general: return language.text(.promiseKindGeneral)
        case .rebate: return language.text(.promiseKindRebate)
        case .payment: return language.text(.promiseKindPayment)
        case .action: return language.text(.promiseKindAction)
        }
    }
}
