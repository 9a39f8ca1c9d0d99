import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo plan [--json]`: morning planning as text.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: PlanHelp.text(.abstract), discussion: PlanHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openPrepared()
            let plan = try db.morningPlan(today: context.today, engine: context.engine, lookAhead: context.settings.dueSoonDays,
                                          promises: context.settings.promises, cadence: context.settings.cadence,
                                          greetings: context.settings.greetings, language: context.language)
            let yesterday = try LeftoverRef.yesterdayList(db: db, context: context)
            let leftovers = plan.leftovers.map { o in (ref: "y" + String((yesterday.firstIndex { $0.id == o.id } ?? 0) + 1), occurrence: o) }
            let agenda = try db.agenda(today: context.today, engine: context.engine)
            let printer = PlanPrinter(language: context.language, lookAhead: context.settings.dueSoonDays, agenda: agenda,
                                      perSection: context.settings.plan.perSection)
            Output.out(json ? printer.json(plan, leftovers: leftovers) + "\n" : printer.text(plan, leftovers: leftovers))
        }
    }
}

/// Help text for `mustdo plan` in the help language.
enum PlanHelp {
    enum Key { case abstract, discussion }

    static func text(_ key: Key) -> String {
        switch key {
        case .abstract:
            return CLIText.helpLanguage.text(.cliPlanMorningPlanningYesterdaySLeftovers)
        case .discussion:
            return CLIText.helpLanguage.text(.cliPlanYesterdaySItemsAreNumbered)
        }
    }
}
