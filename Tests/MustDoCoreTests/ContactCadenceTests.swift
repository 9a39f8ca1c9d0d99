import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// The contact cadence without SQL: intervals by tier and by card, who is losing touch and in which order, who has no
/// next step, and the `[cadence]` / `[plan]` settings with their one-sentence errors.
@Suite struct ContactCadenceTests {
    let today = d("2026-11-26")

    func card(_ id: Int64, tier: CustomerTier?, last: String?, status: CustomerStatus = .customer, created: String = "2026-01-05",
              every: Int? = nil, next: Bool = true) -> CadenceCard {
        CadenceCard(id: id, number: "KH-\(id)", name: "C\(id)", tier: tier, status: status, lastContact: last.map(d), createdOn: d(created),
                    contactEvery: every, hasNextStep: next)
    }

    @Test func theDefaultIntervalsAreSevenFourteenAndThirtyDaysAndUntieredCountsAsGeneral() {
        let s = CadenceSettings()
        #expect(s.days(.key) == 7 && s.days(.important) == 14 && s.days(.general) == 30 && s.days(nil) == 30)
    }

    @Test func aCustomerIsLosingTouchOnlyOnceStrictlyPastTheInterval() {
        // Key: 7 days after the last contact is due, 8 is one day overdue.
        let c = ContactCadence(today: today, cards: [card(1, tier: .key, last: "2026-11-19"), card(2, tier: .key, last: "2026-11-18")],
                               settings: CadenceSettings())
        #expect(c.losingTouch.map(\.card.id) == [2])
        #expect(c.losingTouch[0].daysOverdue == 1 && c.losingTouch[0].daysSince == 8 && c.losingTouch[0].interval == 7)
    }

    @Test func mostOverdueComeFirstThenKeyBeforeImportantBeforeGeneralThenNumber() {
        let cards = [card(1, tier: .general, last: "2026-10-01"),   // 56 days, 26 overdue
                     card(2, tier: .important, last: "2026-10-29"), // 28 days, 14 overdue
                     card(3, tier: .key, last: "2026-11-05"),       // 21 days, 14 overdue
                     card(4, tier: nil, last: "2026-10-20"),        // 37 days, 7 overdue (as general)
                     card(5, tier: .key, last: "2026-11-25")]       // fine
        let c = ContactCadence(today: today, cards: cards, settings: CadenceSettings())
        #expect(c.losingTouch.map(\.card.id) == [1, 3, 2, 4])
        #expect(c.losingTouch.map(\.daysOverdue) == [26, 14, 14, 7])
    }

    @Test func aCardsOwnIntervalOverridesItsTiersAndTheSettingsChangeTheTiers() {
        var s = CadenceSettings()
        s.daysByTier[.general] = 60
        let c = ContactCadence(today: today, cards: [card(1, tier: .general, last: "2026-10-01"), card(2, tier: .general, last: "2026-11-20", every: 3)],
                               settings: s)
        #expect(c.losingTouch.map(\.card.id) == [2])
        #expect(c.losingTouch[0].daysOverdue == 3)
    }

    @Test func aCardNeverContactedCountsFromTheDayItWasCreated() {
        let c = ContactCadence(today: today, cards: [card(1, tier: .key, last: nil, created: "2026-11-01")], settings: CadenceSettings())
        #expect(c.losingTouch.first?.daysSince == 25 && c.losingTouch.first?.daysOverdue == 18)
    }

    @Test func dormantAndLostCustomersAreNotChased() {
        let cards = [card(1, tier: .key, last: "2026-01-01", status: .dormant, next: false), card(2, tier: .key, last: "2026-01-01", status: .lost, next: false),
                     card(3, tier: .key, last: "2026-01-01", status: .prospect, next: false)]
        let c = ContactCadence(today: today, cards: cards, settings: CadenceSettings())
        #expect(c.losingTouch.map(\.card.id) == [3])
        #expect(c.noNextStep.map(\.card.id) == [3])
    }

    @Test func noNextStepListsKeyCustomersFirstThenTheLongestWithoutContact() {
        let cards = [card(1, tier: .general, last: "2026-11-01", next: false), card(2, tier: .key, last: "2026-11-25", next: false),
                     card(3, tier: .key, last: "2026-11-10", next: false), card(4, tier: .key, last: "2026-01-01", next: true)]
        let c = ContactCadence(today: today, cards: cards, settings: CadenceSettings())
        #expect(c.noNextStep.map(\.card.id) == [3, 2, 1])
    }

    @Test func severityGrowsWithEachMoreIntervalPastTheFirst() {
        func severity(_ last: String) -> CadenceEntry.Severity { ContactCadence.entry(card(1, tier: .key, last: last), today: today, settings: CadenceSettings()).severity }
        #expect(severity("2026-11-18") == .slight)   // 1 overdue
        #expect(severity("2026-11-12") == .overdue)  // 7 overdue
        #expect(severity("2026-11-05") == .long)     // 14 overdue
    }

    @Test func cadenceAndPlanSettingsAreReadFromConfig() throws {
        let s = try Settings(text: "[cadence]\nkey = 5\ngeneral = 45\n[plan]\nper_section = 3\n", file: "config.toml")
        #expect(s.cadence.days(.key) == 5 && s.cadence.days(.important) == 14 && s.cadence.days(.general) == 45 && s.cadence.days(nil) == 45)
        #expect(s.plan.perSection == 3)
        #expect(Settings().plan.perSection == 10)
    }

    @Test(arguments: ["[cadence]\nkey = 0\n", "[cadence]\nkey = \"weekly\"\n", "[cadence]\nimportant = 4000\n", "[cadence]\nvip = 3\n",
                      "cadence = 7\n", "[plan]\nper_section = 0\n"])
    func aBadIntervalIsOneSentenceNamingTheLineWithExitCode78(text: String) {
        do {
            _ = try Settings(text: text, file: "config.toml")
            Issue.record("accepted \(text)")
        } catch let e as MustDoError {
            let message = e.message(.en)
            #expect(e.exitCode == 78)
            #expect(message.hasPrefix("config.toml, line "))
            #expect(!message.contains("\n"))
            #expect(message.hasSuffix("fix that line in the file."))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func theCardFieldTakesAWholeNumberOfDaysOrNothing() throws {
        var c = Customer(name: "张三")
        try c.set(.contactEvery, " 10 ", today: today)
        #expect(c.contactEvery == 10 && c[.contactEvery] == "10")
        try c.set(.contactEvery, "", today: today)
        #expect(c.contactEvery == nil)
        for bad in ["0", "-3", "3650000", "weekly", "7.5"] {
            #expect(throws: MustDoError.self) { try c.set(.contactEvery, bad, today: today) }
        }
        do { try c.set(.contactEvery, "weekly", today: today) } catch let e as MustDoError {
            #expect(e.message(.en) == "'weekly' is not a number of days for --contact-every: use a whole number 1–3650, or an empty value to follow the tier's interval.")
            #expect(e.message(.zh).contains("--contact-every"))
        }
    }
}
