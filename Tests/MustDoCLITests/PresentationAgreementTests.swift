import Foundation
import GRDB
import Testing
import MustDoApp
import MustDoCore
@testable import MustDoStore
import MustDoTestSupport
import TerminalUI

/// The screen and the console show one fixture with the same counts, percentages, streaks, marks and words (issue 9, defect 2).
///
/// Each face is rendered for real: the screen into a buffer, the console by running `mustdo` as a process on a copy of the database.
@Suite struct PresentationAgreementTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    static let today = ReviewFixture.today
    static let day = ["--today", "2026-11-26"]

    func save(_ database: AppDatabase) throws {
        try database.dbQueue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [cli.database]) }
    }

    func run(_ args: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try cli.run(args + Self.day)
        #expect(r.status == 0, "mustdo \(args.joined(separator: " ")): \(r.stderr)", sourceLocation: sourceLocation)
        return r.stdout
    }

    /// All matches of a pattern's capture groups, as integers (nil for a group that did not take part).
    func numbers(_ pattern: String, in text: String) -> [Int?] {
        let regex = try! NSRegularExpression(pattern: pattern)
        guard let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return [] }
        return (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).flatMap { Int(text[$0]) } }
    }

    func state(_ database: AppDatabase, engine: ScheduleEngine, language: Language = .en, width: Int = 120, height: Int = 40) throws -> AppState {
        try AppRuntime.initialState(database: database, engine: engine, clock: Clock(fixedToday: Self.today), language: language,
                                    width: width, height: height, ascii: false)
    }

    // MARK: - today

    @Test func dailyCountsAgreeWithASkipAndAFocusItemOfAnotherList() throws {
        // Two daily items done, one skipped (AppFixture); a weekly item put in today's focus.
        let fixture = try AppFixture(language: .en)
        let weekly = try fixture.database.agenda(today: Self.today, engine: fixture.engine).section(.week)!.items[3].occurrence
        _ = try fixture.database.toggleFocus(weekly.id, day: Self.today)
        try save(fixture.database)

        let screen = HomeScreen(state: try fixture.state(width: 120, height: 40), theme: .fallback, keymap: .home).render().lines()
        let console = try run(["today"])

        // The Daily pane's progress line (row 2) and the console's Daily heading.
        let seen = numbers(#"(\d+)✓ (?:(\d+)– )?/(\d+)"#, in: screen[2])
        let said = numbers(#"\nDaily .* (\d+)/(\d+) done(?:, (\d+) skipped)?"#, in: console)
        #expect(seen == [2, 1, 27], "screen: \(screen[2])")
        #expect(said == [2, 27, 1], "console: \(console.prefix(400))")
        #expect(seen.count == 3 && said.count == 3 && seen[0] == said[0] && seen[1] == said[2] && seen[2] == said[1])

        // The focus item wears the same mark on both faces: before its check box on screen, after its title in the console.
        let onScreen = try #require(screen.first { $0.contains("[ ] " + String(weekly.title.prefix(20))) })
        let screenMark = onScreen.components(separatedBy: "[ ] " + String(weekly.title.prefix(20)))[0].split(separator: "│").last.map(String.init) ?? ""
        let consoleLine = try #require(console.split(separator: "\n").first { $0.contains(weekly.title) && !$0.contains("·") })
        #expect(!screenMark.isEmpty && consoleLine.hasSuffix("  " + screenMark), "screen \(screenMark) / console \(consoleLine)")
        // JSON gives the same figures.
        let json = try cli.json(["today", "--json"] + Self.day) as! [String: Any]
        let daily = (json["periods"] as! [[String: Any]]).first { $0["kind"] as? String == "day" }!
        #expect(daily["done"] as? Int == 2 && daily["skipped"] as? Int == 1 && daily["total"] as? Int == 27 && daily["percent"] as? Int == 7)
    }

    @Test func aNonUTF8LocaleGetsTheScreensASCIIMarks() throws {
        let fixture = try AppFixture(language: .en)
        let weekly = try fixture.database.agenda(today: Self.today, engine: fixture.engine).section(.week)!.items[5].occurrence  // an item no activity counts toward (no count beside it)
        _ = try fixture.database.toggleFocus(weekly.id, day: Self.today)
        try save(fixture.database)
        let screen = HomeScreen(state: try fixture.state(width: 120, height: 40, ascii: true), theme: .fallback, keymap: .home).render().lines()
        let r = try cli.run(["today"] + Self.day, env: ["LANG": "C"])
        #expect(r.status == 0)
        // The same ASCII marks on both faces: done, skipped, focus and the Daily count.
        #expect(r.stdout.contains("[x] Spend ten minutes each morning") && screen.contains { $0.contains("[x] Spend ten minutes each morning") })
        #expect(r.stdout.contains("[-] Spend ten minutes on outdoor exercise") && screen.contains { $0.contains("[-] Spend ten minutes on outdoor") })
        #expect(r.stdout.contains(weekly.title + "  *") && screen.contains { $0.contains("*[ ] " + String(weekly.title.prefix(20))) })
        #expect(screen[2].contains("2x 1- /27") && r.stdout.contains("2/27 done, 1 skipped"))
        #expect(!r.stdout.contains("✓") && !r.stdout.contains("✦"))
    }

    // MARK: - week

    /// The mark tokens of a grid line, in order (titles never hold a lone mark character).
    func gridMarks(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init).filter { ["✓", "✗", "-", "·", "."].contains($0) }
    }

    @Test(arguments: [Language.en, .zh])
    func weekReviewFiguresAndMarksAgree(language: Language) throws {
        let fixture = try ReviewFixture(language: language)
        try save(fixture.database)
        let week = Period.containing(Self.today, kind: .week, settings: .standard)
        let review = try fixture.database.weekReview(week, today: Self.today, engine: fixture.engine)
        // Tall enough for the journal to show beside the grid.
        let s = try state(fixture.database, engine: fixture.engine, language: language, height: 120)
        var view = WeekView(s)
        view.review = review
        let screen = WeekScreen(state: s, theme: .fallback, keys: KeyTables(), view: view).render().lines()
        let text = try run(["week", "--lang", language.rawValue]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let markdown = try run(["week", "--markdown", "--lang", language.rawValue])

        // This week's and last week's totals, and the change (Wednesday's skip is not done: 9%, not 10%).
        #expect(review.weekPercent == 9 && review.previousWeekPercent == 16, "a skip is not done")
        let total = try #require(text.first { $0.hasPrefix(language == .zh ? "本周完成率" : "This week") })
        let change = try #require(total.components(separatedBy: " · ").last)
        #expect(change == (language == .zh ? "−7 个百分点" : "−7 pts"))
        for face in [screen[0], total, markdown] {
            #expect(face.contains("9%") && face.contains("16%") && face.contains(change), "\(face.prefix(300))")
        }
        // Per-day percentages: the screen's done row and the console's.
        let doneLabel = language == .zh ? "完成率" : "done"
        let screenDays = screen.first { $0.hasPrefix(" " + doneLabel) }!.split(separator: " ").filter { $0.hasSuffix("%") }
        let textDays = text.first { $0.hasPrefix("  " + (language == .zh ? "完成率" : "Done")) }!.split(separator: " ").filter { $0.hasSuffix("%") }
        #expect(Array(screenDays.dropLast()) == textDays, "the screen adds the week total at the end")
        // Every row the screen shows: the same marks and the same current/best streak.
        for (n, row) in review.rows.enumerated().prefix(12) {
            let onScreen = screen[3 + n]
            // The console's grid starts after the title, the date, a blank line and two heading lines.
            let inText = text[5 + n]
            #expect(inText.hasPrefix("  " + String(row.title.prefix(10))), "row \(n): \(inText)")
            #expect(gridMarks(onScreen) == gridMarks(inText), "row \(n): \(onScreen) / \(inText)")
            let figures = inText.split(separator: "←")[0].split(separator: " ").compactMap { Int($0) }.suffix(2)
            #expect(onScreen.contains(" \(figures.first!)/\(figures.last!)"), "row \(n): streaks \(figures) vs \(onScreen)")
        }
        // The open mark is the same character on both faces.
        #expect(screen[3].contains("·") && text.contains { $0.contains("✓     ·") })
        // The evening review has one word.
        let review_ = language == .zh ? "复盘" : "Review"
        #expect(screen.contains { $0.contains(review_) } && markdown.contains("**" + review_))
        if language == .zh { #expect(!screen.contains { $0.contains("总结:") } && !markdown.contains("总结**"), "a routine title may say 总结; the label does not") }
    }

    @Test func markdownNamesTheSameStreakFiguresAsTheGrid() throws {
        // One routine done Mon and Tue, missed Wed, done today (Thu): current 1, best 2.
        let database = try AppDatabase.inMemory()
        let engine = ScheduleEngine(settings: .standard)
        let monday = LocalDate(parsing: "2026-11-23")!
        try database.seed(pack: try RoutinePack.builtIn(.en), activeFrom: monday, now: "2026-11-23T08:00:00")
        var day = monday
        while day <= Self.today {
            try database.prepare(today: day, engine: engine, now: "\(day)T08:00:00")
            let first = try database.agenda(today: day, engine: engine).section(.day)!.items[0].occurrence
            if day.weekday != .wednesday { try database.apply(.check, to: first.id, now: "\(day)T09:00:00") }
            day = day.adding(days: 1)
        }
        try save(database)
        let title = try database.agenda(today: Self.today, engine: engine).section(.day)!.items[0].occurrence.title
        let text = try run(["week"])
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("  " + title.prefix(20)) })
        let figures = row.split(separator: " ").compactMap { Int($0) }.suffix(2)
        #expect(Array(figures) == [1, 2], "grid: \(row)")
        let markdown = try run(["week", "--markdown"])
        #expect(markdown.contains("(1 day now, best 2 days)"), "\(markdown.prefix(500))")
    }

    // MARK: - plan

    @Test(arguments: [Language.en, .zh])
    func planningCountsAndWordsAgree(language: Language) throws {
        let fixture = try ReviewFixture(language: language)
        // Skip one of today's daily items so done and skipped differ.
        let agenda = try fixture.database.agenda(today: Self.today, engine: fixture.engine)
        try fixture.database.apply(.skip(reason: nil), to: agenda.section(.day)!.items[2].occurrence.id, now: "2026-11-26T10:00:00")
        try save(fixture.database)
        let s = try state(fixture.database, engine: fixture.engine, language: language)
        var view = PlanView()
        view.plan = try fixture.database.morningPlan(today: Self.today, engine: fixture.engine, lookAhead: 7)
        let screen = PlanScreen(state: s, theme: .fallback, keys: KeyTables(), view: view).render().lines()
        let console = try run(["plan", "--lang", language.rawValue])

        let seen = numbers(#"(\d+)✓ (?:(\d+)– )?/(\d+)"#, in: screen.first { $0.contains("✓ ") && $0.contains("/28") } ?? "")
        #expect(seen == [1, 1, 28])
        let said = numbers(language == .zh ? #"完成 (\d+)/(\d+)(?:,跳过 (\d+))?\)"# : #"(\d+)/(\d+) done(?:, (\d+) skipped)?\)"#, in: console)
        #expect(said == [1, 28, 1], "\(console.prefix(2400))")
        // Yesterday's evening review has the same heading on both faces.
        let heading = language == .zh ? "昨晚的复盘:" : "Evening review:"
        #expect(screen.contains { $0.contains(heading) } && console.contains(heading))
    }

    // MARK: - visits

    /// `mustdo visits` prints the rows of the visits list model the screen's `V` draws: the same action words (who
    /// included), headings and tally; before, the console's own printer and the screen's model each had their wording.
    @Test(arguments: [Language.en, .zh])
    func visitsListIsOneModelOnBothFaces(language: Language) throws {
        let database = try AppDatabase.inMemory()
        let card = try database.addCustomer(Customer(name: "张三"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        try database.logVisit(Visit(at: LocalDateTime(parsing: "2026-11-24 10:00")!, customerID: card.id, person: "王总",
                                    goal: VisitGoal("谈叉车订单", high: "签约", low: "见老板"), happened: "看了样品", result: "同意试用",
                                    commitment: ActionCommitment(who: "张总", what: "签试用协议", by: LocalDate(parsing: "2026-11-28")!),
                                    next: Appointment(customerID: card.id, at: LocalDateTime(parsing: "2026-12-01 14:30")!, place: "华为大厦", about: "demo")),
                              now: "2026-11-24T18:00:00")
        try database.logVisit(Visit(kind: .call, at: LocalDateTime(parsing: "2026-11-25 09:00")!, customerID: card.id, goal: VisitGoal("问候"),
                                    result: "聊了聊"), now: "2026-11-25T18:00:00")
        try save(database)
        let model = VisitListPresentation(visits: try database.visits(), language: language)
        let console = try run(["visits", "--lang", language.rawValue])
        var expected = ""
        for row in model.rows {
            expected += row.heading + "\n" + row.details.map { "    " + $0 + "\n" }.joined() + "\n"
            #expect(row.details.contains(row.action), "the screen's action words are the console's")
        }
        #expect(console == expected + model.tally + "\n")
        #expect(model.rows.map(\.kind) == [VisitKind.call.label(language), VisitKind.visit.label(language)], "newest first")
        #expect(model.rows[1].action.contains("张总") && model.rows[1].heading.hasSuffix("张三 · 王总"))
        #expect(model.rows[1].details.contains { $0.contains("华为大厦") } && model.rows[0].action == language.text(.visitsNoAction))
    }
}
