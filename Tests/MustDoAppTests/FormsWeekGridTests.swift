import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The week grid on small terminals (issue 9, item 14): every day is drawn, what does not fit is said elsewhere, and a
/// title gives way before a count.
@Suite struct FormsWeekGridTests {
    func weekScreen(_ language: Language, _ w: Int, _ h: Int) throws -> (AppRuntime, HeadlessTerminal) {
        let fixture = try ReviewFixture(language: language)
        let terminal = HeadlessTerminal(width: w, height: h)
        let clock = Clock(fixedToday: ReviewFixture.today)
        let state = try AppRuntime.initialState(database: fixture.database, engine: fixture.engine, clock: clock, language: language,
                                                width: w, height: h, ascii: false)
        let runtime = AppRuntime(terminal: terminal, database: fixture.database, engine: fixture.engine, clock: clock, keymap: .home,
                                 theme: .fallback, state: state)
        runtime.dispatch(.command(.weekReview))
        return (runtime, terminal)
    }

    @Test(arguments: [Language.en, .zh], [(40, 12), (50, 16), (60, 20), (79, 24)])
    func everyDayOfTheWeekIsDrawnWholeOnASmallTerminal(language: Language, size: (Int, Int)) throws {
        let (runtime, _) = try weekScreen(language, size.0, size.1)
        let lines = runtime.render().lines(trimmingTrailingSpaces: true)
        let names = Weekday.allCases.map { Vocabulary(language).weekdayShort($0) }
        let heading = lines[1]
        for name in names {
            let shown = language == .zh ? String(name.last!) : name
            #expect(heading.contains(shown), "\(name) is in the grid's heading at \(size): \(heading)")
        }
        // The date row ends with Sunday's day, not with a fragment of a date.
        #expect(lines[2].hasSuffix("29") || lines[2].hasSuffix("11-29"), "\(lines[2])")
        // Streaks: a column when it fits, else the selected routine's streak above the week's items.
        let review = try #require(runtime.state.view(WeekView.self)?.review)
        let row = review.rows[runtime.state.view(WeekView.self)!.row]
        let streak = "\(row.currentStreak)/\(row.longestStreak)"
        let said = language.text(.weekGridStreakOfSelected, ["title": "", "current": String(row.currentStreak), "best": String(row.longestStreak)])
        let text = lines.joined(separator: "\n")
        #expect(lines[3].hasSuffix(streak) || text.contains(said), "the streak is shown at \(size)")
    }

    @Test func theMissedCountIsNeverCutToMakeRoomForTheTitle() throws {
        let (runtime, _) = try weekScreen(.en, 120, 40)
        let review = try #require(runtime.state.view(WeekView.self)?.review)
        #expect(review.struggling.count >= 5)
        let lines = runtime.render().lines(trimmingTrailingSpaces: true).filter { $0.contains("[✗]") }
        #expect(lines.count >= 5, "the list of routines missed 3+ times is on screen")
        for line in lines {
            let panel = line[line.range(of: "[✗]")!.lowerBound...]
            #expect(panel.hasSuffix("  ×3") || panel.hasSuffix("  ×4") || panel.hasSuffix("  ×5"), "the count ends the line: \(panel)")
            #expect(DisplayWidth.of(line) <= 120)
        }
    }

    @Test func aLongSkipReasonGivesWayToTheCountOnTheHomeScreen() throws {
        let fixture = try AppFixture(language: .en)
        let id = try fixture.database.resolve(ref: "day-greet-customers", today: AppFixture.today, engine: fixture.engine)
        try fixture.database.apply(.skip(reason: "the whole team was at the regional training all day long"), to: id, now: "2026-11-26T11:00:00")
        let (runtime, _) = try fixture.runtime(width: 80, height: 24)
        let screen = runtime.render().lines(trimmingTrailingSpaces: true)
        let line = try #require(screen.first { $0.contains("[-] When customers") }, "\(screen.joined(separator: "\n"))")
        #expect(line.contains(" 2/5 ") && line.contains("the w"), "the count stays whole, the reason gives way: \(line)")
    }
}
