/// Who promised: we to the customer, or the customer to us.
public enum PromiseDirection: String, CaseIterable, Sendable {
    /// Our promise to the customer (a rebate, a delivery, a visit).
    case ours
    /// The customer's promise to us (a payment date, an action commitment).
    case theirs

    /// Reads `ours`/`theirs` or a Chinese word (`我方`, `客户`); nil otherwise.
    public init?(word: String) {
        let w = word.trimmingWhitespace().lowercased()
        if let d = PromiseDirection(rawValue: w) { self = d; return }
        switch w {
        case "we", "us", "our", "我方", "我们", "我": self = .ours
        case "they", "customer", "their", "客户", "对方": self = .theirs
        default: return nil
        }
    }

    /// The word in `language`.
    public func label(_ language: Language) -> String {
        self == .ours ? language.text(.promiseDirOurs) : language.text(.promiseDirTheirs)
    }
}
