import MustDoCore

/// The console's faces of the greet list: one line per greeting (festivals with the customers to greet), and JSON.
struct GreetingPrinter {
    let language: Language

    private var words: GreetingText { GreetingText(language: language) }

    /// What a greeting is for, in words.
    func describe(_ g: Greeting) -> String { words.describe(g) }

    /// The list as text: a title, then `date weekday  (when)  what` per greeting.
    func text(_ list: [Greeting], from: LocalDate, to: LocalDate) -> String {
        var out = language.text(.greetTitle, ["from": from.description, "to": to.description]) + "\n"
        if list.isEmpty { return out + language.text(.greetNone) + "\n" }
        for g in list { out += words.line(g) + "\n" }
        return out
    }

    /// The list as JSON: `{"from", "to", "greetings": [{"date", "days_away", "kind", "festival", "label", "date_on_card",
    /// "years", "customers": [{"id", "number", "name"}]}]}`.
    func json(_ list: [Greeting], from: LocalDate, to: LocalDate) -> String {
        JSONWriter.object([("from", JSONWriter.quote(from.description)), ("to", JSONWriter.quote(to.description)),
                           ("greetings", JSONWriter.array(list.map(item)))]) + "\n"
    }

    /// One greeting as JSON (the objects of `json`'s `greetings`, also in `mustdo plan --json`).
    func item(_ g: Greeting) -> String {
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
