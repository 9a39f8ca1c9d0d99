import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }
private let today = d("2026-11-27")

/// The sentence a refused value produces, in English.
private func refusal(_ body: () throws -> Void) -> String? {
    do { try body(); return nil } catch let e as MustDoError { return e.message(.en) } catch { return "\(error)" }
}

/// The customer card: every field checked as typed, the rules between fields, the seed's tiers and prospect conditions.
@Suite struct CustomerCardTests {
    @Test func everyBadValueIsRefusedWithOneSentenceNamingTheOption() {
        var c = Customer(name: "张三")
        let cases: [(CustomerField, String, String)] = [
            (.name, String(repeating: "名", count: 10_000), "--name is 10000 characters long, more than the 200 allowed"),
            (.name, "   ", "The customer's name is empty"),
            (.name, "Wang\u{1b}[2J", "--name contains the control character \\u{1b}"),
            (.phone, "138\n0000", "--phone contains the control character \\u{a}"),
            (.notes, String(repeating: "x", count: 4_001), "--notes is 4001 characters long, more than the 4000 allowed"),
            (.notes, "a\u{7}b", "--notes contains the control character \\u{7}"),
            (.tier, "vip", "'vip' is not a tier: use key"),
            (.status, "gone", "'gone' is not a status"),
            (.status, "", "'' is not a status"),
            (.buyingPower, "maybe", "--buying-power 'maybe' is not an answer"),
            (.decisionDate, "2026-02-30", "--decision-date '2026-02-30' is not a date"),
            (.decisionDate, "next week", "--decision-date 'next week' is not a date"),
            (.birthday, "1980-13-01", "The birthday '1980-13-01' is not a date"),
            (.birthday, "lunar:2025-L07-01", "The birthday 'lunar:2025-L07-01' is not a date"),
            (.birthday, "农历:1980-L04-12", "The birthday '农历:1980-L04-12' is not a date"),
            (.birthday, "2030-01-01", "The birthday 2030-01-01 is after today"),
            (.trust, "friends", "'friends' is not a trust layer"),
            (.email, "wang at example.com", "is not an e-mail address"),
            (.phone, "call me", "'call me' is not a phone number"),
        ]
        for (field, text, expected) in cases {
            let before = c
            let message = refusal { try c.set(field, text, today: today) }
            #expect(message?.contains(expected) == true, "\(field) \(text.prefix(20)): \(message ?? "accepted")")
            #expect(message?.split(separator: "\n").count == 1)
            #expect(c == before, "a refused value changes nothing")
        }
        #expect(refusal { _ = try CustomerPerson(parsing: "王总:boss") }?.contains("is not a person") == true)
        #expect(refusal { try c.addTags(["a,b"]) }?.contains("The tag 'a,b' cannot be used") == true)
        // Chinese sentences for the same mistakes.
        do { try c.set(.tier, "vip", today: today) } catch let e as MustDoError { #expect(e.message(.zh).contains("不是客户类别")) } catch {}
    }

    @Test func valuesAreMadeCanonical() throws {
        var c = Customer(name: "x")
        try c.set(.tier, "关键", today: today)
        try c.set(.status, "Customer", today: today)
        try c.set(.hasNeed, "是", today: today)
        try c.set(.trust, "3", today: today)
        try c.set(.birthday, "农历：2020-L04-12", today: today)
        try c.set(.name, "  张三\u{3000}", today: today)
        #expect(c[.tier] == "key" && c[.status] == "customer" && c[.hasNeed] == "yes" && c[.trust] == "views")
        #expect(c[.birthday] == "lunar:2020-L04-12" && c.name == "张三")
        #expect(c.tier == .key && c.status == .customer && c.trust == .views && c.trust?.level == 3)
        try c.set(.tier, "", today: today)
        #expect(c.tier == nil && c.values[.tier] == nil)
    }

    @Test func aLostCustomerNeedsAReason() throws {
        var c = Customer(name: "Acme")
        try c.set(.status, "lost", today: today)
        #expect(refusal { try c.validate() }?.contains("A lost customer needs a reason") == true)
        try c.set(.lostReason, "went to a competitor", today: today)
        try c.validate()
    }

    @Test func tiersFollowTheDecisionHorizon() {
        #expect(CustomerTier.suggested(daysToDecision: 0) == .key)
        #expect(CustomerTier.suggested(daysToDecision: 31) == .key)
        #expect(CustomerTier.suggested(daysToDecision: 32) == .important)
        #expect(CustomerTier.suggested(daysToDecision: 92) == .important)
        #expect(CustomerTier.suggested(daysToDecision: 180) == .general)
    }

    @Test func aQualifiedProspectMeetsAllFourConditions() throws {
        var c = Customer(name: "x")
        for f in Customer.prospectConditions.dropLast() { try c.set(f, "yes", today: today) }
        #expect(!c.isQualifiedProspect)
        try c.set(.authority, "yes", today: today)
        #expect(c.isQualifiedProspect)
    }

    @Test func mrPowerIsThePersonWithTheDecisionMakerRole() throws {
        var c = Customer(name: "华为")
        #expect(c.decisionMakers.isEmpty)
        try c.set(.decisionMaker, "采购部刘经理", today: today)
        #expect(c.decisionMakers == ["采购部刘经理"])
        c.put(try CustomerPerson(parsing: "王总:decision-maker"))
        c.put(try CustomerPerson(parsing: "李四：buyer：reports to 王总: nephew"))
        #expect(c.decisionMakers == ["王总"])
        #expect(c.people[1] == CustomerPerson(name: "李四", role: .buyer, note: "reports to 王总: nephew"))
        c.put(CustomerPerson(name: "李四", role: .user))
        #expect(c.people.count == 2 && c.people[1].role == .user)
    }

    @Test func birthdaysRecurOnTheirSolarOrLunarDay() {
        // 29 February falls on 28 February in other years.
        #expect(Birthday(parsing: "1988-02-29")!.next(onOrAfter: d("2026-11-27")) == d("2027-02-28"))
        #expect(Birthday(parsing: "1988-02-29")!.next(onOrAfter: d("2027-03-01")) == d("2028-02-29"))
        #expect(Birthday(parsing: "1980-11-27")!.next(onOrAfter: d("2026-11-27")) == d("2026-11-27"))
        // Lunar 四月十二: 2026-05-28 this lunar year (borax agrees), 2027-05-17 next (checked against borax in Tests/e2e/customers.test.sh).
        let lunar = Birthday(parsing: "lunar:1980-04-12")!
        #expect(lunar.next(onOrAfter: d("2026-01-01")) == d("2026-05-28"))
        #expect(lunar.next(onOrAfter: d("2026-11-27")) == d("2027-05-17"))
        #expect(lunar.description == "lunar:1980-04-12")
        #expect(lunar.birthDate == d("1980-05-25"))
    }

    @Test func serialNumbersTakeTheConfiguredPrefix() throws {
        var s = CustomerSettings()
        #expect(s.prefix(on: today) == "KH-2026-")
        #expect(CustomerSettings.number(prefix: "KH-2026-", sequence: 1) == "KH-2026-0001")
        #expect(CustomerSettings.number(prefix: "KH-2026-", sequence: 12345) == "KH-2026-12345")
        s.numberPrefix = "C{year}/{year}-"
        #expect(s.prefix(on: today) == "C2026/2026-")
        let parsed = try Settings(text: "[customers]\nnumber_prefix = \"BJ-\"\nreview_days = 30\n", file: "config.toml")
        #expect(parsed.customers.numberPrefix == "BJ-" && parsed.customers.reviewDays == 30)
        #expect(refusal { _ = try Settings(text: "[customers]\nreview_days = 0\n", file: "config.toml") }?.contains("review_days") == true)
        #expect(refusal { _ = try Settings(text: "[customers]\nnumber_prefix = \"K H\"\n", file: "config.toml") }?.contains("number_prefix") == true)
    }
}

/// The filing checks of seed 002: completeness of the 14 items, kept accurate, filled in after the visit.
@Suite struct FilingReportTests {
    func card() -> Customer {
        var c = Customer(name: "张三", createdAt: "2026-11-01T09:00:00")
        c.number = "KH-2026-0001"
        c.reviewedOn = d("2026-11-01")
        return c
    }

