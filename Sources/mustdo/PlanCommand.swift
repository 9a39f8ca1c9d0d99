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
        try PlanCommand.run(global.values, json: json)
    }

    /// Prints morning planning for these option values (also the fast path of `MustDoCommand.main`). The text reads
    /// each customer section's first `[plan] per_section` lines and counts the rest in SQL; the JSON reads every entry.
    static func run(_ global: GlobalValues, json: Bool) throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let settings = context.settings
            // The text's usual case: one bare read of the file, as `mustdo today` reads its agenda.
            if !json, let quick = AppDatabase.quickMorningPlan(
                path: context.paths.database, today: context.today, engine: context.engine, lookAhead: settings.dueSoonDays,
                promises: settings.promises, cadence: settings.cadence, greetings: settings.greetings, language: context.language,
                limit: settings.plan.perSection) {
                let printer = PlanPrinter(language: context.language, lookAhead: settings.dueSoonDays, agenda: quick.agenda,
                                          perSection: settings.plan.perSection)
                Output.out(printer.text(quick.plan, leftovers: PlanCommand.leftovers(quick.plan, yesterday: quick.yesterday)))
                return
            }
            let (db, agenda) = try context.openWithAgenda()
            let yesterday = try LeftoverRef.yesterdayList(db: db, context: context)
            let plan = try db.morningPlan(today: context.today, engine: context.engine, lookAhead: settings.dueSoonDays,
                                          promises: settings.promises, cadence: settings.cadence, greetings: settings.greetings,
                                          language: context.language, agenda: agenda, yesterday: yesterday,
                                          limit: json ? nil : settings.plan.perSection)
            let leftovers = PlanCommand.leftovers(plan, yesterday: yesterday)
            let printer = PlanPrinter(language: context.language, lookAhead: settings.dueSoonDays, agenda: agenda, perSection: settings.plan.perSection)
            Output.out(json ? printer.json(plan, leftovers: leftovers) + "\n" : printer.text(plan, leftovers: leftovers))
            db.closeBeforeExit()
        }
    }

    /// Yesterday's leftovers with the refs `mustdo add` takes (`y1`, `y2`, … by their place in yesterday's list).
    private static func leftovers(_ plan: MorningPlan, yesterday: [Occurrence]) -> [(ref: String, occurrence: Occurrence)] {
        plan.leftovers.map { o in (ref: "y" + String((yesterday.firstIndex { $0.id == o.id } ?? 0) + 1), occurrence: o) }
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
