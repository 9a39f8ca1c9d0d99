/// The limits on the text of visits, appointments and promises, checked where it enters (console, screen, store).
public enum VisitText {
    /// The longest one-line text (a goal, a target, a place, a promise's what), in characters.
    public static let lineLimit = 500
    /// The longest multi-line text (what happened, the result, conditions, notes).
    public static let textLimit = 4_000

    /// `text` trimmed, checked as one line named by `field` (e.g. `--goal`); empty is allowed unless `required`.
    public static func line(_ text: String, field: String, required: Bool = false) throws -> String {
        let t = text.trimmingWhitespace()
        if required, t.isEmpty { throw MustDoError.invalidInput(.visitFieldEmpty, ["field": field]) }
        if let u = t.firstUnsafeScalar() { throw MustDoError.invalidInput(.visitFieldControl, ["field": field, "char": UserInput.escaped(u)]) }
        let n = t.unicodeScalars.count
        if n > lineLimit { throw MustDoError.invalidInput(.visitFieldTooLong, ["field": field, "count": String(n), "limit": String(lineLimit)]) }
        return t
    }

    /// `text` trimmed, checked as text that may hold line breaks, named by `field`.
    public static func text(_ text: String, field: String, required: Bool = false) throws -> String {
        let t = text.trimmingWhitespace()
        if required, t.isEmpty { throw MustDoError.invalidInput(.visitFieldEmpty, ["field": field]) }
        if let u = t.firstUnsafeScalar(allowingLineBreaks: true) {
            throw MustDoError.invalidInput(.visitFieldControl, ["field": field, "char": UserInput.escaped(u)])
        }
        let n = t.unicodeScalars.count
        if n > textLimit { throw MustDoError.invalidInput(.visitFieldTooLong, ["field": field, "count": String(n), "limit": String(textLimit)]) }
        return t
    }

    /// A day typed for `field`: `YYYY-MM-DD`; throws the bad-date sentence naming the field.
    public static func date(_ text: String, field: String) throws -> LocalDate {
        guard let d = LocalDate(parsing: text.trimmingWhitespace()) else { throw MustDoError.invalidDate(text, source: field) }
        return d
    }

    /// A minute typed for `field`: `YYYY-MM-DD HH:MM`; throws one sentence naming the field and the form.
    public static func dateTime(_ text: String, field: String) throws -> LocalDateTime {
        guard let t = LocalDateTime(parsing: text.trimmingWhitespace()) else {
            throw MustDoError.invalidInput(.visitBadDateTime, ["field": field, "text": text.quotedForMessage()])
        }
        return t
    }
}
