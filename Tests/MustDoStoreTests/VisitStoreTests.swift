import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private func m(_ s: String) -> LocalDateTime { LocalDateTime(parsing: s)! }

/// Visits, appointments and promises in SQLite: each action one transaction, refusals change nothing, the card's last
/// contact and filing check, the renegotiation history, and the shapes undo needs.
@Suite struct VisitStoreTests {
    let now = "2026-11-27T18:00:00"

    func count(_ db: AppDatabase, _ sql: String) throws -> Int { try db.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    /// Every row of the visit tables and the customer card, as text: to prove a refusal changed nothing.
    func dump(_ db: AppDatabase, tables: [String] = ["visit", "appointment", "promise", "promise_event", "customer"]) throws -> String {
        try db.read { db in
            var out = ""
            for table in tables {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1") { out += table + " " + row.description + "\n" }
            }
            return out
        }
    }

    func setUp() throws -> (AppDatabase, Customer) {
        let db = try AppDatabase.inMemory()
        let card = try db.addCustomer(Customer(name: "张三"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        return (db, card)
    }

    func visit(_ card: Customer, at: String = "2026-11-27 10:00", commit: ActionCommitment? = nil, next: Appointment? = nil) -> Visit {
        Visit(at: m(at), customerID: card.id, person: "王总", goal: VisitGoal("get a site visit", high: "trial order", low: "meet the boss"),
              happened: "showed the catalogue", result: "agreed to a site visit", commitment: commit, next: next)
    }

    @Test func aVisitStoresItsCommitmentAppointmentAndLastContactTogether() throws {
        let (db, card) = try setUp()
        let stored = try db.logVisit(visit(card, commit: ActionCommitment(who: "王总", what: "send two engineers", by: d("2026-12-03")),
                                           next: Appointment(customerID: 0, at: m("2026-12-01 14:30"), place: "华为大厦", about: "demo")), now: now)
        #expect(stored.id == 1 && stored.commitmentPromiseID == 1 && stored.next?.id == 1 && stored.customerNumber == "KH-2026-0001")
        let read = try #require(try db.visit(id: stored.id))
        #expect(read.goal == VisitGoal("get a site visit", high: "trial order", low: "meet the boss"))
        #expect(read.commitment == ActionCommitment(who: "王总", what: "send two engineers", by: d("2026-12-03")))
        #expect(read.next?.place == "华为大厦" && read.next?.visitID == stored.id && read.movedTheOrder)
        let p = try db.promise(id: 1)
        #expect(p.direction == .theirs && p.kind == .action && p.visitID == stored.id && p.madeOn == d("2026-11-27") && p.history.map(\.action) == [.created])
        #expect(try db.lastContact(customerID: card.id) == d("2026-11-27"))
        // An older visit logged later does not move the last contact back.
        try db.logVisit(visit(card, at: "2026-11-25 09:00"), now: now)
        #expect(try db.lastContact(customerID: card.id) == d("2026-11-27"))
        #expect(try db.visits().map(\.id) == [1, 2], "newest first")
        #expect(try db.visits(VisitQuery(noActionOnly: true)).map(\.id) == [2])
        let tally = VisitTally(try db.visits())
        #expect(tally.moved == 1 && tally.notMoved == 1)
        #expect(try db.visits(VisitQuery(from: d("2026-11-26"), to: d("2026-11-27"))).map(\.id) == [1])
        #expect(try db.visits(VisitQuery(kind: .call)).isEmpty)
    }

    @Test func theFilingCheckIsSatisfiedWhenTheCardIsTouchedTheSameDay() throws {
        let (db, card) = try setUp()
        try db.logVisit(visit(card), now: now)
        var stored = try #require(try db.customer(id: card.id))
        #expect(stored.lastContact == d("2026-11-27"))
        #expect(FilingReport(card: stored, today: d("2026-11-27")).notFilledAfterVisit, "the card was last updated on the 20th")
        try db.editCustomer(id: card.id, now: "2026-11-27T18:05:00", reviewedOn: nil) { try $0.set(.needs, "a CRM for 40 seats", today: d("2026-11-27")) }
        stored = try #require(try db.customer(id: card.id))
        #expect(!FilingReport(card: stored, today: d("2026-11-27")).notFilledAfterVisit)
        #expect(!FilingReport(card: stored, today: d("2026-11-27")).warnings(.en).contains { $0.contains("visit") })
    }

    @Test func everyBadInputIsOneSentenceAndChangesNothing() throws {
        let (db, card) = try setUp()
        try db.logVisit(visit(card), now: now)
        let visitTables = ["visit", "appointment", "promise", "promise_event"]
        let before = try dump(db)
        func refused(_ v: Visit, _ key: MessageKey, sourceLocation: SourceLocation = #_sourceLocation) {
            do {
                try db.logVisit(v, now: now)
                Issue.record("accepted", sourceLocation: sourceLocation)
            } catch MustDoError.invalidInput(let k, _) {
                #expect(k == key, sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(error)", sourceLocation: sourceLocation)
            }
        }
        refused(visit(card, commit: ActionCommitment(what: "trial", by: d("2026-11-26"))), .visitCommitBeforeVisit)
        refused(visit(card, next: Appointment(customerID: 0, at: m("2026-11-27 09:00"))), .apptInPast)
        refused(visit(card, at: "2026-11-28 09:00"), .visitInFuture)
        var noGoal = visit(card)
        noGoal.goal = VisitGoal("  ")
        refused(noGoal, .visitFieldEmpty)
        var control = visit(card)
        control.result = "ok\u{1b}[31m"
        refused(control, .visitFieldControl)
        var unknown = visit(card)
        unknown.customerID = 99
        refused(unknown, .custUnknown)
        #expect(try dump(db) == before)
        _ = try db.forgetCustomer(id: try db.addCustomer(Customer(name: "李四"), prefix: "KH-2026-", now: now).id, now: now)
        let afterForget = try dump(db)
        var forgotten = visit(card)
        forgotten.customerID = 2
        refused(forgotten, .custIsForgotten)
        #expect(try dump(db) == afterForget)
        #expect(try dump(db, tables: visitTables) == before.split(separator: "\n").filter { !$0.hasPrefix("customer ") }.map { $0 + "\n" }.joined())
        #expect(throws: MustDoError.self) { try db.addPromise(Promise(direction: .ours, customerID: card.id, what: "samples", due: d("2026-11-01"), madeOn: d("2026-11-27")), now: now) }
        #expect(throws: MustDoError.self) { try db.addPromise(Promise(direction: .ours, customerID: card.id, what: "samples", due: d("2026-12-01"), credibility: .low, madeOn: d("2026-11-27")), now: now) }
        #expect(throws: MustDoError.self) { try db.addAppointment(Appointment(customerID: card.id, at: m("2026-11-20 10:00")), now: now) }
        #expect(try dump(db) == afterForget)
    }

    @Test func promisesKeepTheirHistoryAndRefuseOnceSettled() throws {
        let (db, card) = try setUp()
        let p = try db.addPromise(Promise(direction: .theirs, kind: .payment, customerID: card.id, what: "pay invoice 42", due: d("2026-11-30"),
                                          credibility: .low, credibilityNote: "paid late twice", madeOn: d("2026-11-27")), now: now)
        let (before, after) = try db.renegotiatePromise(id: p.id, newDue: d("2026-12-07"), note: "asked for a week", now: "2026-11-28T09:00:00")
        #expect(before.due == d("2026-11-30") && before.state == .open)
        #expect(after.due == d("2026-12-07") && after.state == .renegotiated)
        #expect(after.history.map(\.action) == [.created, .renegotiated])
        #expect(after.history[1].oldDue == d("2026-11-30") && after.history[1].newDue == d("2026-12-07") && after.history[1].note == "asked for a week")
        #expect(throws: MustDoError.self) { try db.renegotiatePromise(id: p.id, newDue: d("2026-12-07"), now: now) }
        let kept = try db.settlePromise(id: p.id, as: .kept, now: "2026-12-06T10:00:00")
        #expect(kept.after.state == .kept && kept.after.history.last?.action == .kept)
        let snapshot = try dump(db)
        #expect(throws: MustDoError.self) { try db.settlePromise(id: p.id, as: .broken, now: now) }
        #expect(throws: MustDoError.self) { try db.renegotiatePromise(id: p.id, newDue: d("2026-12-20"), now: now) }
        #expect(throws: MustDoError.self) { try db.settlePromise(id: 99, as: .kept, now: now) }
        #expect(try dump(db) == snapshot)
        // Undo: back to renegotiated, the "kept" line gone; undo again: the original date.
        try db.restorePromise(kept.before, since: "2026-12-06T10:00:00", now: now)
        #expect(try db.promise(id: p.id).state == .renegotiated && db.promise(id: p.id).history.count == 2)
        try db.restorePromise(before, since: "2026-11-28T09:00:00", now: now)
        #expect(try db.promise(id: p.id).due == d("2026-11-30") && db.promise(id: p.id).state == .open && db.promise(id: p.id).history.count == 1)
        #expect(try db.promises(PromiseQuery(direction: .theirs)).map(\.id) == [p.id])
        #expect(try db.promises(PromiseQuery(direction: .ours)).isEmpty)
    }

    @Test func appointmentsThatCannotBeKeptAskThatTheCustomerBeTold() throws {
        let (db, card) = try setUp()
        let a = try db.addAppointment(Appointment(customerID: card.id, at: m("2026-12-01 14:30"), place: "office", about: "demo"), now: now)
        #expect(throws: MustDoError.self) { try db.markTold(id: a.id, now: now) }
        let (before, cancelled) = try db.setAppointment(id: a.id, state: .cannotKeep, reason: "fever", now: now)
        #expect(before.state == .planned && cancelled.needsTelling && cancelled.reason == "fever")
        #expect(try db.appointments(from: d("2026-11-27"), to: d("2026-11-27")).map(\.id) == [a.id], "listed until the customer is told")
        let told = try db.markTold(id: a.id, now: "2026-11-27T18:30:00")
        #expect(told.after.toldAt == "2026-11-27T18:30:00" && !told.after.needsTelling)
        #expect(throws: MustDoError.self) { try db.markTold(id: a.id, now: now) }
        #expect(try db.appointments(from: d("2026-11-27"), to: d("2026-11-27")).isEmpty)
        try db.restoreAppointment(told.before, now: now)
        #expect(try db.appointment(id: a.id).needsTelling)
        #expect(throws: MustDoError.self) { try db.setAppointment(id: a.id, state: .cannotKeep, now: now) }
    }

    @Test func removingAVisitUndoesItWhole() throws {
        let (db, card) = try setUp()
        try db.logVisit(visit(card, at: "2026-11-25 10:00"), now: now)
        let empty = try dump(db)
        let v = try db.logVisit(visit(card, commit: ActionCommitment(what: "trial", by: d("2026-12-01")),
                                      next: Appointment(customerID: 0, at: m("2026-12-01 10:00"))), now: now)
        let removed = try db.removeVisit(id: v.id)
        #expect(removed.commitment?.what == "trial")
        #expect(try count(db, "SELECT count(*) FROM promise") == 0 && count(db, "SELECT count(*) FROM appointment") == 0)
        #expect(try db.lastContact(customerID: card.id) == d("2026-11-25"))
        #expect(try dump(db) == empty)
    }

    @Test func planningSortsPromisesByTheirReminderWindow() throws {
        let (db, card) = try setUp()
        var settings = PromiseSettings()
        settings.remindDaysByKind[.payment] = 5
        func add(_ p: Promise) throws -> Int64 { try db.addPromise(p, now: now).id }
        let soonPayment = try add(Promise(direction: .theirs, kind: .payment, customerID: card.id, what: "pay", due: d("2026-12-02"), madeOn: d("2026-11-27")))
        let farGeneral = try add(Promise(direction: .ours, customerID: card.id, what: "samples", due: d("2026-12-02"), madeOn: d("2026-11-27")))
        let ownReminder = try add(Promise(direction: .ours, customerID: card.id, what: "quote", due: d("2026-12-10"), remindDays: 14, madeOn: d("2026-11-27")))
        let rebate = try add(Promise(direction: .ours, kind: .rebate, customerID: card.id, what: "annual rebate", due: d("2027-09-30"),
                                     conditions: "2% over 1M", inWriting: true, madeOn: d("2026-09-01")))
        try db.logVisit(visit(card, commit: ActionCommitment(what: "trial", by: d("2026-11-28"))), now: now)
        let agenda = try db.commitmentAgenda(today: d("2026-11-27"), settings: settings)
        #expect(agenda.promisesDue.map(\.id) == [soonPayment, ownReminder], "payment 5 days ahead, the quote its own 14; samples only 3 days before")
        #expect(!agenda.promisesDue.contains { $0.id == farGeneral })
        #expect(agenda.commitmentsToFollow.map(\.what) == ["trial"])
        #expect(agenda.progressChecks.map(\.id) == [rebate], "made 87 days ago and never checked")
        try db.checkPromiseProgress(id: rebate, today: d("2026-11-27"), now: now)
        #expect(try db.commitmentAgenda(today: d("2026-11-27"), settings: settings).progressChecks.isEmpty)
        #expect(try db.commitmentAgenda(today: d("2026-12-27"), settings: settings).progressChecks.map(\.id) == [rebate], "again after 30 days")
        #expect(try db.commitmentAgenda(today: d("2026-11-30"), settings: settings).promisesDue.contains { $0.id == farGeneral })
    }

    @Test func forgettingACustomerErasesTheTextOfItsVisitsAndPromises() throws {
        let (db, card) = try setUp()
        try db.logVisit(visit(card, commit: ActionCommitment(who: "王总", what: "send two engineers", by: d("2026-12-03")),
                              next: Appointment(customerID: 0, at: m("2026-12-01 14:30"), place: "华为大厦")), now: now)
        _ = try db.forgetCustomer(id: card.id, now: now)
        let text = try dump(db)
        for secret in ["王总", "send two engineers", "华为大厦", "site visit", "catalogue"] { #expect(!text.contains(secret), "\(secret)") }
        #expect(try count(db, "SELECT count(*) FROM visit") == 1, "anonymous counts remain")
    }
}
