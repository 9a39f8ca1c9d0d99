import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
import MustDoStore
import MustDoTestSupport

/// The customers screen: snapshots of the list, the card and the form in both languages at 40x12, 80x24 and 120x40;
/// the live search (pinyin, number, phone, company), filters and order; the form refusing bad input; undo and redo.
@Suite struct CustomerScreenTests {
    static let now = "2026-11-20T10:00:00"

    /// Five cards with CJK and Latin names, a long company, people, tags, a lunar birthday and a lost customer.
    static func seed(_ db: AppDatabase) throws {
        let today = AppFixture.today
        func add(_ name: String, _ fields: [(CustomerField, String)], people: [String] = [], tags: [String] = []) throws {
            var c = Customer(name: name)
            for (f, v) in fields { try c.set(f, v, today: today) }
            for p in people { c.put(try CustomerPerson(parsing: p)) }
            try c.addTags(tags)
            try db.addCustomer(c, prefix: "KH-2026-", now: now)
        }
        try add("张三", [(.company, "华兴贸易"), (.tier, "key"), (.decisionDate, "2026-12-10"), (.phone, "138 0013 8000"),
                       (.needs, "两台叉车\n年底前交货"), (.buyingPower, "yes"), (.hasNeed, "yes"), (.birthday, "lunar:1980-04-12"),
                       (.trust, "facts"), (.referredBy, "王五"), (.grade, "A")],
                people: ["张总:decision-maker", "小李:buyer:张总的外甥,先找他"], tags: ["vip", "华东"])
        try add("李四", [(.company, "长城电子科技有限公司华东大区销售服务中心"), (.tier, "important"), (.status, "customer"), (.phone, "021-5555 1234")])
        try add("John Smith", [(.company, "Acme Trading"), (.tier, "general"), (.status, "dormant"), (.email, "john@acme.example")], tags: ["vip"])
        try add("欧阳娜娜国际贸易集团华东大区采购中心负责人", [(.status, "lost"), (.lostReason, "价格太高")])
        try add("单田芳", [(.company, "评书社"), (.tier, "key")])
    }

