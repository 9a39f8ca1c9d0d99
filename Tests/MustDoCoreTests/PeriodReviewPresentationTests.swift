import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private func m(_ s: String) -> SalesMonth { SalesMonth(parsing: s)! }
private func q(_ s: String) -> SalesQuantity { try! SalesQuantity.parse(s) }

/// The period review's words, sections and Markdown, the losing-touch rule and the sales entry line, without SQL.
@Suite struct PeriodReviewPresentationTests {
    static let settings = CalendarSettings()

    static func review(plan: SalesQuantity?, plannedMonths: Int = 1, notes: [JournalEntry] = []) -> PeriodReview {
        let period = Period(key: "2026-11")!
        let customers: [Int64: SalesRanking.Customer] = [1: .init(id: 1, number: "KH-1", name: "张三"), 2: .init(id: 2, number: "KH-2", name: "A|B")]
        let ranking = SalesRanking(month: m("2026-11"), customers: customers,
                                   current: [SalesFigure(customerID: 1, month: m("2026-11"), amount: q("900")), SalesFigure(customerID: 2, month: m("2026-11"), amount: q("100"))],
                                   previous: [SalesFigure(customerID: 1, month: m("2026-11"), amount: q("600"))], yearBefore: [])
        let activity = CustomerActivity(contacts: [.visit: 4, .call: 2], contactedByTier: [.key: 2, nil: 1], visitsWithAction: 1, visitsWithoutAction: 3,
                                        oursKept: 2, oursBroken: 1, theirsKept: 0, theirsBroken: 1, newCustomers: 1, won: 1, lost: 0, losingTouch: 5,
                                        asOf: d("2026-11-27"))
        let item = Occurrence(id: 1, routineID: "month-tally-sales", period: period, title: "Tally sales", state: .missed)
        return PeriodReview(period: period, previous: period.previous(settings: settings), today: d("2026-12-02"),
                            completion: [.init(kind: .day, summary: PaneSummary(done: 30, skipped: 2, missed: 8, open: 0),
                                               previous: PaneSummary(done: 20, skipped: 0, missed: 20, open: 0))],
                            items: [item],
                            sales: .init(months: m("2026-11")...m("2026-11"), amount: q("1000"), volume: .zero, previousAmount: q("600"),
                                         yearBeforeAmount: .zero, plan: plan, plannedMonths: plannedMonths),
                            ranking: ranking, activity: activity, promisesMadeOurs: 3, promisesMadeTheirs: 2, promisesPending: 4,
                            wonCustomers: [.init(id: 1, number: "KH-1", name: "张三")], lostCustomers: [], weeklyNotes: notes)
    }

    @Test func sectionsSayTheFiguresOnce() {
        let p = PeriodReviewPresentation(Self.review(plan: q("2000")), language: .en)
        #expect(p.title == "Monthly report · November 2026 · 2026-11-01 – 2026-11-30")
        #expect(p.asOf == "Drafted on 2026-12-02.")
        #expect(p.sections.map(\.heading) == ["Routines", "Sales", "80/20 ranking", "Customers", "Weekly notes"])
        guard case .table(_, let rows, _) = p.routines.lines[0] else { Issue.record("no table"); return }
        #expect(rows == [["Daily", "30", "2", "8", "40", "75%", "50%"]])
        #expect(p.routines.lines.contains(.item(.missed, "Tally sales (missed)")))
        #expect(p.sales.lines.contains(.fact("Previous period 2026-10", "600.00 (+66.7%)")))
        #expect(p.sales.lines.contains(.fact("Plan", "2,000.00: 50.0% reached")))
        let facts = Dictionary(uniqueKeysWithValues: p.customers.lines.compactMap { line -> (String, String)? in
            if case .fact(let l, let v) = line { return (l, v) } else { return nil }
        })
        #expect(facts["Visits that won an action"] == "1 of 4 (25%); 3 without one (washed the car)")
        #expect(facts["Promises kept / broken"] == "ours 2 / 1; the customers' 0 / 1")
        #expect(facts["Customers contacted"] == "3: key 2, important 0, general 0, no tier 1")
        #expect(facts["Promises made"] == "ours 3, the customers' 2; 4 still pending")
        #expect(facts["Customers won"] == "张三" && facts["Customers lost"] == "(none)")
        #expect(p.notes.lines == [.text("No weekly plan or review was written in this period.", indent: 1)])
    }

