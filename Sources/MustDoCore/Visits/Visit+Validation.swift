extension Visit {
    /// Checks the visit against the clock: it has a goal and a result, it did not happen after `now`, the customer's
    /// commitment is not due before the visit, and the next appointment is neither in the past nor before the visit.
    /// Each problem is one sentence naming the option and the fix.
    public func validate(now: LocalDateTime) throws {
        _ = try VisitText.line(goal.text, field: "--goal", required: true)
        _ = try VisitText.text(result, field: "--result", required: true)
        if at > now { throw MustDoError.invalidInput(.visitInFuture, ["at": at.description, "now": now.description]) }
        if let c = commitment {
            _ = try VisitText.line(c.what, field: "--commit", required: true)
            if c.by < at.date { throw MustDoError.invalidInput(.visitCommitBeforeVisit, ["by": c.by.description, "visit": at.date.description]) }
        }
        if let n = next {
            if n.at < now { throw MustDoError.invalidInput(.apptInPast, ["at": n.at.description, "now": now.description]) }
        }
    }
}
