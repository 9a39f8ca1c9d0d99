import MustDoCore
import MustDoStore

extension AppRuntime {
    /// Performs a ledger effect; each change is its own transaction, committed before it is reported.
    func performLedger(_ effect: Effect) throws -> Action? {
        let language = state.language
        switch effect {
        case .loadLedger:
            return .ledgerLoaded(try database.promises(.pending), try database.appointments(from: state.today, to: state.today, includeToTell: true))
        case .changeLedger(let change, let origin):
            let now = clock.timestamp()
            switch change {
            case .settle(let id, let to):
                let r = try database.settlePromise(id: id, as: to, now: now)
                let values = ["id": String(id), "what": r.after.what]
                return .ledgerApplied(LedgerUndo(change: change, promiseBefore: r.before, since: now, title: "#\(id) " + r.after.what), origin: origin,
                                      said: language.text(to == .kept ? .vscrLedgerKept : .vscrLedgerBroken, values))
            case .renegotiate(let id, let due):
                let r = try database.renegotiatePromise(id: id, newDue: due, now: now)
                return .ledgerApplied(LedgerUndo(change: change, promiseBefore: r.before, since: now, title: "#\(id) " + r.after.what), origin: origin,
                                      said: language.text(.vscrLedgerMoved, ["id": String(id), "what": r.after.what, "due": due.description]))
            case .told(let id):
                let r = try database.markTold(id: id, now: now)
                return .ledgerApplied(LedgerUndo(change: change, appointmentBefore: r.before, since: now, title: "#\(id) " + r.after.about),
                                      origin: origin, said: language.text(.vscrLedgerTold, ["id": String(id)]))
            case .add(let promise):
                var fresh = promise
                fresh.id = 0
                let stored = try database.addPromise(fresh, now: now)
                var undo = LedgerUndo(change: change, since: now, title: "#\(stored.id) " + stored.what)
                undo.added = stored
                return .ledgerApplied(undo, origin: origin,
                                      said: language.text(.vscrPromiseAdded, ["id": String(stored.id), "what": stored.what, "due": stored.due.description]))
            }
        case .revertLedger(let undo, let origin):
            let now = clock.timestamp()
            if let p = undo.promiseBefore { try database.restorePromise(p, since: undo.since, now: now) }
            if let a = undo.appointmentBefore { try database.restoreAppointment(a, now: now) }
            if let p = undo.added { try database.removePromise(id: p.id) }
            return .ledgerApplied(undo, origin: origin, said: nil)
        default:
            return nil
        }
    }
}
