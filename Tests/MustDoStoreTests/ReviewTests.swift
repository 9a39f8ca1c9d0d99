import Foundation
import GRDB
import Testing
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// Streaks, per-day percentages, week boundaries under every week start, one-off tasks carrying over, focus and the journal.
@Suite struct ReviewTests {
    let engine = ScheduleEngine(settings: .standard)

    /// The pack seeded on `from` and filled through `through`.
    func seeded(from: String, through: String) throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.seed(pack: try RoutinePack.builtIn(.en), activeFrom: d(from), now: "\(from)T08:00:00")
        try db.prepare(today: d(through), engine: engine, now: "\(through)T08:00:00")
        return db
    }

    func occurrence(_ db: AppDatabase, _ routine: String, on day: String, today: String) throws -> Occurrence {
        try db.occurrences(periodKey: day, today: d(today)).first { $0.routineID == routine }!
    }

    func set(_ db: AppDatabase, _ routine: String, _ day: String, _ change: OccurrenceChange, today: String) throws {
        try db.apply(change, to: try occurrence(db, routine, on: day, today: today).id, now: "\(day)T20:00:00")
    }

    func cacheRows(_ db: AppDatabase, _ routine: String) throws -> Int {
        try db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM streak_cache WHERE routine_id = ?", arguments: [routine]) ?? 0 }
    }

    // MARK: - Streaks

    @Test func aSkipDoesNotBreakAStreakAMissDoesAndAnOpenTodayDoesNot() throws {
        // Mon 2 … Wed 11 November; day-detail-tasks is workdays-only, so the weekend is not scheduled at all.
        let db = try seeded(from: "2026-11-02", through: "2026-11-11")
        let today = "2026-11-11"
        for (day, change) in [("2026-11-02", OccurrenceChange.check), ("2026-11-03", .check), ("2026-11-04", .skip(reason: "meeting")),
                              ("2026-11-05", .check), ("2026-11-09", .check), ("2026-11-10", .check)] {
            try set(db, "day-detail-tasks", day, change, today: today)
        }
        // Fri 6 was left open, so it reads as missed and breaks the run of Mon, Tue, (skip), Thu.
        var s = try db.dailyStreaks(today: d(today))["day-detail-tasks"]!
        #expect(s.current == 2)
        #expect(s.longest == 3)
        // A routine never done has nothing; one done every day has every day, today's open one included.
        for day in 2...10 { try set(db, "day-motivate", "2026-11-\(day < 10 ? "0" : "")\(day)", .check, today: today) }
        s = try db.dailyStreaks(today: d(today))["day-motivate"]!
        #expect(s.current == 9 && s.longest == 9, "today's open item does not break the streak")
        #expect(try db.dailyStreaks(today: d(today))["day-music"]! == StreakCounter())
        // Checking today extends it.
        try set(db, "day-motivate", today, .check, today: today)
        #expect(try db.dailyStreaks(today: d(today))["day-motivate"]!.current == 10)
    }

    @Test func correctingAPastDayChangesTheStreakThroughTheCache() throws {
        let db = try seeded(from: "2026-11-02", through: "2026-11-11")
        let today = "2026-11-11"
        for day in ["2026-11-02", "2026-11-03", "2026-11-05", "2026-11-09", "2026-11-10"] { try set(db, "day-detail-tasks", day, .check, today: today) }
        try set(db, "day-detail-tasks", "2026-11-04", .skip(reason: nil), today: today)
        #expect(try db.dailyStreaks(today: d(today))["day-detail-tasks"]!.current == 2)
        #expect(try cacheRows(db, "day-detail-tasks") == 1, "the figures through yesterday are cached")

        // The missed Friday is recorded late: the cache is dropped and the streak spans the whole run.
        try set(db, "day-detail-tasks", "2026-11-06", .check, today: today)
        #expect(try cacheRows(db, "day-detail-tasks") == 0)
        var s = try db.dailyStreaks(today: d(today))["day-detail-tasks"]!
        #expect(s.current == 6 && s.longest == 6)

        // And undoing it breaks it again.
        try set(db, "day-detail-tasks", "2026-11-06", .uncheck, today: today)
        s = try db.dailyStreaks(today: d(today))["day-detail-tasks"]!
        #expect(s.current == 2 && s.longest == 3)

        // A correction of today leaves the cache alone (only days through yesterday are cached).
        _ = try db.dailyStreaks(today: d(today))
        try set(db, "day-detail-tasks", today, .check, today: today)
        #expect(try cacheRows(db, "day-detail-tasks") == 1)
        #expect(try db.dailyStreaks(today: d(today))["day-detail-tasks"]!.current == 3)
    }

    @Test func aCacheMadeForALaterDayIsNotUsedForAnEarlierOne() throws {
        let db = try seeded(from: "2026-11-02", through: "2026-11-11")
        for day in 2...10 { try set(db, "day-motivate", "2026-11-\(day < 10 ? "0" : "")\(day)", .check, today: "2026-11-11") }
        #expect(try db.dailyStreaks(today: d("2026-11-11"))["day-motivate"]!.current == 9)
        // Looking from Thursday 5th (e.g. --today): Mon–Wed before it, Thursday itself done.
        let s = try db.dailyStreaks(today: d("2026-11-05"))["day-motivate"]!
        #expect(s.current == 4 && s.longest == 4)
        #expect(try db.dailyStreaks(today: d("2026-11-11"))["day-motivate"]!.current == 9)
    }

    @Test func fixtureStreaksSkipOnWednesdaysAndMissOnOddDays() throws {
        let f = try ReviewFixture(language: .en)
        let s = try f.database.dailyStreaks(today: ReviewFixture.today)
        #expect(s["day-motivate"] == StreakCounter(current: 18, longest: 18), "done every day since the 9th, today included")
        #expect(s["day-outdoor-exercise"] == StreakCounter(current: 17, longest: 17), "today still open")
        #expect(s["day-detail-tasks"] == StreakCounter(current: 10, longest: 10), "13 workdays, skipped on three Wednesdays")
        #expect(s["day-morning-meeting"] == StreakCounter(current: 0, longest: 1), "done on even days only")
    }

    // MARK: - Percentages

    @Test func perDayPercentagesCountDoneOverScheduledAndASkipIsNotDone() throws {
        let f = try ReviewFixture(language: .en)
        let week = Period.containing(ReviewFixture.today, kind: .week, settings: .standard)
        let r = try f.database.weekReview(week, today: ReviewFixture.today, engine: f.engine)
        // Mon 23: 3 of 27 (the 4th is missed on odd days); Tue 24: 4; Wed 25: 2 done (+ 1 skipped, not done); Thu 26 (today): 1 so far.
        #expect(r.dayPercent == [11, 15, 7, 4, nil, nil, nil])
        #expect(r.weekPercent == 9)    // 10 of 108
        // W47: five workdays of 27 and a weekend of the six every-day routines.
        #expect(r.previousDayPercent == [15, 11, 11, 11, 15, 50, 67])
        #expect(r.previousWeekPercent == 16)    // 24 of 147
        // The same figures straight from the occurrences.
        for (i, day) in r.previousWeek.daysForTest.enumerated() {
            let all = try f.database.occurrences(periodKey: day.description, today: ReviewFixture.today)
            let done = all.filter { $0.state == .done }.count
            #expect(r.previousDayPercent[i] == WeekReview.percent(done, of: all.count))
        }
        #expect(WeekReview.percent(1, of: 3) == 33 && WeekReview.percent(2, of: 3) == 67 && WeekReview.percent(0, of: 0) == nil)
    }

    @Test func gridMarksEveryStateAndLeavesUnscheduledDaysBlank() throws {
        let f = try ReviewFixture(language: .en)
        let week = Period.containing(ReviewFixture.today, kind: .week, settings: .standard)
        let r = try f.database.weekReview(week, today: ReviewFixture.today, engine: f.engine)
        func row(_ id: String) -> WeekReview.Row { r.rows.first { $0.routineID == id }! }
        #expect(r.rows.count == 27)
        #expect(row("day-motivate").marks == [.done, .done, .done, .done, .open, .open, .open])
        #expect(row("day-detail-tasks").marks == [.done, .done, .skipped, .open, .open, .none, .none])
        #expect(row("day-morning-meeting").marks == [.missed, .done, .missed, .open, .open, .none, .none])
        #expect(row("day-morning-meeting").occurrenceIDs[5] == nil && row("day-morning-meeting").occurrenceIDs[0] != nil)
        #expect(r.struggling.count == 23)
        #expect(!r.struggling.contains { $0.routineID == "day-morning-meeting" }, "missed twice is not three times")
        // Before the history begins nothing is scheduled.
        let early = try f.database.weekReview(Period(key: "2026-W45")!, today: ReviewFixture.today, engine: f.engine)
        #expect(early.rows.isEmpty || early.rows.allSatisfy { $0.marks.allSatisfy { $0 == .none } })
        #expect(early.dayPercent.allSatisfy { $0 == nil } && early.weekPercent == nil)
        // The rest of the review.
        #expect(r.journal.map(\.key) == ["2026-11-24", "2026-11-25"])
        #expect(r.nextWeekPlan == "Next week: finish the quarterly customer files")
        #expect(r.tasks.map(\.title) == ["Call Ms. Li back"])
        #expect(r.longerDone.map(\.routineID).count == 1)
        #expect(r.weeklyItems.count == 19 && r.weeklyItems.allSatisfy { $0.period.key == "2026-W48" })
        #expect(r.counts.filter { $0.routineID == "day-greet-customers" }.map(\.progress) == [0, 0, 0, 3])
    }

    // MARK: - Week boundaries

    @Test(arguments: [
        (Weekday.monday, "2026-W48", "2026-11-23", "2026-W47", "2026-W49"),
        (.sunday, "2026-W48-sun", "2026-11-22", "2026-W47-sun", "2026-W49-sun"),
        (.saturday, "2026-W48-sat", "2026-11-21", "2026-W47-sat", "2026-W49-sat"),
    ])
    func weekBoundariesFollowTheWeekStart(start: Weekday, key: String, first: String, previous: String, next: String) throws {
        let settings = CalendarSettings(weekStart: start)
        let f = try ReviewFixture(language: .en, settings: settings)
        let week = Period.containing(ReviewFixture.today, kind: .week, settings: settings)
        #expect(week.key == key)
        let r = try f.database.weekReview(week, today: ReviewFixture.today, engine: f.engine)
        #expect(r.days.count == 7)
        #expect(r.days.first == d(first) && r.days.last == d(first).adding(days: 6))
        #expect(r.days.map(\.weekday) == (0..<7).map { Weekday(rawValue: (start.rawValue - 1 + $0) % 7 + 1)! })
        #expect(r.previousWeek.key == previous && r.previousWeek.end == d(first).adding(days: -1))
        #expect(r.week.next(settings: settings).key == next)
        #expect(r.weeklyItems.count == 19 && r.weeklyItems.allSatisfy { $0.period.key == key })
        // Each column is its own day: the workdays-only routine is blank exactly on Saturday and Sunday.
        let detail = r.rows.first { $0.routineID == "day-detail-tasks" }!
        for (day, mark) in zip(r.days, detail.marks) {
            let weekend = day.weekday == .saturday || day.weekday == .sunday
            #expect((mark == .none) == weekend, "\(day) \(mark)")
        }
        let motivate = r.rows.first { $0.routineID == "day-motivate" }!
        #expect(zip(r.days, motivate.marks).allSatisfy { $0.0 <= ReviewFixture.today ? $0.1 == .done : $0.1 == .open })
        // Days after today have no percentage; the Sunday of the 22nd has 4 of 6 settled.
        #expect(zip(r.days, r.dayPercent).allSatisfy { ($0.0 > ReviewFixture.today) == ($0.1 == nil) })
        if let i = r.days.firstIndex(of: d("2026-11-22")) { #expect(r.dayPercent[i] == 67) }
        if let i = r.days.firstIndex(of: d("2026-11-21")) { #expect(r.dayPercent[i] == 50) }
        // The fixture wrote a plan for 2026-W49 (a Monday week): only Monday weeks find it as next week's plan.
        #expect((r.nextWeekPlan != nil) == (start == .monday))
    }

    // MARK: - One-off tasks

    @Test func aTaskCarriesOverUntilDoneAndThenLeaves() throws {
        let db = try seeded(from: "2026-11-23", through: "2026-11-23")
        let id = try db.addTask(title: "  call Mr. Wang back ", day: d("2026-11-23"), now: "2026-11-23T09:00:00")
        func listed(_ day: String) throws -> Agenda.Item? {
            try db.prepare(today: d(day), engine: engine, now: "\(day)T08:00:00")
            return try db.agenda(today: d(day), engine: engine).section(.day)!.items.first { $0.occurrence.id == id }
        }
        let monday = try #require(try listed("2026-11-23"))
        // Added after the day's refs were given out, it gets the next one; the next day it is numbered in display order, after the daily items.
        #expect(monday.occurrence.isTask && monday.occurrence.title == "call Mr. Wang back" && monday.ref == 100)
        let tuesday = try #require(try listed("2026-11-24"))
        #expect(tuesday.occurrence.state == .open && tuesday.ref == 28)
        let wednesday = try #require(try listed("2026-11-25"))
        #expect(wednesday.occurrence.state == .open, "an open task is never missed")
        try db.apply(.check, to: id, now: "2026-11-25T15:00:00")
        #expect(try listed("2026-11-25")?.occurrence.state == .done, "shown done on the day it was done")
        #expect(try listed("2026-11-26") == nil, "gone the day after")
        // Its refs are stable for each day and it does not count as a routine in the grid.
        let r = try db.weekReview(Period(key: "2026-W48")!, today: d("2026-11-26"), engine: engine)
        #expect(r.tasks.map(\.id) == [id] && !r.rows.contains { $0.routineID.hasPrefix("task-") })
        #expect(r.dayPercent[0] == 0)
    }

    @Test func aDroppedTaskLeavesAndALeftoverIsCopied() throws {
        let db = try seeded(from: "2026-11-23", through: "2026-11-24")
        let id = try db.addTask(title: "print the price list", day: d("2026-11-23"), now: "2026-11-23T09:00:00")
        try db.apply(.skip(reason: nil), to: id, now: "2026-11-24T09:00:00")
        try db.prepare(today: d("2026-11-25"), engine: engine, now: "2026-11-25T08:00:00")
        #expect(try db.agenda(today: d("2026-11-25"), engine: engine).section(.day)!.items.allSatisfy { !$0.occurrence.isTask })
        // Yesterday's missed item becomes a task for today, with its title.
        let missed = try occurrence(db, "day-work-log", on: "2026-11-24", today: "2026-11-25")
        #expect(missed.state == .missed)
        let copy = try db.carryOver(missed.id, to: d("2026-11-25"), now: "2026-11-25T08:05:00")
        try db.prepare(today: d("2026-11-25"), engine: engine, now: "2026-11-25T08:05:00")
        let task = try db.agenda(today: d("2026-11-25"), engine: engine).section(.day)!.items.first { $0.occurrence.id == copy }
        #expect(task?.occurrence.title == missed.title && task?.occurrence.isTask == true && task?.ref == 100)
        #expect(throws: MustDoError.self) { try db.addTask(title: "   ", day: d("2026-11-25"), now: "2026-11-25T08:05:00") }
    }

    // MARK: - Focus

    @Test func focusHoldsFiveItemsOfAnyPeriodForTheDay() throws {
        let db = try seeded(from: "2026-11-23", through: "2026-11-23")
        let agenda = try db.agenda(today: d("2026-11-23"), engine: engine)
        let ids = agenda.sections.map { $0.items[0].occurrence.id }    // one of each period kind
        for id in ids.prefix(5) { try db.toggleFocus(id, day: d("2026-11-23")) }
        #expect(try db.focus(day: d("2026-11-23")) == Array(ids.prefix(5)))
        #expect(throws: MustDoError.self) { try db.toggleFocus(ids[5], day: d("2026-11-23")) }
        #expect(try db.focus(day: d("2026-11-23")).count == 5, "the refused sixth changes nothing")
        // Toggling one off makes room; the order is the order of marking.
        try db.toggleFocus(ids[1], day: d("2026-11-23"))
        try db.toggleFocus(ids[5], day: d("2026-11-23"))
        let after = try db.agenda(today: d("2026-11-23"), engine: engine)
        #expect(after.focus == [ids[0], ids[2], ids[3], ids[4], ids[5]])
        #expect(after.focusItems.map(\.occurrence.period.kind) == [.day, .month, .quarter, .half, .year])
        // Focus is for one day.
        try db.prepare(today: d("2026-11-24"), engine: engine, now: "2026-11-24T08:00:00")
        #expect(try db.agenda(today: d("2026-11-24"), engine: engine).focus.isEmpty)
    }

    // MARK: - Journal

    @Test func journalWritesAppendsAndSearches() throws {
        let db = try AppDatabase.inMemory()
        try db.setJournal("2026-11-24", plan: "上午拜访王经理", now: "2026-11-24T08:00:00")
        try db.appendJournal("2026-11-24", plan: "下午去零售点", review: "路线太绕", now: "2026-11-24T21:00:00")
        try db.appendJournal("2026-11-24", review: "明天先排好顺序", now: "2026-11-24T21:05:00")
        let e = try db.journal("2026-11-24")
        #expect(e.plan == "上午拜访王经理\n下午去零售点" && e.review == "路线太绕\n明天先排好顺序")
        try db.setJournal("2026-11-24", review: "", now: "2026-11-24T22:00:00")
        let cleared = try db.journal("2026-11-24")
        #expect(cleared.review.isEmpty && cleared.plan == e.plan)
        try db.setJournal("2026-W49", plan: "Call Wang first", now: "2026-11-25T21:00:00")
        #expect(try db.searchJournal("王经理").map(\.key) == ["2026-11-24"])
        #expect(try db.searchJournal("WANG").map(\.key) == ["2026-W49"])
        #expect(try db.journal(from: "2026-11-23", through: "2026-11-29").map(\.key) == ["2026-11-24"], "week keys are not days")
        #expect(try db.journal("2026-11-30").isEmpty)
    }
}

private extension Period {
    var daysForTest: [LocalDate] { (0..<dayCount).map { start.adding(days: $0) } }
}
