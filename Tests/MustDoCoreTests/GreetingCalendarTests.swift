import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

/// Festivals, birthdays (leap months, 29 February) and card dates in the greet list.
@Suite struct GreetingCalendarTests {
    func person(_ id: Int64, _ birthday: String? = nil, tier: CustomerTier? = nil, status: CustomerStatus = .customer,
                dates: [GreetingCalendar.CardDate] = []) -> GreetingCalendar.Person {
        GreetingCalendar.Person(id: id, number: "KH-\(id)", name: "P\(id)", tier: tier, status: status,
                                birthday: birthday.flatMap { Birthday(parsing: $0) }, dates: dates)
    }

    @Test func festivalsOfKnownYears() {
        #expect(Festival.springFestival.date(inYear: 2026) == d("2026-02-17"))
        #expect(Festival.midAutumn.date(inYear: 2026) == d("2026-09-25"))
        #expect(Festival.qingming.date(inYear: 2026) == d("2026-04-05"))
        #expect(Festival.qingming.date(inYear: 2008) == d("2008-04-04"))
        #expect(Festival.doubleNinth.date(inYear: 2025) == d("2025-10-29"))
        #expect(Festival.qixi.date(inYear: 2023) == d("2023-08-22"))
        #expect(Festival(name: "中秋") == .midAutumn && Festival(name: "中秋节") == .midAutumn && Festival(name: "Mid-Autumn") == .midAutumn)
        #expect(Festival(name: "七") == nil && Festival(name: "圣诞") == .christmas)
    }

    @Test func defaultsFollowTheLanguage() {
        let zh = GreetingCalendar(settings: GreetingSettings(), language: .zh)
        #expect(zh.festivals.count == 9 && !zh.festivals.contains(.christmas))
        #expect(GreetingCalendar(settings: GreetingSettings(), language: .en).festivals == [.newYear, .christmas])
    }

    @Test func aLunarBirthdayInALeapMonthIsKeptInTheRegularMonth() {
        // Born 2020 闰四月十二 (2020-06-03); 2021 has no leap fourth month: 四月十二 = 2021-05-23.
        let p = person(1, "lunar:2020-L04-12")
        let cal = GreetingCalendar(settings: GreetingSettings(), language: .en)
        let list = cal.greetings(today: d("2021-05-01"), through: d("2021-06-30"), people: [p])
        #expect(list.map(\.date) == [d("2021-05-23")] && list[0].years == 1)
        // 2023 has a leap second month only: 四月十二 = 2023-05-30 (borax agrees).
        #expect(cal.greetings(today: d("2023-01-01"), through: d("2023-12-31"), people: [p]).filter { $0.reason == .birthday(p.birthday!) }.map(\.date) == [d("2023-05-30")])
    }

    @Test func the29thOfFebruaryFallsOnThe28thInOtherYears() {
        let cal = GreetingCalendar(settings: GreetingSettings(), language: .en)
        let p = person(1, "1984-02-29")
        #expect(cal.greetings(today: d("2027-02-01"), through: d("2027-03-05"), people: [p]).map(\.date) == [d("2027-02-28")])
        let leap = cal.greetings(today: d("2028-02-01"), through: d("2028-03-05"), people: [p])
        #expect(leap.map(\.date) == [d("2028-02-29")] && leap[0].years == 44)
    }

    @Test func aLongRangeListsEachAnniversaryOnce() {
        var s = GreetingSettings()
        s.festivals = []
        let cal = GreetingCalendar(settings: s, language: .zh)
        let p = person(1, "1990-06-01", dates: [GreetingCalendar.CardDate(label: "结婚纪念日", date: Birthday(parsing: "lunar:2015-08-15")!)])
        let list = cal.greetings(today: d("2026-01-01"), through: d("2027-01-01"), people: [p])
        #expect(list.count == 2 && list[0].date == d("2026-06-01") && list[1].date == d("2026-09-25") && list[1].years == 11)
    }

    @Test func festivalsGreetCurrentCustomersOfTheChosenTiers() throws {
        var s = GreetingSettings()
        s.festivals = [.christmas]
        s.tiers = [.key]
        let cal = GreetingCalendar(settings: s, language: .en)
        let people = [person(1, tier: .key), person(2, tier: .general), person(3, tier: .key, status: .lost), person(4)]
        let list = cal.greetings(today: d("2026-12-20"), through: d("2026-12-31"), people: people)
        #expect(list.count == 1 && list[0].customers.map(\.id) == [1] && list[0].daysAway == 5)
        // A lost customer's birthday is not listed; a dormant one's is.
        let birthdays = cal.greetings(today: d("2026-01-01"), through: d("2026-01-31"),
                                      people: [person(5, "1980-01-10", status: .lost), person(6, "1980-01-11", status: .dormant)])
        #expect(birthdays.map { $0.customers[0].id } == [6])
    }

    @Test func settingsAreReadAndRefusedByLine() throws {
        let s = try Settings(text: "[greetings]\nfestivals = [\"春节\", \"christmas\"]\ndays_ahead = 14\ntiers = [\"key\"]\n", file: "c.toml")
        #expect(s.greetings.festivals == [.springFestival, .christmas] && s.greetings.daysAhead == 14 && s.greetings.tiers == [.key])
        #expect(throws: MustDoError.configInvalid(file: "c.toml", line: 3, key: "days_ahead", problem: "use a number of days 0–366")) {
            try Settings(text: "[greetings]\nfestivals = []\ndays_ahead = 400\n", file: "c.toml")
        }
        #expect(throws: (any Error).self) { try Settings(text: "[greetings]\nfestivals = [\"halloween\"]\n", file: "c.toml") }
    }
}
