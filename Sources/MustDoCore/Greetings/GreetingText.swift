/// The words for one greeting (what it is for, who, when), shared by `mustdo greetings`, `mustdo plan` and the
/// planning screen so the faces cannot disagree.
public struct GreetingText: Sendable {
    /// The language.
    public let language: Language

    /// Words in `language`.
    public init(language: Language) { self.language = language }

    /// Names shown on a festival's line before "and N more".
    public static let namesShown = 10

    private func who(_ p: GreetingCalendar.Person) -> String { p.name.isEmpty ? p.number : p.number + " " + p.name }

    /// `today`, `tomorrow` or `in 3 days`.
    public func when(_ days: Int) -> String {
        days == 0 ? language.text(.greetToday) : days == 1 ? language.text(.greetTomorrow) : language.text(.greetInDays, ["days": String(days)])
    }

    private func lunarNote(_ b: Birthday) -> String {
        if case .lunar(let l) = b { return "  " + language.text(.greetLunarNote, ["lunar": l.chineseName]) }
        return ""
    }

    /// What a greeting is for, in words (a festival with the first customers to greet and how many more).
    public func describe(_ g: Greeting) -> String {
        switch g.reason {
        case .festival(let f):
            guard !g.customers.isEmpty else { return language.text(.greetFestivalNobody, ["festival": f.name(language)]) }
            var names = g.customers.prefix(GreetingText.namesShown).map(who).joined(separator: ", ")
            if g.customers.count > GreetingText.namesShown {
                names += " " + language.text(.greetMore, ["count": String(g.customers.count - GreetingText.namesShown)])
            }
            return language.text(.greetFestivalLine, ["festival": f.name(language), "count": String(g.customers.count), "names": names])
        case .birthday(let b):
            let c = who(g.customers[0])
            let line = g.years.map { language.text(.greetBirthdayYears, ["customer": c, "years": String($0)]) } ?? language.text(.greetBirthday, ["customer": c])
            return line + lunarNote(b)
        case .cardDate(let label, let d):
            let c = who(g.customers[0])
            let line = g.years.flatMap { $0 > 0 ? language.text(.greetCardDateYears, ["label": label, "customer": c, "years": String($0)]) : nil }
                ?? language.text(.greetCardDate, ["label": label, "customer": c])
            return line + lunarNote(d)
        }
    }

    /// `2026-12-01 Tue  in 3 days  …`: one line of the greet list.
    public func line(_ g: Greeting) -> String {
        "\(g.date) \(Vocabulary(language).weekdayShort(g.date.weekday))  \(when(g.daysAway))  \(describe(g))"
    }
}
