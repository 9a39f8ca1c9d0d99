import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The mouse wheel does what `j`/`k` do in every list and report (the ledger, the visits list, the sales ranking, the
/// routine editor, planning, the week and period reviews, the card): a user who scrolls in one view expects it in all.
@Suite struct WheelScrollingTests {
    /// The keys that open each view from home, and the view's name for failures.
    static let views: [(String, [KeyEvent])] = [
        ("ledger", [.char("o")]), ("visits", [.char("V")]), ("sales", [.char("$")]), ("routine editor", [.char("R")]),
        ("planning", [.char("p")]), ("week review", [.char("w")]), ("period review", [.char("M")]), ("card", [.char("c"), .enter]),
    ]

    /// The review fixture (customers, a visit, promises, sales) with two more visits, so the visits list has rows to move over.
    static func seed(_ db: AppDatabase) throws {
        try ReviewScreenTests.seed(db)
        let li = try #require(try db.customers(CustomerQuery()).first { $0.name == "李四" })
        for (at, goal) in [("2026-11-25 09:30", "约演示"), ("2026-11-25 15:00", "送样品")] {
            try db.logVisit(Visit(kind: .call, at: LocalDateTime(parsing: at)!, customerID: li.id, goal: VisitGoal(goal), result: "下周再说"),
                            now: "2026-11-25T16:00:00")
        }
    }

    static func wheel(_ kind: MouseEvent.Kind) -> KeyEvent { .mouse(MouseEvent(x: 10, y: 5, kind: kind, button: 0)) }

    @Test(arguments: views.map(\.0))
    func theWheelMovesAsJAndKDo(view: String) throws {
        let keys = try #require(WheelScrollingTests.views.first { $0.0 == view }).1
        // Small enough that every view has more than a screen to scroll.
        func opened() throws -> (AppRuntime, HeadlessTerminal) {
            let (runtime, terminal, _) = try AppFixture.screen(.en, width: 60, height: 12, seed: WheelScrollingTests.seed)
            for k in keys { runtime.press(terminal, k) }
            return (runtime, terminal)
        }
        let (byKeys, t1) = try opened()
        let start = byKeys.render()
        byKeys.press(t1, .char("j"), .char("j"), .char("j"))
        let down = byKeys.render()
        #expect(down != start, "j moves in the \(view)")
        let (byWheel, t2) = try opened()
        byWheel.press(t2, WheelScrollingTests.wheel(.wheelDown), WheelScrollingTests.wheel(.wheelDown), WheelScrollingTests.wheel(.wheelDown))
        #expect(byWheel.render() == down, "the wheel moves down as j does in the \(view) (text and highlight)")
        byKeys.press(t1, .char("k"))
        byWheel.press(t2, WheelScrollingTests.wheel(.wheelUp))
        #expect(byWheel.render() == byKeys.render(), "the wheel moves up as k does in the \(view)")
    }
}
