/// The answer to one of the four conditions of a qualified prospect (buying power, need, approachable, decision authority).
public enum ProspectAnswer: String, CaseIterable, Sendable {
    /// Checked and met.
    case yes
    /// Checked and not met.
    case no
    /// Not checked yet (the default).
    case unknown

    /// The answer named by `text` (English or Chinese), or nil.
    public init?(name text: String) {
        switch text.lowercased() {
        case "yes", "y", "是", "有": self = .yes
        case "no", "n", "否", "无", "没有": self = .no
        case "unknown", "?", "未知", "": self = .unknown
        default: return nil
        }
    }

    /// The answer's word in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .yes: return language.text(.custAnswerYes)
        case .no: return language.text(.custAnswerNo)
        case .unknown: return language.text(.custAnswerUnknown)
        }
    }
}
