import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// Morning planning's text reads only each customer section's first `[plan] per_section` lines and counts the rest in
/// SQL (`morningPlan(limit:)`). On a seeded book with more than that in every section — promises both ways, customer
/// commitments, progress checks, today's appointments and ones to tell about, losing touch, no next step, greetings
/// (solar, lunar, leap-month, 29 February, card dates, festivals) — the counts equal the whole lists' lengths and the
/// lines read are the whole lists' first lines, on days across the year.
@Suite struct PlanSectionsStoreTests {
    /// A small deterministic generator, so every run seeds the same book.
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func pick<T>(_ xs: [T]) -> T { xs[next(xs.count)] }
    }

    /// 240 cards and their promises, appointments, birthdays and card dates around `today`, written straight into the tables.
    static func seed(_ db: AppDatabase, today: LocalDate) throws {
        var r = Seeded(state: UInt64(today.dayNumber) &* 7919)
        try db.write { db in
            for i in 1...240 {
                let created = today.adding(days: -r.next(400) + 20)   // a few made "after" today: their clock reads 0 days
                let last: String? = r.next(5) == 0 ? nil : today.adding(days: -r.next(200) + 3).description
                let tier = r.pick(["key", "important", "general", ""])
                let status = r.pick(["prospect", "customer", "customer", "dormant", "lost"])
                let every = r.next(8) == 0 ? r.pick(["1", "10", "45", "x"]) : ""
                var birthday = ""
                switch r.next(6) {
                case 0: birthday = "19\(60 + r.next(35))-\(two(today.adding(days: r.next(12)).month))-\(two(today.adding(days: r.next(12)).day))"
                case 1: birthday = "1984-02-29"
                case 2:
                    if let l = LunarDate(solar: today.adding(days: r.next(10))) {
                        birthday = "lunar:1988-\(two(l.month))-\(two(min(l.day + r.next(2), 30)))"
                        if LunarDate(parsing: birthday.dropFirst(6)) == nil { birthday = "lunar:1988-\(two(l.month))-\(two(l.day))" }
                    }
                case 3: birthday = "lunar:1990-L04-1\(r.next(9) + 1)"
                default: break
                }
                let archived: String? = r.next(15) == 0 ? "2026-01-01T00:00:00" : nil
                try db.execute(sql: """
                    INSERT INTO customer (id, number, name, tier, status, created_at, updated_at, last_contact, contact_every, birthday, archived_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [i, "KH-2026-\(String(1000 + (i * 37) % 1000).suffix(3))\(i)", "客户\(i)", tier, status,
                                     created.description + "T09:00:00", created.description + "T09:00:00", last, every,
                                     birthday, archived])
                if r.next(10) == 0, let l = LunarDate(solar: today.adding(days: r.next(8))) {
                    try db.execute(sql: "INSERT INTO customer_date (customer_id, label, date) VALUES (?, ?, ?)",
                                   arguments: [i, "开业", "lunar:2001-\(two(l.month))-\(two(l.day))"])
                }
                if r.next(10) == 0 {
                    try db.execute(sql: "INSERT INTO customer_date (customer_id, label, date) VALUES (?, ?, ?)",
                                   arguments: [i, "wedding", "2005-\(two(today.adding(days: r.next(9)).month))-\(two(today.adding(days: r.next(9)).day))"])
                }
            }
            for p in 1...400 {
                let made = today.adding(days: -r.next(500))
                let due = made.adding(days: r.pick([1, 3, 7, 14, 30, 90, 200, 400]))
                let kind = r.pick(["general", "rebate", "payment", "action"])
                let state = r.pick(["open", "open", "renegotiated", "kept", "cancelled"])
                let checked: String? = r.next(3) == 0 ? today.adding(days: -r.next(60)).description : nil
                let remind: Int? = r.next(6) == 0 ? r.next(40) : nil
                try db.execute(sql: """
                    INSERT INTO promise (customer_id, direction, kind, what, due, conditions, state, made_on, checked_on, remind_days, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [1 + r.next(240), r.pick(["ours", "theirs"]), kind, "promise \(p)", due.description,
                                     kind == "rebate" || r.next(4) == 0 ? "tiered" : "", state, made.description, checked, remind,
                                     made.description + "T10:00:00", made.description + "T10:00:00"])
            }
            for _ in 1...120 {
                let day = today.adding(days: r.next(10) - 3)
                let state = r.pick(["planned", "planned", "kept", "cannot-keep"])
                let told: String? = state == "cannot-keep" && r.next(3) == 0 ? "2026-01-01T08:00:00" : nil
                try db.execute(sql: """
                    INSERT INTO appointment (customer_id, at, place, about, state, told_at, created_at, updated_at)
                    VALUES (?, ?, 'office', 'follow-up', ?, ?, '2026-01-01T08:00:00', '2026-01-01T08:00:00')
                    """, arguments: [1 + r.next(240), "\(day) \(two(8 + r.next(10))):\(r.pick(["00", "30"]))", state, told])
            }
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Each section's whole list and its counted cut, by planning section id.
    static func sections(_ p: MorningPlan) -> [(String, [String])] {
        let c = p.commitments
        return [
            ("appointments_today", c.appointmentsToday.map { "\($0.id)" }),
            ("appointments_to_tell", c.toTell.map { "\($0.id)" }),
            ("promises_due", c.promisesDue.map { "\($0.id)" }),
            ("commitments_to_follow", c.commitmentsToFollow.map { "\($0.id)" }),
            ("progress_checks", c.progressChecks.map { "\($0.id)" }),
            ("greetings", p.greetings.map { "\($0.date) \($0.reason) \($0.customers.map(\.id))" }),
            ("losing_touch", p.cadence.losingTouch.map { "\($0.card.id) \($0.daysOverdue)" }),
            ("no_next_step", p.cadence.noNextStep.map { "\($0.card.id) \($0.daysSince)" }),
        ]
    }

    @Test(arguments: ["2026-11-27", "2025-07-30", "2027-02-24", "2028-02-25", "2026-09-21", "2026-12-28", "2026-01-02"])
    func theCountedTotalsAreTheWholeListsLengthsAndTheLinesReadAreTheirFirst(day: String) throws {
        let today = d(day)
        let fixture = try AppFixture(language: .zh, today: today)
        let db = fixture.database
        try PlanSectionsStoreTests.seed(db, today: today)
        let greetings = GreetingSettings()
        let whole = try db.morningPlan(today: today, engine: fixture.engine, lookAhead: 7, greetings: greetings, language: .zh)
        #expect(whole.totals.isEmpty)
        for limit in [1, 3, 8] {
            let cut = try db.morningPlan(today: today, engine: fixture.engine, lookAhead: 7, greetings: greetings, language: .zh, limit: limit)
            let all = Dictionary(uniqueKeysWithValues: PlanSectionsStoreTests.sections(whole))
            for (id, lines) in PlanSectionsStoreTests.sections(cut) {
                let full = all[id]!
                #expect(cut.total(id, shown: lines.count) == full.count, "\(day) \(id) limit \(limit): counted \(cut.total(id, shown: lines.count)), whole \(full.count)")
                #expect(Array(lines.prefix(limit)) == Array(full.prefix(limit)), "\(day) \(id) limit \(limit)")
            }
            // What the text shows is the same sections with the same lines and "and N more".
            let shown = PlanPresentation(cut, agenda: try db.agenda(today: today, engine: fixture.engine)).sections(language: .zh, limit: limit)
            let expected = PlanPresentation(whole, agenda: try db.agenda(today: today, engine: fixture.engine)).sections(language: .zh, limit: limit)
            #expect(shown == expected, "\(day) limit \(limit)")
        }
        // The book really has more than a section shows in every list, both directions of promises among them.
        let big = PlanSectionsStoreTests.sections(whole).filter { $0.0 != "greetings" && $0.1.count > 8 }.map(\.0)
        #expect(Set(big).isSuperset(of: ["losing_touch", "no_next_step", "promises_due"]), "\(day): \(big)")
        #expect(Set(whole.commitments.promisesDue.map(\.direction)) == [.ours, .theirs])
        #expect(whole.greetings.count > 3, "\(day): \(whole.greetings.count) greetings")
    }

    /// `mustdo plan`'s text read straight through SQLite (`quickMorningPlan`) is the full path's plan, agenda and
    /// yesterday's list, on a file with yesterday's leftovers, a journal and the seeded book; a day that needs preparing
    /// is left to the full path.
    @Test(arguments: ["2026-11-27", "2028-02-25", "2026-12-28"])
    func theQuickReadIsTheFullPathsPlan(day: String) throws {
        let today = d(day)
        let engine = ScheduleEngine(settings: .standard)
        let dir = TemporaryDirectory()
        let path = dir.file("db.sqlite")
        let db = try AppDatabase.open(path: path)
        try db.seed(pack: try RoutinePack.builtIn(.zh), activeFrom: today.adding(days: -10), now: "2020-01-01T08:00:00")
        try db.prepare(today: today.adding(days: -1), engine: engine, now: "2020-01-01T08:00:00")
        try db.prepare(today: today, engine: engine, now: "2020-01-01T08:00:00")
        try PlanSectionsStoreTests.seed(db, today: today)
        try db.setJournal(today.adding(days: -1).description, review: "昨天：见了三个客户", now: "2020-01-01T08:00:00")
        try db.setJournal(today.description, plan: "先打电话\n再拜访", now: "2020-01-01T08:00:00")
        db.closeBeforeExit()

        let greetings = GreetingSettings()
        for limit in [1, 3, 8] {
            let quick = try #require(AppDatabase.quickMorningPlan(
                path: path, today: today, engine: engine, lookAhead: 7, promises: PromiseSettings(), cadence: CadenceSettings(),
                greetings: greetings, language: .zh, limit: limit))
            let full = try AppDatabase.open(path: path)
            defer { full.closeBeforeExit() }
            let agenda = try full.agenda(today: today, engine: engine)
            let yesterday = try full.occurrences(periodKey: today.adding(days: -1).description, today: today)
            #expect(quick.agenda == agenda)
            #expect(quick.yesterday == yesterday)
            #expect(quick.plan == (try full.morningPlan(today: today, engine: engine, lookAhead: 7, greetings: greetings, language: .zh,
                                                        agenda: agenda, yesterday: yesterday, limit: limit)), "\(day) limit \(limit)")
            // The file holds what every section shows: leftovers, the journal, and more than `limit` in the lists.
            #expect(!quick.plan.leftovers.isEmpty && quick.plan.yesterdayReview == "昨天：见了三个客户" && quick.plan.planText == "先打电话\n再拜访")
            #expect(quick.plan.cadence.losingTouch.count == limit && quick.plan.commitments.promisesDue.count == limit)
        }
        #expect(AppDatabase.quickMorningPlan(path: path, today: today.adding(days: 1), engine: engine, lookAhead: 7, promises: PromiseSettings(),
                                             cadence: CadenceSettings(), greetings: greetings, language: .zh, limit: 3) == nil,
                "the next day needs preparing")
    }

    @Test func theGreetListReadsOnlyTheCardsWhoseDatesCanRecurAndMissesNone() throws {
        let today = d("2026-11-27")
        let db = try AppDatabase.inMemory()
        try PlanSectionsStoreTests.seed(db, today: today)
        let calendar = GreetingCalendar(settings: GreetingSettings(), language: .en)
        // What a greeting shows: its day, why, the years, and who (a card read for the range carries only the dates that
        // can recur in it). Festivals greet every customer: with one in range planning reads every card.
        func shown(_ list: [Greeting]) -> [String] {
            list.filter { if case .festival = $0.reason { return false } else { return true } }
                .map { "\($0.date) \($0.reason) \($0.years ?? -1) \($0.customers.map { "\($0.id) \($0.number) \($0.name) \(String(describing: $0.tier)) \($0.status)" })" }
        }
        for days in [0, 1, 7, 30, 62, 90] {
            let last = today.adding(days: days)
            let some = try db.greetingPeople(from: today, through: last)
            let every = try db.greetingPeople()
            let whole = calendar.greetings(today: today, through: last, people: every)
            #expect(shown(calendar.greetings(today: today, through: last, people: some)) == shown(whole), "\(days) days")
            #expect(calendar.hasFestival(from: today, through: last) == whole.contains { if case .festival = $0.reason { true } else { false } })
            if days <= 7 { #expect(some.count < every.count / 2, "\(days) days: \(some.count) of \(every.count) read") }
        }
    }

    @Test func theSectionQueriesUseThePlanIndexes() throws {
        let db = try AppDatabase.inMemory()
        func plan(_ sql: String) throws -> String {
            try db.read { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }.joined(separator: "; ") }
        }
        let current = "c.archived_at IS NULL AND c.forgotten_at IS NULL AND c.merged_into IS NULL AND c.status IN ('prospect', 'customer')"
        let losing = try plan("""
            SELECT COUNT(*) FROM customer c WHERE \(current) AND c.tier = 'key' AND COALESCE(c.last_contact, substr(c.created_at, 1, 10)) < '2026-11-20'
            AND c.contact_every = ''
            """)
        #expect(losing.contains("COVERING INDEX customer_cadence"), "\(losing)")
        let ids = try plan("SELECT c.id FROM customer c WHERE \(current) ORDER BY c.id")
        #expect(ids.contains("COVERING INDEX customer_current_ids") && !ids.contains("TEMP B-TREE"), "\(ids)")
        let pending = try plan("SELECT p.id, p.kind, p.due, p.remind_days, p.conditions != '', p.made_on, p.checked_on FROM promise p WHERE p.state IN ('open', 'renegotiated')")
        #expect(pending.contains("COVERING INDEX promise_pending_plan"), "\(pending)")
        let birthdays = try plan("SELECT id FROM customer WHERE birthday != '' AND archived_at IS NULL AND forgotten_at IS NULL AND merged_into IS NULL AND \(AppDatabase.recurrenceKey("birthday")) IN ('', 's11-27')")
        #expect(birthdays.contains("INDEX customer_birthday_day"), "\(birthdays)")
    }
}
