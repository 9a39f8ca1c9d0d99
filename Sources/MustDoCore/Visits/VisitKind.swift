/// How a contact with a customer happened: a visit in person, a call, a message, or a meal together.
public enum VisitKind: String, CaseIterable, Sendable, Codable {
    /// A visit in person (拜访).
    case visit
    /// A phone call (电话).
    case call
    /// A message: text, WeChat, e-mail (消息).
    case message
    /// A meal or tea together (饭局).
    case meal

    /// Reads an English or Chinese name (`call`, `电话`); nil for anything else.
    public init?(word: String) {
        let w = word.trimmingWhitespace().lowercased()
        if let k = VisitKind(rawValue: w) { self = k; return }
        switch w {
        case "拜访", "面访", "上门": self = .visit
        case "电话", "通话": self = .call
        case "消息", "短信", "微信", "邮件": self = .message
        case "吃饭", "饭局", "喝茶", "餐叙": self = .meal
        default: return nil
        }
    }

    /// The word for this kind in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .visit: return language.text(.visitKindVisit)
        case .call: return language.text(.visitKindCall)
        case .message: return language.text(.visitKindMessage)
        case .meal: return language.text(.visitKindMeal)
        }
    }
}
