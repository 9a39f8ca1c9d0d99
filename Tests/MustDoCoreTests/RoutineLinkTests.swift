import Testing
@testable import MustDoCore

/// Routine links in Core: the kinds of activity and their names, the built-in packs' links, and the `link` field of pack TOML.
@Suite struct RoutineLinkTests {
    let day = LocalDate(parsing: "2026-11-23")!

    @Test func kindsReadTheirNamesInBothLanguagesAndVisitsMapOntoThem() {
        #expect(ActivityKind(word: "home-visit") == .homeVisit)
        #expect(ActivityKind(word: " Home_Visit ") == .homeVisit)
        #expect(ActivityKind(word: "message") == .call)
        #expect(ActivityKind(word: "家访") == .homeVisit)
        #expect(ActivityKind(word: "favor") == .favour)
        #expect(ActivityKind(word: "vip") == .vipVisit)
        #expect(ActivityKind(word: "lunch") == nil)
        #expect(ActivityKind(.visit) == .visit && ActivityKind(.call) == .call && ActivityKind(.message) == .call && ActivityKind(.meal) == .meal)
        #expect(ActivityKind.link("") == .some(nil) && ActivityKind.link("none") == .some(nil) && ActivityKind.link("无") == .some(nil))
        #expect(ActivityKind.link("greeting") == .some(.greeting))
        #expect(ActivityKind.link("bogus") == nil)
        for kind in ActivityKind.allCases {
            #expect(ActivityKind(word: kind.rawValue) == kind)
            #expect(kind.label(.zh) != kind.label(.en))
        }
    }

    @Test(arguments: [Language.zh, .en])
    func theBuiltInPacksLinkExactlyTheListedItemsAndEachHasATarget(language: Language) throws {
        let pack = try RoutinePack.builtIn(language)
        var links: [String: ActivityKind] = [:]
        for r in pack.routines {
            if let l = r.link { links[r.id] = l }
            if r.link != nil { #expect(r.target != nil, "\(r.id) is linked, so it has a target") }
        }
        #expect(links == ActivityKind.builtInLinks, "the packs and the upgrade's list agree")
        // Issue 12's items: daily 7, 10–16, 19, 20, 23; weekly 2–4, 18; monthly 7, 8; yearly 6.
        func nth(_ kind: PeriodKind, _ n: Int) -> Routine { pack.routines.filter { $0.period == kind }[n - 1] }
        for n in [7, 10, 11, 12, 13, 14, 15, 16, 19, 20, 23] { #expect(nth(.day, n).link != nil, "daily \(n)") }
        for n in [2, 3, 4, 18] { #expect(nth(.week, n).link != nil, "weekly \(n)") }
        for n in [7, 8] { #expect(nth(.month, n).link != nil, "monthly \(n)") }
        #expect(nth(.year, 6).link == .vipVisit)
        #expect(nth(.week, 2).link == .homeVisit && nth(.month, 7).link == .newCustomer && nth(.day, 23).link == .call)
        #expect(nth(.day, 7).target == 5, "the greeting item keeps its own target")
    }

    @Test func aPackLinkReadsAndAMissingTargetBecomesOne() throws {
        let text = """
            [pack]
            id = "t"
            [[routine]]
            id = "day-a"
            period = "day"
            title = "Call"
            link = "message"
            [[routine]]
            id = "week-b"
            period = "week"
            title = "Home visits"
            link = "home-visit"
            target = 2
            """
        let pack = try RoutinePack(text: text, file: "t.toml")
        #expect(pack.routines.map(\.link) == [.call, .homeVisit])
        #expect(pack.routines.map(\.target) == [1, 2])
    }

    @Test func aBadLinkIsOneSentenceNamingTheFileLineAndField() throws {
        let text = """
            [pack]
            id = "t"
            [[routine]]
            id = "day-a"
            period = "day"
            title = "Call"
            link = "lunch"
            """
        do {
            _ = try RoutinePack(text: text, file: "mine.toml")
            Issue.record("a bad link was accepted")
        } catch let e as MustDoError {
            let en = e.message(.en)
            #expect(en.contains("mine.toml") && en.contains("7") && en.contains("link") && en.contains("home-visit"), "\(en)")
            #expect(!en.contains("\n"))
        }
        let notText = "[pack]\nid = \"t\"\n[[routine]]\nid = \"day-a\"\nperiod = \"day\"\ntitle = \"Call\"\nlink = 3\n"
        #expect(throws: MustDoError.self) { try RoutinePack(text: notText, file: "mine.toml") }
    }

    @Test func aLinkSurvivesTheTOMLWriter() throws {
        let routines = [
            Routine(id: "day-a", title: "A", period: .day, activeFrom: day, link: .favour),
            Routine(id: "month-b", title: "B", period: .month, target: 3, activeFrom: day, link: .newCustomer),
            Routine(id: "year-c", title: "C", period: .year, activeFrom: day),
        ]
        let text = RoutinePack(id: "t", language: .en, name: "t", routines: routines).tomlText()
        #expect(text.contains("link = \"favour\"") && text.contains("link = \"new-customer\""))
        let back = try RoutinePack(text: text, file: "t.toml")
        #expect(back.routines.map(\.link) == [.favour, .newCustomer, nil])
        #expect(back.routines.map(\.target) == [1, 3, nil])
        #expect(back.tomlText() == text)
    }

    @Test func theCustomersBehindACountAreNamedOnceEachWithRepeatsCounted() {
        var o = Occurrence(id: 1, routineID: "day-a", period: Period.containing(day, kind: .day, settings: .standard), title: "A")
        #expect(o.countedByText == "")
        o.countedBy = ["张三", "李四", "张三"]
        #expect(o.countedByText == "张三×2, 李四")
    }
}
