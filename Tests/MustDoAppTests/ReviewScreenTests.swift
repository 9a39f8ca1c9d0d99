import Foundation
import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The period review (`M`) and the sales ranking (`$`) screens: snapshots zh/en at 80x24 and 40x12, browsing kinds
/// and periods, the ranking opened from a sales routine on the checklist, a figure typed and refused.
@Suite struct ReviewScreenTests {
    /// The visit fixture plus three customers' November sales, October's, and a November plan.
    static func seed(_ db: AppDatabase) throws {
        try VisitScreenTests.seed(db)
        let now = "2026-11-26T09:00:00"
        let cards = try db.customers(CustomerQuery())
        let month = SalesMonth(parsing: "2026-11")!, october = SalesMonth(parsing: "2026-10")!
        for (i, c) in cards.prefix(3).enumerated() {
            _ = try db.addSales(customer: c.number, month: month, amount: SalesQuantity(hundredths: Int64([600_000_00, 300_000_00, 100_000_00][i])),
                            volume: SalesQuantity(hundredths: 1200), now: now)
        }
        _ = try db.addSales(customer: cards[0].number, month: october, amount: SalesQuantity(hundredths: 500_000_00), volume: .zero, now: now)
        try db.setSalesPlan(month: month, amount: SalesQuantity(hundredths: 2_000_000_00), now: now)
    }

    func runtime(_ language: Language, _ w: Int = 80, _ h: Int = 24) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        try AppFixture.screen(language, width: w, height: h, seed: ReviewScreenTests.seed)
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (80, 24)])
    func reviewSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("M"))
        #expect(runtime.state.mode == .review)
        if let problem = Snapshot.mismatch(runtime.render(), named: "review-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (80, 24)])
    func salesSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("$"))
        #expect(runtime.state.mode == .sales)
        if let problem = Snapshot.mismatch(runtime.render(), named: "sales-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: [Language.en, .zh], [40, 80])
    func aLongWeeklyNoteWrapsAndIsReadWhole(language: Language, width: Int) throws {
        let (runtime, terminal, fixture) = try runtime(language, width, 300)
        let week = Period.containing(AppFixture.today, kind: .week, settings: runtime.state.calendar).key
        let note = language == .zh
            ? "本周拜访了十二位客户其中三位给出了行动承诺华兴贸易同意下月试用新型叉车并由采购经理安排现场演示结束"
            : "Twelve customers visited this week and three of them committed to an action: Huaxing will trial the new forklift next month, demo to be arranged by their buyer, end"
        _ = try fixture.database.setJournal(week, review: note, now: "2026-11-26T18:00:00")
        runtime.press(terminal, .char("M"))
        let lines = runtime.render().lines()
        // The note is on the screen whole, over several lines, no line of it cut with an ellipsis.
        let start = try #require(lines.firstIndex { $0.contains(language == .zh ? "本周拜访" : "Twelve customers") })
        var body = "", used = 0
        for line in lines[start...] where !body.hasSuffix(note) {
            #expect(!line.contains("…"), "a line of the note is cut: \(line)")
            let t = line.trimmingCharacters(in: .whitespaces)
            body += (body.isEmpty || language == .zh ? "" : " ") + t
            used += 1
        }
        #expect(body.hasSuffix(note), "read whole: \(body)")
        #expect(used > 1, "the note wraps")
    }

    @Test func kindsAndPeriodsAreBrowsedAndTheScreenAgreesWithTheConsole() throws {
        let (runtime, terminal, fixture) = try runtime(.en, 100, 60)
        runtime.press(terminal, .char("M"))
        var view = try #require(runtime.state.view(PeriodReviewView.self))
        #expect(view.shown.key == "2026-11" && view.review?.sales.plan == SalesQuantity(hundredths: 2_000_000_00))
        // Every line of the console's text is on the screen (the same presentation).
        let p = PeriodReviewPresentation(try #require(view.review), language: .en)
        let screen = runtime.render().lines().joined(separator: "\n")
        #expect(screen.contains("Plan:") && screen.contains("2,000,000.00: 50.0% reached"))
        #expect(p.text(width: DisplayWidth.of).contains("2,000,000.00: 50.0% reached"))
        runtime.press(terminal, .char("4"))
        view = try #require(runtime.state.view(PeriodReviewView.self))
        #expect(view.shown.key == "2026-Q4" && view.review?.period.key == "2026-Q4")
        runtime.press(terminal, .char("["))
        #expect(runtime.state.view(PeriodReviewView.self)?.review?.period.key == "2026-Q3")
        runtime.press(terminal, .char("t"), .char("y"))
        #expect(runtime.state.view(PeriodReviewView.self)?.review?.period.key == "2026")
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .home)
        // From the week review, M opens the month the week counts toward.
        runtime.press(terminal, .char("w"), .char("M"))
        #expect(runtime.state.view(PeriodReviewView.self)?.shown.key == "2026-11")
        _ = fixture
    }

    @Test func aFigureTypedOnTheRankingIsCommittedAndAMistakeKeepsTheText() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        runtime.press(terminal, .char("$"), .char("a"))
        #expect(runtime.state.mode == .salesEntry)
        runtime.type(terminal, "KH-2026-0003 12.345")
        runtime.press(terminal, .enter)
        // Three decimals: refused in one sentence, the line still open with the text.
        #expect(runtime.state.mode == .salesEntry && runtime.state.message?.isError == true)
        #expect(runtime.state.message?.text.contains("12.345") == true)
        runtime.press(terminal, .backspace)
        runtime.press(terminal, .enter)
        #expect(runtime.state.mode == .sales)
        let ranking = try fixture.database.salesRanking(month: SalesMonth(parsing: "2026-11")!)
        #expect(ranking.total == SalesQuantity(hundredths: 1_000_012_34))
        #expect(runtime.state.view(SalesView.self)?.ranking?.total == ranking.total)
        // An unknown customer: nothing stored, the entry opens again with what was typed.
        runtime.press(terminal, .char("a"))
        runtime.type(terminal, "Nobody 5")
        runtime.press(terminal, .enter)
        #expect(runtime.state.mode == .salesEntry && runtime.state.message?.isError == true)
        #expect((runtime.state.stack.last as? SalesEntryView)?.editor.text == "Nobody 5")
        #expect(try fixture.database.salesRanking(month: SalesMonth(parsing: "2026-11")!).total == ranking.total)
    }

    @Test func theSalesRoutineOnTheChecklistOpensItsMonth() throws {
        let (runtime, terminal, _) = try runtime(.en)
        // The monthly pane, down to "Tally this month's sales volume".
        runtime.press(terminal, .char("3"))
        var guard_ = 0
        while runtime.state.selectedItem(in: .month)?.occurrence.routineID != "month-tally-sales", guard_ < 40 {
            runtime.press(terminal, .char("j"))
            guard_ += 1
        }
        #expect(runtime.state.selectedItem(in: .month)?.occurrence.routineID == "month-tally-sales")
        runtime.press(terminal, .char("$"))
        let view = try #require(runtime.state.view(SalesView.self))
        #expect(view.month == SalesMonth(parsing: "2026-11") && view.ranking?.vitalCount == 2)
    }
}
