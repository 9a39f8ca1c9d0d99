extension Promise {
    /// Checks what a user typed: what was promised, one-line and multi-line limits, the due date not before the day it
    /// was made, credibility only on a customer's promise, reminder days within a year. One sentence per problem.
    public func validate() throws {
        _ = try VisitText.line(what, field: "--what", required: true)
        _ = try VisitText.line(who, field: "--who")
        _ = try VisitText.text(conditions, field: "--conditions")
        _ = try VisitText.line(credibilityNote, field: "--credibility-note")
        if due < madeOn { throw MustDoError.invalidInput(.promiseDueBeforeMade, ["due": due.description, "made": madeOn.description]) }
        if direction == .ours, credibility != nil { throw MustDoError.invalidInput(.promiseCredibilityOurs, [:]) }
        if let r = remindDays, !(0...PromiseSettings.remindLimit).contains(r) {
            throw MustDoError.invalidInput(.promiseRemindRange, ["value": String(r), "limit": String(PromiseSettings.remindLimit)])
        }
    }
}
