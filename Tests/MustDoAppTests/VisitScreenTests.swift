import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The visit screens (issue 11): the customer list's last-contact column and the card's timeline (visits, promises,
/// appointments and edits, newest first), in both languages at 40x12 and 80x24.
@Suite struct VisitScreenTests {
    /// The customers screen's five cards, then a visit to 张三 with a commitment and a next appointment, our promise
    /// kept, and another promise renegotiated.
    static func seed(_ db: AppDatabase) throws {
        try CustomerScreenTests.seed(db)
        let zhang = try #require(try db.customers(CustomerQuery()).first { $0.name == "张三" })
        let now = "2026-11-25T18:00:00"
        try db.logVisit(Visit(at: LocalDateTime(parsing: "2026-11-24 10:00")!, customerID: zhang.id, goal: VisitGoal("谈叉车订单"), result: "同意试用",
                              commitment: ActionCommitment(who: "张总", what: "签试用协议", by: LocalDate(parsing: "2026-11-28")!),
                              next: Appointment(customerID: 0, at: LocalDateTime(parsing: "2026-11-30 14:30")!, place: "华兴仓库", about: "验收")), now: now)
        let ours = try db.addPromise(Promise(direction: .ours, customerID: zhang.id, what: "送样品", due: LocalDate(parsing: "2026-11-25")!,
                                             madeOn: LocalDate(parsing: "2026-11-24")!), now: "2026-11-24T11:00:00")
        try db.settlePromise(id: ours.id, as: .kept, now: "2026-11-25T09:00:00")
        let pay = try db.addPromise(Promise(direction: .theirs, kind: .payment, customerID: zhang.id, what: "付首款", due: LocalDate(parsing: "2026-11-26")!,
                                            madeOn: LocalDate(parsing: "2026-11-24")!), now: "2026-11-24T11:05:00")
        try db.renegotiatePromise(id: pay.id, newDue: LocalDate(parsing: "2026-12-05")!, now: "2026-11-25T16:00:00")
    }

    func runtime(_ language: Language, _ w: Int, _ h: Int) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        try AppFixture.screen(language, width: w, height: h, seed: VisitScreenTests.seed)
    }

    static let sizes = [(40, 12), (80, 24)]

    @Test(arguments: [Language.en, .zh], sizes)
    func listShowsLastContact(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("c"))
        let screen = runtime.render()
        let lines = screen.lines()
        if size.0 >= 80 {
            #expect(lines[1].contains(language.text(.vscrLastContact)))
            #expect(lines.contains { $0.contains("张三") && $0.contains("2026-11-24") })
            // Cards never visited say so with a dash, not an empty cell or a made-up date.
            #expect(lines.contains { $0.contains("李四") && !$0.contains("2026-11") && $0.contains("—") })
        }
        if let problem = Snapshot.mismatch(screen, named: "customers-contact-\(language.rawValue)-\(size.0)x\(size.1)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test func noColumnBeforeAnyVisit() throws {
        let fixture = try AppFixture(language: .en)
        try CustomerScreenTests.seed(fixture.database)
        let p = CustomerListPresentation(cards: try fixture.database.customers(CustomerQuery()), today: AppFixture.today,
                                         settings: CustomerSettings(), language: .en)
        #expect(!p.hasLastContact)
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func cardTimelineNewestFirst(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("c"), .enter, .char("G"))
        let screen = runtime.render()
        if let problem = Snapshot.mismatch(screen, named: "customer-timeline-\(language.rawValue)-\(size.0)x\(size.1)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: [Language.en, .zh])
    func timelineOrderAndWords(language: Language) throws {
        let (runtime, terminal, _) = try runtime(language, 120, 40)
        runtime.press(terminal, .char("c"), .enter)
        let card = try #require(runtime.state.view(CustomerCardView.self))
        let records = try #require(card.timeline)
        let t = CustomerTimeline(records: records, edits: [(at: "2026-11-20T10:00:00", text: "created")], today: AppFixture.today, language: language)
        #expect(t.entries.map(\.at) == ["2026-11-30 14:30", "2026-11-25 16:00", "2026-11-25 09:00", "2026-11-24 11:05", "2026-11-24 11:00",
                                        "2026-11-24 10:00", "2026-11-20 10:00"])
        #expect(t.entries.map(\.kind) == [.appointment, .promise, .promise, .promise, .promise, .visit, .edit])
        let visit = t.entries[5].text
        #expect(visit.contains("谈叉车订单") && visit.contains("同意试用") && visit.contains("签试用协议") && visit.contains("华兴仓库"))
        #expect(t.entries[1].text.contains("2026-11-26 → 2026-12-05"))
        #expect(t.entries[2].text.contains(PromiseState.kept.label(language)))
        // The screen draws the same lines under the timeline heading.
        runtime.press(terminal, .char("G"))
        let text = runtime.render().lines().joined(separator: "\n")
        #expect(text.contains("2026-11-24 10:00"))
    }

    @Test func aVisitWithoutActionSaysSo() throws {
        let v = Visit(at: LocalDateTime(parsing: "2026-11-24 10:00")!, customerID: 1, goal: VisitGoal("拜访"), result: "没谈成")
        let t = CustomerTimeline(records: .init(visits: [v]), edits: [], today: AppFixture.today, language: .zh)
        #expect(t.entries.first?.text.contains(Language.zh.text(.visitsNoAction)) == true)
    }
}

/// The visits list (`V`): newest first, the filters, the card from a row, live after a visit is logged.
@Suite struct VisitsListTests {
    func runtime(_ language: Language, _ w: Int = 80, _ h: Int = 24) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        try AppFixture.screen(language, width: w, height: h) { db in
            try VisitScreenTests.seed(db)
            let li = try #require(try db.customers(CustomerQuery()).first { $0.name == "李四" })
            try db.logVisit(Visit(kind: .call, at: LocalDateTime(parsing: "2026-11-25 09:30")!, customerID: li.id, goal: VisitGoal("约演示"),
                                  result: "下周再说"), now: "2026-11-25T10:00:00")
        }
    }

    func rows(_ runtime: AppRuntime) -> [VisitListPresentation.Row] {
        runtime.state.view(VisitsView.self)!.presentation(runtime.state).rows
    }

    @Test(arguments: [Language.en, .zh], VisitScreenTests.sizes)
    func visitsSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("V"))
        #expect(runtime.state.mode == .visits)
        if let problem = Snapshot.mismatch(runtime.render(), named: "visits-\(language.rawValue)-\(size.0)x\(size.1)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func newestFirstAndFilters() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("V"))
        #expect(rows(runtime).map(\.at) == ["2026-11-25 09:30", "2026-11-24 10:00"])
        #expect(rows(runtime).map(\.moved) == [false, true])
        runtime.press(terminal, .char("n"))
        #expect(rows(runtime).map(\.customer) == ["KH-2026-0002 李四"])
        runtime.press(terminal, .char("n"), .char("t"))
        #expect(rows(runtime).map(\.kind) == ["visit"])
        runtime.press(terminal, .char("t"))
        #expect(rows(runtime).map(\.kind) == ["call"])
        // Esc clears the filters first, then leaves.
        runtime.press(terminal, .escape)
        #expect(rows(runtime).count == 2)
        runtime.press(terminal, .char("j"), .char("f"))
        #expect(rows(runtime).map(\.customer) == ["KH-2026-0001 张三"])
        runtime.press(terminal, .enter)
        #expect(runtime.state.view(CustomerCardView.self)?.card?.name == "张三")
        runtime.press(terminal, .escape, .escape, .escape)
        #expect(runtime.state.mode == .home)
    }
}