    func runtime(_ language: Language, _ w: Int = 120, _ h: Int = 40) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        try AppFixture.screen(language, width: w, height: h, seed: CustomerScreenTests.seed)
    }

    func list(_ runtime: AppRuntime) -> CustomerListView { runtime.state.view(CustomerListView.self)! }
    func names(_ runtime: AppRuntime) -> [String] { list(runtime).shownRows.map(\.name) }

    // MARK: snapshots

    static let sizes = [(40, 12), (80, 24), (120, 40)]

    @Test(arguments: [Language.en, .zh], sizes)
    func listSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("c"))
        if let problem = Snapshot.mismatch(runtime.render(), named: "customers-\(language.rawValue)-\(size.0)x\(size.1)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func cardSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        runtime.press(terminal, .char("c"), .enter)
        if let problem = Snapshot.mismatch(runtime.render(), named: "customer-card-\(language.rawValue)-\(size.0)x\(size.1)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func formSnapshot(language: Language, size: (Int, Int)) throws {
        let (runtime, terminal, _) = try runtime(language, size.0, size.1)
        // The form with a problem explained in place: a bad phone, refused on save.
        runtime.press(terminal, .char("c"), .char("e"))
        for _ in 0..<5 { runtime.press(terminal, .tab) }
        runtime.press(terminal, .ctrl("u"))
        runtime.type(terminal, "电话abc")
        runtime.press(terminal, .ctrl("s"))
        if let problem = Snapshot.mismatch(runtime.render(), named: "customer-form-\(language.rawValue)-\(size.0)x\(size.1)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    @Test(arguments: [Language.en, .zh])
    func columnsLineUpByDisplayWidthAtEverySize(language: Language) throws {
        let (runtime, terminal, _) = try runtime(language, 40, 12)
        runtime.press(terminal, .char("c"))
        for w in 40...132 {
            for h in [12, 24] {
                runtime.dispatch(.resize(width: w, height: h))
                let lines = runtime.render().lines()
                let rows = lines.filter { $0.hasPrefix(" KH-2026-") }
                #expect(rows.count == 5, "\(w)x\(h): every card listed")
                // The completeness column starts at the same display column on every row, and every line is exactly w wide.
                var starts = Set<Int>()
                for r in rows {
                    let head = r[..<r.range(of: "/14")!.lowerBound]
                    let upToNumber = String(head.reversed().drop { $0.isNumber }.reversed())
                    starts.insert(DisplayWidth.of(upToNumber))
                }
                #expect(starts.count == 1, "\(w)x\(h): \(rows)")
                #expect(lines.allSatisfy { DisplayWidth.of($0) == w }, "\(w)x\(h): no line wider or narrower than the screen")
            }
        }
    }

    @Test func selectionAndTheQuietFilingMarkAreStyled() throws {
        let (runtime, terminal, _) = try runtime(.zh, 80, 24)
        runtime.press(terminal, .char("c"), .char("j"))
        let buf = runtime.render()
        let theme = Theme.fallback
        let selected = theme.style(.itemSelected).merged(over: theme.style(.itemOpen))
        #expect(buf[14, 3].style == selected, "the second row (李四) is selected")
        #expect(buf[14, 2].style == theme.style(.itemOpen), "the first row is not")
        let filled = buf.lines()[2].range(of: "6/14")!
        let x = DisplayWidth.of(String(buf.lines()[2][..<filled.lowerBound]))
        #expect(buf[x, 2].style == theme.style(.dim), "completeness is quiet")
    }

    // MARK: opening

    @Test func opensWithSmallCFromHomeAndCapitalCFromAnyView() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("c"))
        #expect(runtime.state.mode == .customers)
        #expect(list(runtime).shownRows.count == 5)
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .home)
        // From the week review, C opens the list over it; Esc goes back to the week.
        runtime.press(terminal, .char("w"), .char("C"))
        #expect(runtime.state.mode == .customers)
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .week)
        // From a card, C goes back to the list it came from (not a second list).
        runtime.press(terminal, .char("C"), .enter)
        #expect(runtime.state.mode == .customerCard)
        runtime.press(terminal, .char("C"))
        #expect(runtime.state.mode == .customers)
        #expect(runtime.state.stack.filter { $0 is CustomerListView }.count == 1)
    }

    // MARK: search, filters, order

    @Test func searchNarrowsPerKeystrokeByPinyinCharactersNumberPhoneAndCompany() throws {
        let (runtime, terminal, _) = try runtime(.zh)
        runtime.press(terminal, .char("c"), .char("/"))
        #expect(runtime.state.keys.command(for: .char("j"), in: list(runtime).kind) == nil, "while searching, letters are text")
        runtime.type(terminal, "z")
        let afterZ = names(runtime)
        runtime.type(terminal, "s")
        #expect(names(runtime) == ["张三"])
        #expect(afterZ.count > 1 && afterZ.contains("张三"))
        func search(_ text: String) -> [String] {
            runtime.press(terminal, .ctrl("u"))
            runtime.type(terminal, text)
            return names(runtime)
        }
        #expect(search("zhang") == ["张三", "李四"], "张三, and 长城 read zhang cheng (长 is polyphonic)")
        #expect(search("zhangsan") == ["张三"])
        #expect(search("张") == ["张三"])
        #expect(search("KH-2026-0003") == ["John Smith"])
        #expect(search("13800138000") == ["张三"], "spaces in the phone do not matter")
        #expect(search("长城") == ["李四"])
        #expect(search("js") == ["John Smith"])
        #expect(search("shantf") == ["单田芳"], "the surname reading of 单")
        #expect(search("qqqq").isEmpty)
        // Enter keeps the search and gives the keys back to the list; Esc then clears it.
        _ = search("zs")
        runtime.press(terminal, .enter)
        #expect(list(runtime).searching == false && names(runtime) == ["张三"])
        runtime.press(terminal, .escape)
        #expect(names(runtime).count == 5 && runtime.state.mode == .customers)
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .home)
    }

    @Test func narrowingAsYouTypeFindsWhatAFreshSearchFinds() throws {
        // Each keystroke narrows the previous matches; editing anywhere in the line, or erasing, must give what a
        // fresh search over every card gives.
        let (runtime, terminal, _) = try runtime(.zh)
        runtime.press(terminal, .char("c"), .char("/"))
        let p = try #require(list(runtime).presentation)
        let order = list(runtime).order
        func check(_ why: String) {
            let fresh = p.matching(SearchKey.Query(list(runtime).search.text), in: order)
            #expect(list(runtime).visible == fresh, "\(why): '\(list(runtime).search.text)'")
        }
        for ch in "zhangs" { runtime.press(terminal, .char(ch)); check("typed") }
        for _ in 0..<3 { runtime.press(terminal, .backspace); check("erased") }
        runtime.press(terminal, .home, .char("l"))
        check("inserted at the start")
        runtime.press(terminal, .delete)
        check("deleted at the start")
        for ch in " 13800" { runtime.press(terminal, .char(ch)); check("typed") }
        runtime.press(terminal, .end, .ctrl("u"))
        check("cleared")
        #expect(list(runtime).visible.count == 5)
    }

    @Test func filtersByTierStatusAndTagAndSortsInTurn() throws {
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("c"), .char("t"))
        #expect(names(runtime) == ["张三", "单田芳"], "tier key")
        runtime.press(terminal, .char("t"))
        #expect(names(runtime) == ["李四"], "tier important")
        runtime.press(terminal, .char("t"), .char("t"))
        #expect(names(runtime).count == 5, "after the last tier, every tier again")
        runtime.press(terminal, .char("s"), .char("s"))
        #expect(names(runtime) == ["李四"], "status customer")
        runtime.press(terminal, .escape)
        #expect(names(runtime).count == 5, "Esc clears the filters first")
        runtime.press(terminal, .char("#"))
        #expect(names(runtime) == ["张三", "John Smith"], "the first tag in use: vip")
        runtime.press(terminal, .escape)
        runtime.press(terminal, .char("o"))
        #expect(list(runtime).sort == .name)
        #expect(names(runtime).first == "John Smith")
        runtime.press(terminal, .char("o"))
        #expect(list(runtime).sort == .tier)
        #expect(names(runtime) == ["张三", "单田芳", "李四", "John Smith", "欧阳娜娜国际贸易集团华东大区采购中心负责人"])
        runtime.press(terminal, .char("o"))
        #expect(names(runtime).last == "欧阳娜娜国际贸易集团华东大区采购中心负责人", "by status, lost last")
    }

    // MARK: the form

    @Test func formExplainsEachBadFieldAndSavesNothing() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        let before = try fixture.database.resolveCustomer("KH-2026-0001")
        let history = try fixture.database.customerHistory(id: before.id).count
        runtime.press(terminal, .char("c"), .char("e"))
        runtime.press(terminal, .ctrl("u"))  // an empty name
        for _ in 0..<5 { runtime.press(terminal, .tab) }
        runtime.press(terminal, .ctrl("u"))
        runtime.type(terminal, "abc")  // a bad phone
        for _ in 0..<11 { runtime.press(terminal, .tab) }
        #expect(CustomerFormView.entries[runtime.state.view(CustomerFormView.self)!.focused] == .field(.tier))
        runtime.press(terminal, .ctrl("u"))
        runtime.type(terminal, "urgent")  // a bad tier
        runtime.press(terminal, .ctrl("s"))
        let form = try #require(runtime.state.view(CustomerFormView.self))
        #expect(runtime.state.mode == .customerForm, "the form stays open")
        let bad = Set(form.problems.keys.map { CustomerFormView.entries[$0] })
        #expect(bad == [.field(.name), .field(.phone), .field(.tier)])
        #expect(form.problems.values.allSatisfy { !$0.isEmpty })
        #expect(runtime.state.message?.isError == true)
        #expect(try fixture.database.customer(id: before.id) == before, "nothing saved")
        #expect(try fixture.database.customerHistory(id: before.id).count == history)
        // Esc leaves without saving.
        runtime.press(terminal, .escape)
        #expect(runtime.state.mode == .customers)
        #expect(try fixture.database.customer(id: before.id) == before)
    }

    @Test func lostWithoutAReasonIsExplainedAtTheReason() throws {
        let (runtime, terminal, _) = try runtime(.zh)
        runtime.press(terminal, .char("c"), .char("a"))
        runtime.type(terminal, "新客户")
        let status = CustomerFormView.entries.firstIndex(of: .field(.status))!
        for _ in 0..<status { runtime.press(terminal, .tab) }
        runtime.press(terminal, .ctrl("u"))
        runtime.type(terminal, "流失")
        runtime.press(terminal, .ctrl("s"))
        let form = try #require(runtime.state.view(CustomerFormView.self))
        #expect(form.problems.keys.map { CustomerFormView.entries[$0] } == [.field(.lostReason)])
        #expect(form.problems.values.first == Language.zh.text(.custScreenLostNeedsReason))
    }

    @Test func addsACardWithAMultiLineFieldFromTheBuiltInEditor() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        runtime.press(terminal, .char("c"), .char("a"))
        runtime.type(terminal, "王老板")
        let needs = CustomerFormView.entries.firstIndex(of: .field(.needs))!
        for _ in 0..<needs { runtime.press(terminal, .tab) }
        runtime.press(terminal, .enter)
        #expect(runtime.state.view(CustomerFormView.self)?.kind == .journal, "the built-in editor has the keys")
        runtime.type(terminal, "一台叉车")
        runtime.press(terminal, .enter)
        runtime.type(terminal, "明年三月")
        runtime.press(terminal, .escape)  // keeps the text in the form
        #expect(runtime.state.view(CustomerFormView.self)?.values[needs] == "一台叉车\n明年三月")
        runtime.press(terminal, .ctrl("s"))
        #expect(runtime.state.mode == .customers)
        let added = try fixture.database.resolveCustomer("王老板")
        #expect(added.number == "KH-2026-0006")
        #expect(added[.needs] == "一台叉车\n明年三月")
        #expect(list(runtime).shownRows.contains { $0.name == "王老板" }, "the list shows the committed card")
        // Undo hides the new card (archived, its number never reused); redo brings it back.
        runtime.press(terminal, .char("u"))
        #expect(try fixture.database.customer(id: added.id)?.isArchived == true)
        #expect(!list(runtime).shownRows.contains { $0.name == "王老板" })
        runtime.press(terminal, .char("U"))
        #expect(try fixture.database.customer(id: added.id)?.isArchived == false)
    }

    // MARK: undo and redo

    @Test func undoAndRedoAnEditEachInItsOwnTransaction() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        let id = try fixture.database.resolveCustomer("KH-2026-0001").id
        runtime.press(terminal, .char("c"), .enter, .char("e"))
        for _ in 0..<5 { runtime.press(terminal, .tab) }
        runtime.press(terminal, .ctrl("u"))
        runtime.type(terminal, "010-1234 5678")
        runtime.press(terminal, .ctrl("s"))
        #expect(runtime.state.mode == .customerCard)
        #expect(try fixture.database.customer(id: id)?[.phone] == "010-1234 5678")
        #expect(runtime.state.view(CustomerCardView.self)?.card?[.phone] == "010-1234 5678", "the card shows the committed edit")
        runtime.press(terminal, .char("u"))
        #expect(try fixture.database.customer(id: id)?[.phone] == "138 0013 8000")
        #expect(runtime.state.view(CustomerCardView.self)?.card?[.phone] == "138 0013 8000")
        #expect(runtime.state.message?.text.contains("KH-2026-0001") == true)
        runtime.press(terminal, .char("U"))
        #expect(try fixture.database.customer(id: id)?[.phone] == "010-1234 5678")
        let edits = try fixture.database.customerHistory(id: id).filter { $0.field == "phone" }
        #expect(edits.map(\.new) == ["010-1234 5678", "138 0013 8000", "010-1234 5678"], "each change has its own history line")
    }

    @Test func undoIsRefusedWhenAnotherProcessChangedTheCardSince() throws {
        let (runtime, terminal, fixture) = try runtime(.en)
        let id = try fixture.database.resolveCustomer("KH-2026-0001").id
        runtime.press(terminal, .char("c"), .char("d"), .char("y"))
        #expect(try fixture.database.customer(id: id)?.isArchived == true)
        #expect(!names(runtime).contains("张三"))
        try fixture.database.editCustomer(id: id, now: "2026-11-26T12:00:00", reviewedOn: nil) { try $0.set(.grade, "B", today: AppFixture.today) }
        runtime.press(terminal, .char("u"))
        #expect(runtime.state.message?.isError == true)
        #expect(try fixture.database.customer(id: id)?.isArchived == true, "the outside change is kept, the undo refused")
    }

    @Test func archiveAsksFirstAndAnyOtherKeyKeepsTheCard() throws {
        let (runtime, terminal, fixture) = try runtime(.zh)
        let id = try fixture.database.resolveCustomer("KH-2026-0001").id
        runtime.press(terminal, .char("c"), .char("d"))
        #expect(runtime.state.mode == .confirmArchive)
        #expect(terminal.screenLines().last?.contains("归档 KH-2026-0001 张三?") == true)
        runtime.press(terminal, .char("n"))
        #expect(try fixture.database.customer(id: id)?.isArchived == false)
        // The archived list restores it.
        runtime.press(terminal, .char("d"), .char("y"), .char("."))
        #expect(names(runtime) == ["张三"])
        runtime.press(terminal, .char("r"), .char("y"))
        #expect(try fixture.database.customer(id: id)?.isArchived == false)
    }

    // MARK: keys and help

    @Test func keysAreOverridableAndListedInHelp() throws {
        let tables = try KeyTables().overridden(by: ["customers": ["sort": ["O"]], "customer-card": ["edit-customer": ["E"]],
                                                     "customer-form": ["save": ["F5"]]], file: "config.toml", language: .en)
        #expect(tables.command(for: .char("O"), in: .customers) == .cycleSort)
        // Once the list no longer binds `o`, the global `o` (the promise ledger) shows through.
        #expect(tables.command(for: .char("o"), in: .customers) == .ledger)
        #expect(tables.command(for: .char("E"), in: .customerCard) == .editCustomer)
        #expect(tables.command(for: .function(5), in: .customerForm) == .save)
        let (runtime, terminal, _) = try runtime(.en)
        runtime.press(terminal, .char("c"), .char("?"))
        let help = terminal.screenLines().joined(separator: "\n")
        for c in [Command.search, .cycleSort, .filterTier, .filterStatus, .filterTag, .openCustomer, .archiveCustomer] {
            #expect(help.contains(c.help(.en)), "help lists \(c.rawValue)")
        }
        // The footer shows the keys as bound.
        var keys = runtime.keys
        keys.set(.customers, tables[.customers])
        runtime.keys = keys
        runtime.press(terminal, .escape)
        #expect(terminal.screenLines().last?.contains("O sort") == true)
    }
}
