import MustDoCore
import MustDoStore

extension AppRuntime {
    /// Performs a visit or promise effect against the database; each change is its own transaction, committed before it is reported.
    func performVisit(_ effect: Effect) throws -> Action? {
        switch effect {
        case .loadTimeline(let id):
            return .timelineLoaded(id, try database.timelineRecords(customerID: id))
        case .openVisitForm(let customer):
            let stamp = clock.timestamp()
            guard let now = LocalDateTime(parsing: stamp) else { throw MustDoError.invalidDate(stamp, source: "now") }
            return .visitFormOpened(now: now, customer: customer)
        case .loadLastGoal(let id):
            return .lastGoalLoaded(id, try database.visits(VisitQuery(customerID: id, limit: 1)).first?.goal)
        case .logVisit(let visit, let origin):
            // A redo logs the visit again as new rows (the undone ones are gone).
            var fresh = visit
            fresh.id = 0
            fresh.commitmentPromiseID = nil
            fresh.next?.id = 0
            fresh.next?.visitID = nil
            let stored = try database.logVisit(fresh, now: clock.timestamp())
            return .visitApplied(stored, removed: false, origin: origin)
        case .removeVisit(let visit, let origin):
            do {
                let removed = try database.removeVisit(id: visit.id)
                return .visitApplied(removed, removed: true, origin: origin)
            } catch let e as MustDoError {
                // Removed or changed elsewhere since: the undo is refused with the usual sentence, nothing changes.
                if case .undo(let entry) = origin { return .undoRefused(entry, redo: false) }
                throw e
            }
        case .loadVisits(let query):
            return .visitsLoaded(query, try database.visits(query))
        case .loadLedger, .changeLedger, .revertLedger:
            return try performLedger(effect)
        default:
            return nil
        }
    }
}
