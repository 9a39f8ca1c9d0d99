/// Who to greet and why over a range of days: the configured festivals (to every current customer and prospect of
/// the configured tiers), birthdays (solar or lunar; a leap-month birthday in the regular month of its number in
/// other years, a 29 February on the 28th) and the other dates on a card.
public struct GreetingCalendar: Sendable {
    /// A customer as the greet list needs it.
    public struct Person: Equatable, Sendable {
        /// The card's id.
        public var id: Int64
        /// The serial number.
        public var number: String
        /// The name.
        public var name: String
        /// The tier, if set.
        public var tier: CustomerTier?
        /// The status.
        public var status: CustomerStatus
        /// The birthday, if known.
        public var birthday: Birthday?
        /// Other dates on the card to greet on, by label.
        public var dates: [CardDate]

        /// A person.
        public init(id: Int64, number: String, name: String, tier: CustomerTier?, status: CustomerStatus, birthday: Birthday?, dates: [CardDate] = []) {
            self.id = id
            self.number = number
            self.name = name
            self.tier = tier
            self.status = status
            self.birthday = birthday
            self.dates = dates
        }
    }

    /// A labelled date on a card, kept each year like a birthday.
    public struct CardDate: Equatable, Sendable {
        /// What the date is (`结婚纪念日`, `founded`).
        public var label: String
        /// The date, solar or lunar.
        public var date: Birthday

        /// A card date.
        public init(label: String, date: Birthday) {
            self.label = label
            self.date = date
        }
    }

    /// The festivals greeted.
    public let festivals: [Festival]
    /// The tiers greeted on festivals (nil: every tier, and cards without one).
    public let tiers: Set<CustomerTier>?

    /// A calendar for `settings` in `language` (which decides the default festivals).
    public init(settings: GreetingSettings, language: Language) {
        festivals = settings.festivals(language)
        tiers = settings.tiers
    }

    /// The greetings from `today` through `last`, by date (festivals first on a day, then by customer number).
    public func greetings(today: LocalDate, through last: LocalDate, people: [Person]) -> [Greeting] {
        guard last >= today else { return [] }
        var out: [Greeting] = []
        let greetedOnFestivals = people.filter { p in
            (p.status == .customer || p.status == .prospect) && (tiers.map { t in p.tier.map(t.contains) ?? false } ?? true)
        }.sorted { ($0.number, $0.id) < ($1.number, $1.id) }
        for year in today.year...last.year {
            for f in festivals {
                guard let d = f.date(inYear: year), d >= today, d <= last else { continue }
                out.append(Greeting(date: d, daysAway: today.days(to: d), reason: .festival(f), customers: greetedOnFestivals, years: nil))
            }
        }
        for p in people where p.status != .lost {
            if let b = p.birthday {
                for d in GreetingCalendar.occurrences(of: b, from: today, through: last) {
                    out.append(Greeting(date: d, daysAway: today.days(to: d), reason: .birthday(b), customers: [p], years: GreetingCalendar.years(b, on: d)))
                }
            }
            for cd in p.dates {
                for d in GreetingCalendar.occurrences(of: cd.date, from: today, through: last) {
                    out.append(Greeting(date: d, daysAway: today.days(to: d), reason: .cardDate(label: cd.label, date: cd.date), customers: [p],
                                        years: GreetingCalendar.years(cd.date, on: d)))
                }
            }
        }
        func order(_ g: Greeting) -> Int {
            if case .festival(let f) = g.reason { return Festival.allCases.firstIndex(of: f)! }
            return 100
        }
        return out.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if order(a) != order(b) { return order(a) < order(b) }
            return (a.customers.first?.number ?? "", a.customers.first?.id ?? 0) < (b.customers.first?.number ?? "", b.customers.first?.id ?? 0)
        }
    }

    /// Whether one of the festivals falls from `today` through `last` (the greet list then names every customer greeted).
    public func hasFestival(from today: LocalDate, through last: LocalDate) -> Bool {
        guard last >= today else { return false }
        for year in today.year...last.year {
            for f in festivals {
                if let d = f.date(inYear: year), d >= today, d <= last { return true }
            }
        }
        return false
    }

    /// The month-day keys of the dates that can recur from `first` through `last`, for a store to read only the cards
    /// that may have a birthday or card date in those days: `s` + `MM-DD` for a solar date (`s02-29` too when 28 February
    /// is in range: a 29 February is kept on the 28th in other years), `l` + `MM-DD` for a lunar date of any year,
    /// leap month or not (kept in the regular month; a 30th also when the month's 29th is in range). Nil when the range
    /// is too long to be worth it (over 62 days) or leaves the lunar table: then every card is read.
    public static func recurrenceKeys(from first: LocalDate, through last: LocalDate) -> [String]? {
        guard last >= first, first.days(to: last) <= 62 else { return last < first ? [] : nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var keys: [String] = []
        var d = first
        while d <= last {
            keys.append("s" + two(d.month) + "-" + two(d.day))
            if d.month == 2, d.day == 28 { keys.append("s02-29") }
            guard let l = LunarDate(solar: d) else { return nil }
            if !l.isLeapMonth {
                keys.append("l" + two(l.month) + "-" + two(l.day))
                if l.day == 29 { keys.append("l" + two(l.month) + "-30") }
            }
            d = d.adding(days: 1)
        }
        return keys
    }

    /// Every day from `first` through `last` on which `date` recurs (never before the date itself).
    public static func occurrences(of date: Birthday, from first: LocalDate, through last: LocalDate) -> [LocalDate] {
        var out: [LocalDate] = []
        var from = max(first, date.birthDate)
        while from <= last, let d = date.next(onOrAfter: from), d <= last {
            out.append(d)
            from = d.adding(days: 1)
        }
        return out
    }

    /// The years completed on `day`, an anniversary of `date`: solar years for a solar date, lunar years for a lunar one.
    public static func years(_ date: Birthday, on day: LocalDate) -> Int? {
        switch date {
        case .solar(let d): return day.year - d.year
        case .lunar(let l): return LunarDate(solar: day).map { $0.year - l.year }
        }
    }
}
