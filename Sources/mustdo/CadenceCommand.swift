import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo cadence [--losing-touch | --no-next-step] [--json]`: every customer losing touch (past their contact
/// interval, most overdue first) and every one with no next step; planning shows the most urgent few of each.
struct CadenceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "cadence", abstract: CLIText.helpLanguage.text(.cadenceAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cadenceLosingTouchHelp))) var losingTouch = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cadenceNoNextStepHelp))) var noNextStep = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let cadence = try db.contactCadence(today: context.today, settings: context.settings.cadence)
            let both = losingTouch == noNextStep
            let printer = CadencePrinter(language: context.language)
            if json {
                var pairs = [("date", JSONWriter.quote(context.today.description))]
                if both || losingTouch { pairs.append(("losing_touch", JSONWriter.array(cadence.losingTouch.map(CadencePrinter.json)))) }
                if both || noNextStep { pairs.append(("no_next_step", JSONWriter.array(cadence.noNextStep.map(CadencePrinter.json)))) }
                Output.out(JSONWriter.object(pairs) + "\n")
            } else {
                Output.out(printer.text(cadence, today: context.today, losingTouch: both || losingTouch, noNextStep: both || noNextStep))
            }
        }
    }
}

/// The console's faces of the contact cadence: text lines (the same words as planning) and JSON objects.
struct CadencePrinter {
    let language: Language

    /// Both lists, or one, as text under their headings.
    func text(_ c: ContactCadence, today: LocalDate, losingTouch: Bool, noNextStep: Bool) -> String {
        var out = language.text(.cadenceTitle, ["date": today.description]) + "\n"
        if losingTouch {
            out += "\n" + language.text(.cadenceLosingTouch, ["count": String(c.losingTouch.count)]) + "\n"
            if c.losingTouch.isEmpty { out += "  " + language.text(.cadenceNone) + "\n" }
            for e in c.losingTouch { out += "  " + PlanPresentation.losingTouchLine(e, language: language) + "\n" }
        }
        if noNextStep {
            out += "\n" + language.text(.cadenceNoNextStep, ["count": String(c.noNextStep.count)]) + "\n"
            if c.noNextStep.isEmpty { out += "  " + language.text(.cadenceNone) + "\n" }
            for e in c.noNextStep { out += "  " + PlanPresentation.noNextStepLine(e, language: language) + "\n" }
        }
        return out
    }

    /// One customer of either list: `{"id", "number", "name", "tier", "status", "last_contact", "interval_days",
    /// "days_since", "days_overdue", "has_next_step"}` (tier and last_contact null when there is none).
    static func json(_ e: CadenceEntry) -> String {
        JSONWriter.object([
            ("id", String(e.card.id)), ("number", JSONWriter.quote(e.card.number)), ("name", JSONWriter.quote(e.card.name)),
            ("tier", JSONWriter.value(e.card.tier?.rawValue)), ("status", JSONWriter.quote(e.card.status.rawValue)),
            ("last_contact", JSONWriter.value(e.card.lastContact?.description)), ("interval_days", String(e.interval)),
            ("days_since", String(e.daysSince)), ("days_overdue", String(e.daysOverdue)), ("has_next_step", e.card.hasNextStep ? "true" : "false"),
        ])
    }
}