    @Test func aPlanForSomeMonthsSaysSoAndNoPlanSaysHowToSetOne() {
        var r = Self.review(plan: q("500"))
        r.sales.months = m("2026-10")...m("2026-12")
        r.sales.plannedMonths = 1
        #expect(PeriodReviewPresentation(r, language: .en).sales.lines.last == .fact("Plan", "500.00 for 1 of 3 months: 200.0% reached"))
        let none = PeriodReviewPresentation(Self.review(plan: nil, plannedMonths: 0), language: .zh)
        #expect(none.sales.lines.last == .fact("计划", "未设定(`mustdo sales plan 2026-11 金额`)"))
    }

    @Test func markdownEscapesUserTextAndMarksTheVitalFew() {
        let notes = [JournalEntry(key: "2026-W46", plan: "", review: "**won** the | deal")]
        let md = PeriodReviewPresentation(Self.review(plan: nil, plannedMonths: 0, notes: notes), language: .en).markdown()
        #expect(md.hasPrefix("# Monthly report · November 2026 · 2026-11-01 – 2026-11-30\n\nDrafted on 2026-12-02.\n\n## Routines\n\n"))
        #expect(md.contains("| 1\\* | KH-1 张三 | 900.00 | 90.0% | 90.0% | +50.0% |\n"))
        #expect(md.contains("| 2 | KH-2 A\\|B | 100.00 | 10.0% | 100.0% | — |\n"))
        #expect(md.contains("- [ ] Tally sales (missed)\n"))
        #expect(md.contains("**2026-W46**\n\n> Review: \\*\\*won\\*\\* the \\| deal\n"))
        #expect(!md.hasSuffix("\n\n"))
    }

    @Test func losingTouchIsMoreDaysThanTheTiersInterval() {
        #expect(LosingTouchRule.interval(for: .key) == 7 && LosingTouchRule.interval(for: .important) == 14)
        #expect(LosingTouchRule.interval(for: .general) == 30 && LosingTouchRule.interval(for: nil) == 30)
        #expect(!LosingTouchRule.isLosingTouch(lastContact: d("2026-11-20"), tier: .key, on: d("2026-11-27")))
        #expect(LosingTouchRule.isLosingTouch(lastContact: d("2026-11-20"), tier: .key, on: d("2026-11-28")))
        #expect(!LosingTouchRule.isLosingTouch(lastContact: d("2026-10-28"), tier: nil, on: d("2026-11-27")))
        #expect(LosingTouchRule.isLosingTouch(lastContact: d("2026-10-27"), tier: .general, on: d("2026-11-27")))
    }

    @Test func weeksBelongToThePeriodHoldingTheirFourthDay() {
        let weeks = PeriodReview.weeks(of: Period(key: "2026-11")!, settings: Self.settings).map(\.key)
        // 2026-W44 (10-26 – 11-01) counts toward October; W49 (11-30 – 12-06) toward December.
        #expect(weeks == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"])
        #expect(PeriodReview.weeks(of: Period(key: "2026")!, settings: Self.settings).count == 53)
    }

    @Test func theSalesEntryLineIsCustomerThenAmountThenVolume() throws {
        let e = try SalesEntryText("John Smith 2500.50 3", month: m("2026-11"))
        #expect(e.customer == "John Smith" && e.amount == q("2500.50") && e.volume == q("3"))
        let one = try SalesEntryText("KH-2026-0001 60000", month: m("2026-11"))
        #expect(one.customer == "KH-2026-0001" && one.amount == q("60000") && one.volume == .zero)
        for bad in ["", "张三", "60000", "张三 -5", "张三 1.234", "张三 12abc"] {
            #expect(throws: MustDoError.self, "\(bad)") { try SalesEntryText(bad, month: m("2026-11")) }
        }
        do {
            _ = try SalesEntryText("张三", month: m("2026-11"))
        } catch {
            #expect(error.message(.zh) == "请先写客户,再写金额,需要时再写销量,如 张三 60000 12(2026-11)。")
        }
    }

    @Test func monthsAddAcrossYears() {
        #expect(m("2026-01").adding(months: -1) == m("2025-12") && m("2026-11").adding(months: -12) == m("2025-11"))
        #expect(m("2026-12").adding(months: 1) == m("2027-01"))
    }
}