    @Test func completenessNamesTheEmptyItems() throws {
        var c = card()
        var r = FilingReport(card: c, today: today)
        #expect(r.missing == CardItem.allCases.filter { ![.name, .number].contains($0) })
        #expect(r.completeness == "2/14")
        try c.set(.phone, "138 0000 0000", today: today)
        try c.set(.tier, "key", today: today)
        try c.set(.createdBy, "me", today: today)
        c.put(CustomerPerson(name: "王总", role: .decisionMaker))
        c.put(CustomerPerson(name: "小李", role: .contact))
        r = FilingReport(card: c, today: today)
        #expect(!r.missing.contains(.reach) && !r.missing.contains(.grade) && !r.missing.contains(.decisionMaker)
                && !r.missing.contains(.contact) && !r.missing.contains(.created))
        #expect(r.completeness == "7/14")
        for f: CustomerField in [.needs, .financial, .business, .purchasing, .credit, .relations, .notes] { try c.set(f, "…", today: today) }
        r = FilingReport(card: c, today: today)
        #expect(r.missing.isEmpty && r.isClean && r.warnings(.en).isEmpty)
        let w = FilingReport(card: card(), today: today).warnings(.en)
        #expect(w == ["12 of the 14 card items are empty: Decision-maker, Grade, Address, phone etc., Needs, Financial status, Business status, Purchasing status, Credit status, External relationships, Business contact, Created by, Notes."])
        #expect(FilingReport(card: card(), today: today).warnings(.zh)[0].hasPrefix("客户卡 14 项中有 12 项未填:购买决策人、客户等级"))
    }

