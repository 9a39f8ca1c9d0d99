import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private func m(_ s: String) -> LocalDateTime { LocalDateTime(parsing: s)! }

/// Routines that count real work, in SQLite: logging an activity counts toward the linked item of its period in the
/// same transaction (done at the target, with the customer named), and removing it takes the count back.
@Suite struct RoutineLinkStoreTests {
    let engine = ScheduleEngine(settings: .standard)
    let now = "2026-11-25T18:00:00"

    /// The English pack from Monday 2026-11-16, prepared through Wednesday the 25th, with two cards added on the 20th.
    func seeded(through today: String = "2026-11-25") throws -> (AppDatabase, Customer, Customer) {
        let db = try AppDatabase.inMemory()
        try db.seed(pack: try RoutinePack.builtIn(.en), activeFrom: d("2026-11-16"), now: "2026-11-16T08:00:00")
        try db.prepare(today: d("2026-11-16"), engine: engine, now: "2026-11-16T08:00:00")
        let a = try db.addCustomer(Customer(name: "张三"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        let b = try db.addCustomer(Customer(name: "李四"), prefix: "KH-2026-", now: "2026-11-20T09:05:00")
        try db.prepare(today: d(today), engine: engine, now: "\(today)T08:00:00")
        return (db, a, b)
    }

    func item(_ db: AppDatabase, _ routine: String, _ key: String, today: String = "2026-11-25") throws -> Occurrence {
        try #require(try db.occurrences(periodKey: key, today: d(today)).first { $0.routineID == routine })
    }

    func agendaItem(_ db: AppDatabase, _ routine: String, today: String = "2026-11-25") throws -> Occurrence {
        try #require(try db.agenda(today: d(today), engine: engine).sections.flatMap(\.items).map(\.occurrence).first { $0.routineID == routine })
    }

    func visit(_ c: Customer, _ kind: VisitKind = .visit, at: String = "2026-11-25 10:00", also: [ActivityKind] = []) -> Visit {
        var v = Visit(kind: kind, at: m(at), customerID: c.id, goal: VisitGoal("catch up"), result: "done")
        v.alsoCounts = also
        return v
    }

    func count(_ db: AppDatabase, _ sql: String) throws -> Int { try db.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    @Test func aVisitCountsUpAndReachingTheTargetMarksTheItemDoneWithTheCustomerNamed() throws {
        let (db, a, b) = try seeded()
        #expect(try item(db, "day-greet-customers", "2026-11-25").progress == 0)
        try db.logVisit(visit(a, .message, at: "2026-11-25 08:30", also: [.greeting]), now: now)
        try db.logVisit(visit(b, .message, at: "2026-11-25 08:40", also: [.greeting]), now: now)
        var greet = try agendaItem(db, "day-greet-customers")
        #expect(greet.progress == 2 && greet.target == 5 && greet.state == .open, "2 of 5: still open")
        #expect(greet.countedBy == ["张三", "李四"])
        let call = try agendaItem(db, "day-call-customer")
        #expect(call.progress == 2 && call.state == .done && call.doneAt == now, "a message is a call or message; the target 1 is reached")
        for _ in 0..<3 { try db.logVisit(visit(a, .message, at: "2026-11-25 09:00", also: [.greeting]), now: now) }
        greet = try agendaItem(db, "day-greet-customers")
        #expect(greet.progress == 5 && greet.state == .done && greet.countedByText == "张三×4, 李四")
        // Other kinds count nowhere else: no meal, favour or home visit was logged.
        #expect(try agendaItem(db, "day-meal-or-tea").progress == 0)
        #expect(try agendaItem(db, "day-customer-favor").progress == 0)
        #expect(try item(db, "week-key-home-visit", "2026-W48").progress == 0)
    }

    @Test func removingTheVisitTakesTheCountBackAndReopensAnItemBelowItsTarget() throws {
        let (db, a, _) = try seeded()
        let v = try db.logVisit(visit(a, .meal, also: [.favour, .homeVisit]), now: now)
        #expect(try agendaItem(db, "day-meal-or-tea").state == .done)
        #expect(try agendaItem(db, "day-customer-favor").state == .done)
        #expect(try item(db, "week-key-home-visit", "2026-W48").state == .done)
        #expect(try count(db, "SELECT count(*) FROM activity WHERE visit_id IS NOT NULL") == 3)
        try db.removeVisit(id: v.id, now: now)
        for routine in ["day-meal-or-tea", "day-customer-favor"] {
            let o = try agendaItem(db, routine)
            #expect(o.progress == 0 && o.state == .open && o.doneAt == nil && o.countedBy.isEmpty, "\(routine)")
        }
        let week = try item(db, "week-key-home-visit", "2026-W48")
        #expect(week.progress == 0 && week.state == .open)
        #expect(try count(db, "SELECT count(*) FROM activity WHERE visit_id IS NOT NULL") == 0)
        #expect(try count(db, "SELECT count(*) FROM activity_count ac JOIN activity a ON a.id = ac.activity_id WHERE a.visit_id IS NOT NULL") == 0)
    }

    @Test func anItemCheckedByHandStaysCheckedWhenAVisitIsTakenBack() throws {
        let (db, a, _) = try seeded()
        let id = try db.resolve(ref: "day-night-visit", today: d("2026-11-25"), engine: engine)
        try db.apply(.check, to: id, now: now)
        let v = try db.logVisit(visit(a), now: now)
        #expect(try agendaItem(db, "day-night-visit").progress == 2)
        try db.removeVisit(id: v.id, now: now)
        let o = try agendaItem(db, "day-night-visit")
        #expect(o.state == .done && o.progress == 1, "the user's own check stands")
    }

    @Test func anActivityCountsInThePeriodOfItsDayNotToday() throws {
        let (db, a, _) = try seeded()
        // Sunday the 22nd ends week 47; Tuesday the 24th is yesterday.
        try db.logVisit(visit(a, at: "2026-11-22 20:00", also: [.homeVisit]), now: now)
        #expect(try item(db, "week-key-home-visit", "2026-W47").progress == 1)
        #expect(try item(db, "week-key-home-visit", "2026-W48").progress == 0)
        #expect(try count(db, "SELECT count(*) FROM occurrence WHERE routine_id = 'day-night-visit' AND progress > 0") == 0,
                "a workdays-only daily item has no Sunday to count toward")
        try db.logVisit(visit(a, at: "2026-11-24 19:00"), now: now)
        #expect(try item(db, "day-night-visit", "2026-11-24").state == .done)
        #expect(try item(db, "day-night-visit", "2026-11-25").progress == 0)
        // The last day of the month and the first of the next are different months.
        try db.logVisit(visit(a, at: "2026-11-25 11:00", also: [.vipVisit]), now: now)
        #expect(try item(db, "year-vip-visit", "2026").progress == 1)
    }

    @Test func anActivityLoggedBeforeTheDaysItemExistsCountsWhenTheDayIsPrepared() throws {
        let (db, a, _) = try seeded(through: "2026-11-24")
        #expect(try db.occurrences(periodKey: "2026-11-25", today: d("2026-11-25")).isEmpty)
        try db.logVisit(visit(a, .call), now: now)
        try db.prepare(today: d("2026-11-25"), engine: engine, now: now)
        let o = try agendaItem(db, "day-call-customer")
        #expect(o.progress == 1 && o.state == .done && o.countedBy == ["张三"])
        // Preparing again counts nothing twice.
        try db.prepare(today: d("2026-11-25"), engine: engine, now: now)
        #expect(try agendaItem(db, "day-call-customer").progress == 1)
    }

    @Test func newCardsAndPersonalDetailsCountAndTheirUndoTakesThemBack() throws {
        let (db, _, _) = try seeded()
        // The two cards of the 20th counted already.
        #expect(try item(db, "month-new-customer", "2026-11").progress == 2)
        let card = try db.addCustomer(Customer(name: "王五"), prefix: "KH-2026-", now: now)
        #expect(try item(db, "month-new-customer", "2026-11").progress == 3)
        #expect(try agendaItem(db, "day-memorize-names").countedBy == ["王五"])
        // The screen's undo of adding a card archives it the same day: the count goes back; its redo counts it again.
        _ = try db.changeCustomer(id: card.id, expected: nil, now: now) { $0.archivedAt = now }
        #expect(try item(db, "month-new-customer", "2026-11").progress == 2)
        _ = try db.changeCustomer(id: card.id, expected: nil, now: now) { $0.archivedAt = nil }
        #expect(try item(db, "month-new-customer", "2026-11").progress == 3)
        #expect(try item(db, "month-new-customer", "2026-11").countedBy.isEmpty, "names are read with the checklist only")
        // Filling hobbies and family in one edit is one piece of personal details learned.
        let edit = try db.editCustomer(id: card.id, now: now, reviewedOn: nil) { c in
            c[.hobbies] = "钓鱼"
            c[.family] = "两个孩子"
        }
        var profile = try agendaItem(db, "day-customer-profile")
        #expect(profile.progress == 1 && profile.state == .done && profile.countedBy == ["王五"])
        #expect(try item(db, "week-make-friend", "2026-W48").progress == 1)
        // Editing a field that is not personal counts nothing.
        _ = try db.editCustomer(id: card.id, now: now, reviewedOn: nil) { $0[.phone] = "13800000000" }
        #expect(try agendaItem(db, "day-customer-profile").progress == 1)
        // The undo puts the fields back empty: the count goes back and the item opens again.
        _ = try db.changeCustomer(id: card.id, expected: nil, now: now) { c in
            c[.hobbies] = edit.before[.hobbies]
            c[.family] = edit.before[.family]
        }
        profile = try agendaItem(db, "day-customer-profile")
        #expect(profile.progress == 0 && profile.state == .open)
        #expect(try item(db, "week-make-friend", "2026-W48").progress == 0)
    }

    @Test func aRefusedVisitCountsNothing() throws {
        let (db, a, _) = try seeded()
        var v = visit(a)
        v.result = ""
        #expect(throws: (any Error).self) { try db.logVisit(v, now: now) }
        #expect(try count(db, "SELECT count(*) FROM activity WHERE visit_id IS NOT NULL") == 0)
        #expect(try agendaItem(db, "day-night-visit").progress == 0)
    }

    @Test func aLinkSetInTheEditorCountsFromThenOnAndRetiringDropsTheCounts() throws {
        let (db, a, _) = try seeded()
        var r = try #require(try db.routines().first { $0.id == "day-retail-check" })
        #expect(r.link == nil && r.target == nil)
        r.link = .visit
        r.target = 2
        try db.editRoutine(r, today: d("2026-11-25"), settings: .standard, now: now)
        #expect(try db.routines().first { $0.id == "day-retail-check" }?.link == .visit)
        try db.logVisit(visit(a), now: now)
        let o = try agendaItem(db, "day-retail-check")
        #expect(o.progress == 1 && o.target == 2 && o.state == .open)
        r.link = nil
        try db.editRoutine(r, today: d("2026-11-25"), settings: .standard, now: now)
        try db.logVisit(visit(a), now: now)
        #expect(try agendaItem(db, "day-retail-check").progress == 1, "unlinked: the next visit does not count")
    }

    @Test func upgradingLinksTheBuiltInRoutinesTheUserHasNotRetitled() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/old.sqlite"
        let today = Clock.wallNow().date
        do {
            let queue = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(queue, upTo: "v8-customer-search-key")
            try queue.write { db in
                for (id, title) in [("day-call-customer", "Call or text a customer"), ("day-customer-favor", "Water the office plants"),
                                    ("day-motivate", "Spend ten minutes each morning motivating yourself and building confidence")] {
                    try db.execute(sql: """
                        INSERT INTO routine (id, title, period, position, workdays_only, tags, active_from, created_at)
                        VALUES (?, ?, 'day', 0, 0, '', '2026-01-01', '2026-01-01T08:00:00')
                        """, arguments: [id, title])
                }
                try db.execute(sql: "INSERT INTO title (id, routine_id, text) VALUES (1, 'day-call-customer', 'Call or text a customer')")
                try db.execute(sql: """
                    INSERT INTO occurrence (routine_id, period_kind, period_key, start, end, title_id, position, state, done_at)
                    VALUES ('day-call-customer', 'day', ?, ?, ?, 1, 0, 'done', '2026-01-01T09:00:00')
                    """, arguments: [today.description, today.dayNumber, today.dayNumber])
            }
        }
        let db = try AppDatabase.open(path: path)
        let routines = try db.routines()
        let call = try #require(routines.first { $0.id == "day-call-customer" })
        #expect(call.link == .call && call.target == 1)
        let retitled = try #require(routines.first { $0.id == "day-customer-favor" })
        #expect(retitled.link == nil && retitled.target == nil, "a retitled routine is the user's own now")
        #expect(routines.first { $0.id == "day-motivate" }?.link == nil, "not a linked item")
        let o = try #require(try db.occurrences(periodKey: today.description, today: today).first)
        #expect(o.target == 1 && o.progress == 1 && o.state == .done, "a done item counts as 1 of 1")
    }
}
