import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private func m(_ s: String) -> LocalDateTime { LocalDateTime(parsing: s)! }

/// The contact cadence read from SQLite: any logged contact restarts the clock, undoing it puts the clock back, a card's
/// own interval is stored with the card, and "no next step" sees planned appointments and pending promises.
@Suite struct CadenceStoreTests {
    let today = d("2026-11-26")
    let now = "2026-11-26T08:00:00"

    func keyCard(_ db: AppDatabase, _ name: String, created: String = "2026-11-01T09:00:00") throws -> Customer {
        var c = Customer(name: name)
        c[.tier] = "key"
        c[.status] = "customer"
        return try db.addCustomer(c, prefix: "KH-2026-", now: created)
    }

    func contact(_ db: AppDatabase, _ card: Customer, _ kind: VisitKind, at: String) throws -> Visit {
        try db.logVisit(Visit(kind: kind, at: m(at), customerID: card.id, goal: VisitGoal("keep in touch"), result: "talked"), now: now)
    }

    @Test(arguments: [VisitKind.visit, .call, .message, .meal])
    func anyLoggedContactRestartsTheClockAndUndoingItPutsItBack(kind: VisitKind) throws {
        let db = try AppDatabase.inMemory()
        let card = try keyCard(db, "张三")
        // Created 25 days ago, never contacted: 18 days past a key customer's 7.
        #expect(try db.contactCadence(today: today, settings: CadenceSettings()).losingTouch.map(\.daysOverdue) == [18])
        let v = try contact(db, card, kind, at: "2026-11-24 10:00")
        #expect(try db.contactCadence(today: today, settings: CadenceSettings()).losingTouch.isEmpty)
        try db.removeVisit(id: v.id)
        #expect(try db.contactCadence(today: today, settings: CadenceSettings()).losingTouch.map(\.card.id) == [card.id])
    }

    @Test func theCardsOwnIntervalIsStoredAndOverridesTheTier() throws {
        let db = try AppDatabase.inMemory()
        let card = try keyCard(db, "李四")
        _ = try contact(db, card, .call, at: "2026-11-20 10:00")
        #expect(try db.contactCadence(today: today, settings: CadenceSettings()).losingTouch.isEmpty)
        let (_, after) = try db.editCustomer(id: card.id, now: now, reviewedOn: nil) { try $0.set(.contactEvery, "3", today: today) }
        #expect(after.contactEvery == 3)
        #expect(try db.customer(id: card.id)?.contactEvery == 3)
        let late = try db.contactCadence(today: today, settings: CadenceSettings()).losingTouch
        #expect(late.map(\.interval) == [3] && late.map(\.daysOverdue) == [3])
        // The change is in the card's history like any field.
        #expect(try db.customerHistory(id: card.id).contains { $0.field == "contact_every" || $0.field == "contact-every" })
    }

    @Test func aPlannedAppointmentOrAPendingPromiseIsANextStepAndASettledOneIsNot() throws {
        let db = try AppDatabase.inMemory()
        let a = try keyCard(db, "A"), b = try keyCard(db, "B"), c = try keyCard(db, "C"), e = try keyCard(db, "E")
        try db.addAppointment(Appointment(customerID: a.id, at: m("2026-11-28 10:00")), now: now)
        try db.addPromise(Promise(direction: .ours, customerID: b.id, what: "send samples", due: d("2026-12-01"), madeOn: d("2026-11-20")), now: now)
        let kept = try db.addPromise(Promise(direction: .ours, customerID: c.id, what: "send a quote", due: d("2026-11-25"), madeOn: d("2026-11-20")), now: now)
        try db.settlePromise(id: kept.id, as: .kept, now: now)
        let cancelled = try db.addAppointment(Appointment(customerID: e.id, at: m("2026-11-29 10:00")), now: now)
        try db.setAppointment(id: cancelled.id, state: .cannotKeep, reason: "ill", now: now)
        let stuck = try db.contactCadence(today: today, settings: CadenceSettings()).noNextStep.map(\.card.id)
        #expect(Set(stuck) == [c.id, e.id])
    }

    @Test func archivedDormantAndLostCardsAreLeftOut() throws {
        let db = try AppDatabase.inMemory()
        let a = try keyCard(db, "A"), b = try keyCard(db, "B"), c = try keyCard(db, "C")
        _ = try db.setCustomerArchived(id: a.id, true, now: now)
        _ = try db.editCustomer(id: b.id, now: now, reviewedOn: nil) { try $0.set(.status, "dormant", today: today) }
        let cards = try db.cadenceCards(today: today)
        #expect(cards.map(\.id) == [c.id])
    }

    @Test func theNextStepQueriesUseTheMigrationsIndexes() throws {
        let db = try AppDatabase.inMemory()
        let plan = try db.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT EXISTS (SELECT 1 FROM appointment a WHERE a.customer_id = 1 AND a.state = 'planned' AND a.at >= '2026-11-26')
                OR EXISTS (SELECT 1 FROM promise p WHERE p.customer_id = 1 AND p.state IN ('open', 'renegotiated'))
                """).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("appointment_planned_by_customer"))
        #expect(plan.contains("promise_pending_by_customer"))
    }
}
