import Testing
import TerminalUI
@testable import MustDoApp
import MustDoCore
import MustDoStore
import MustDoTestSupport

/// A linked item on the home screen, zh and en: its count beside the title and, when selected, the customers who
/// counted toward it in the pane's bottom line (RECORD_SNAPSHOTS=1 re-records on purpose).
@Suite struct RoutineLinkSnapshotTests {
    @Test(arguments: [Language.en, .zh])
    func aLinkedItemShowsItsCountAndItsCustomers(language: Language) throws {
        let fixture = try AppFixture(language: language)
        let db = fixture.database
        let now = "2026-11-26T10:00:00"
        let zhang = try db.addCustomer(Customer(name: "张三"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        let li = try db.addCustomer(Customer(name: language == .zh ? "李四" : "Li Si"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        for (card, minute) in [(zhang, "09:30"), (li, "09:40")] {
            var v = Visit(kind: .message, at: LocalDateTime(parsing: "2026-11-26 " + minute)!, customerID: card.id,
                          goal: VisitGoal("good morning"), result: "replied")
            v.alsoCounts = [.greeting]
            try db.logVisit(v, now: now)
        }
        var state = try fixture.state(width: 120, height: 40)
        let items = state.items(of: .day)
        let index = try #require(items.firstIndex { $0.occurrence.routineID == "day-greet-customers" })
        state.cursor[.day] = index
        let greet = items[index].occurrence
        // The fixture counted 2 by hand; the two greetings make 4 of 5, and the item names both customers.
        #expect(greet.progress == 4 && greet.target == 5 && greet.countedBy.count == 2)
        let screen = HomeScreen(state: state, theme: .fallback, keymap: .home).render()
        let text = screen.lines().joined(separator: "\n")
        #expect(text.contains("4/5"))
        #expect(text.contains(language == .zh ? "来自 张三, 李四" : "by 张三, Li Si"), "\(text)")
        if let problem = Snapshot.mismatch(screen, named: "home-linked-\(language.rawValue)-120x40") { Issue.record(Comment(rawValue: problem)) }
    }
}
