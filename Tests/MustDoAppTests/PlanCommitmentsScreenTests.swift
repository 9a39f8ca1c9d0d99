import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// Morning planning (`p`) with visits and promises (issue 11): today's appointments, one to tell the customer about,
/// promises due both ways, a customer commitment and a progress check, drawn beside the routines in both languages.
@Suite struct PlanCommitmentsScreenTests {
    @Test(arguments: [Language.en, .zh], [(120, 40), (80, 24)])
    func planningShowsAppointmentsAndPromises(language: Language, size: (Int, Int)) throws {
        let fixture = try ReviewFixture(language: language)
        let db = fixture.database
        let now = "2026-11-26T08:00:00"
        let card = try db.addCustomer(Customer(name: "张三"), prefix: "KH-2026-", now: "2026-11-20T09:00:00")
        try db.logVisit(Visit(at: LocalDateTime(parsing: "2026-11-25 10:00")!, customerID: card.id, goal: VisitGoal("site visit"), result: "agreed",
                              commitment: ActionCommitment(who: "王总", what: "send two engineers", by: LocalDate(parsing: "2026-11-27")!),
                              next: Appointment(customerID: 0, at: LocalDateTime(parsing: "2026-11-26 14:30")!, place: "华为大厦", about: "demo")), now: now)
        let later = try db.addAppointment(Appointment(customerID: card.id, at: LocalDateTime(parsing: "2026-11-28 10:00")!, place: "office"), now: now)
        try db.setAppointment(id: later.id, state: .cannotKeep, reason: "fever", now: now)
        try db.addPromise(Promise(direction: .theirs, kind: .payment, customerID: card.id, what: "pay invoice 42", due: LocalDate(parsing: "2026-11-25")!,
                                  credibility: .low, madeOn: LocalDate(parsing: "2026-11-20")!), now: now)
        try db.addPromise(Promise(direction: .ours, kind: .rebate, customerID: card.id, what: "annual tiered rebate", due: LocalDate(parsing: "2027-09-30")!,
                                  conditions: "2% over 1M", inWriting: true, madeOn: LocalDate(parsing: "2026-09-01")!), now: now)
        let terminal = HeadlessTerminal(width: size.0, height: size.1)
        let clock = Clock(fixedToday: ReviewFixture.today)
        let state = try AppRuntime.initialState(database: db, engine: fixture.engine, clock: clock, language: language,
                                                width: size.0, height: size.1, ascii: false)
        let runtime = AppRuntime(terminal: terminal, database: db, engine: fixture.engine, clock: clock, keymap: .home, theme: .fallback, state: state)
        runtime.dispatch(.command(.planning))
        let screen = runtime.render()
        let text = screen.lines().joined(separator: "\n")
        // Two columns from 100 wide: the appointments head the right one. Narrower, they follow the routines (PgDn).
        if size.0 >= 100 { #expect(text.contains(language == .en ? "Today's appointments" : "今天的约见")) }
        if let problem = Snapshot.mismatch(screen, named: "plan-visits-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }
}