    @Test func aCardNotReviewedForTheIntervalIsFlagged() {
        var settings = CustomerSettings()
        let c = card()
        #expect(FilingReport(card: c, today: d("2027-01-30"), settings: settings).staleDays == nil)   // 90 days
        #expect(FilingReport(card: c, today: d("2027-01-31"), settings: settings).staleDays == 91)
        settings.reviewDays = 10
        let r = FilingReport(card: c, today: d("2026-11-12"), settings: settings)
        #expect(r.staleDays == 11)
        #expect(r.warnings(.en, settings: settings).contains { $0.hasPrefix("Not reviewed for 11 days (more than 10)") })
    }

    @Test func theVisitHookComparesTheLastContactWithTheCardsLastUpdate() {
        #expect(!FilingReport.notFilledAfterVisit(lastContact: nil, cardUpdated: today))
        #expect(!FilingReport.notFilledAfterVisit(lastContact: today, cardUpdated: today))
        #expect(FilingReport.notFilledAfterVisit(lastContact: d("2026-11-28"), cardUpdated: today))
        var c = card()
        c.updatedAt = "2026-11-20T10:00:00"
        #expect(FilingReport(card: c, today: today, lastContact: d("2026-11-25")).notFilledAfterVisit)
        #expect(!FilingReport(card: c, today: today, lastContact: d("2026-11-19")).notFilledAfterVisit)
    }

    @Test func aPassedDecisionDateIsFlaggedForProspects() throws {
        var c = card()
        try c.set(.decisionDate, "2026-11-20", today: today)
        #expect(FilingReport(card: c, today: today).decisionOverdueDays == 7)
        try c.set(.status, "customer", today: today)
        #expect(FilingReport(card: c, today: today).decisionOverdueDays == nil)
    }
}
