extension MustDoError {
    /// The sentence for a form field labelled `label` in the screen: the console's sentence, but naming the field
    /// where the console names its option (`--by`, `--name`), and telling to fill the field in rather than to write
    /// after an option. The screen's forms show this; the console keeps `message(_:)`.
    public func formMessage(_ language: Language, field label: String) -> String {
        func isOption(_ s: String?) -> Bool { s?.hasPrefix("--") == true }
        switch self {
        case .invalidInput(.visitFieldEmpty, _), .invalidInput(.custNameEmpty, _):
            return language.text(.modelsFieldEmpty, ["field": label])
        case .invalidInput(.custLostNeedsReason, _):
            return language.text(.custScreenLostNeedsReason)
        case .invalidInput(let key, var values):
            for name in ["option", "field"] where isOption(values[name]) { values[name] = label }
            return MustDoError.invalidInput(key, values).message(language)
        case .invalidDate(let text, let source) where isOption(source):
            return MustDoError.invalidDate(text, source: label).message(language)
        default:
            return message(language)
        }
    }
}
