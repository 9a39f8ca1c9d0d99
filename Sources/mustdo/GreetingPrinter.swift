import MustDoCore

/// The console's faces of the greet list: one line per greeting (festivals with the customers to greet), and JSON.
struct GreetingPrinter {
    let language: Language

    /// Names shown on a festival's line before "and N more".
    static let namesShown = 10

    private func who(_ p: GreetingCalendar.Person) -> String { p.name.isEmpty ? p.number : p.number + " " + p.name }

    private func when(_ days: Int) -> String {
        days == 0 ? language.text(.greetToday) : days == 1 ? language.text(.greetTomorrow) : language.text(.greetInDays, ["days": String(days)])
    }

    private func lunarNote(_ b: Birthday) -> String {
        if case .lunar(let l) = b { return "  " + language.text(.greetLunarNote, ["lunar": l.chineseName]) }
        return ""
    }

    /// What a greeting is for, in words.
    func describe(_ g: Greeting) -> String {
        switch g.reason {
        case .festival(let f):
            guard !g.customers.isEmpty else { return language.text(.greetFestivalNobody, ["festival": f.name(language)]) }
            var names = g.customers.prefix(GreetingPrinter.namesShown).map(who).joined(separator: ", ")
            if g.customers.count > GreetingPrinter.namesShown {
                names += " " + language.text(.greetMore, ["count": String(g.customers.count - GreetingPrinter.namesShown)])
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

    /// The list as text: a title, then `date weekday  (when)  what` per greeting.
    func text(_ list: [Greeting], from: LocalDate, to: LocalDate) -> String {
        var out = language.text(.greetTitle, ["from": from.description, "to": to.description]) + "\n"
        if list.isEmpty { return out + language.text(.greetNone) + "\n" }
        let vocabulary = Vocabulary(language)
        for g in list {
            out += "\(g.date) \(vocabulary.weekdayShort(g.date.weekday))  \(when(g.daysAway))  \(describe(g))\n"
        }
        return out
    }

    /// The list as JSON: `{"from", "to", "greetings": [{"date", "days_away", "kind", "festival", "label", "date_on_card",
    /// "years", "customers": [{"id", "number", "name"}]}]}`.
    func json(_ list: [Greeting], from: LocalDate, to: LocalDate) -> String {
        let items = list.map { g -> String in
            var kind = "festival", festival: String? = nil, label: String? = nil, onCard: String? = nil
            switch g.reason {
            case .festival(let f): festival = f.rawValue
            case .birthday(let b): kind = "birthday"; onCard = b.description
            case .cardDate(let l, let d): kind = "date"; label = l; onCard = d.description
            }
            let customers = g.customers.map {
                JSONWriter.object([("id", String($0.id)), ("number", JSONWriter.quote($0.number)), ("name", JSONWriter.quote($0.name))])
            }
            return JSONWriter.object([
                ("date", JSONWriter.quote(g.date.description)), ("days_away", String(g.daysAway)), ("kind", JSONWriter.quote(kind)),
                ("festival", JSONWriter.value(festival)), ("name", JSONWriter.quote(describeName(g))), ("label", JSONWriter.value(label)),
                ("date_on_card", JSONWriter.value(onCard)), ("years", JSONWriter.value(g.years)), ("customers", JSONWriter.array(customers)),
            ])
        }
        return JSONWriter.object([("from", JSONWriter.quote(from.description)), ("to", JSONWriter.quote(to.description)),
                                  ("greetings", JSONWriter.array(items))]) + "\n"
    }

    /// The occasion alone, as a logged greeting names it: the festival, "birthday", or the card date's label.
    func occasion(_ g: Greeting) -> String {
        switch g.reason {
        case .festival(let f): return f.name(language)
        case .birthday: return language.text(.greetSentBirthday)
        case .cardDate(let label, _): return label
        }
    }

    /// The festival's name, or what the greeting is for without the customer list.
    private func describeName(_ g: Greeting) -> String {
        if case .festival(let f) = g.reason { return f.name(language) }
        return describe(g)
    }
}
