import ArgumentParser
import MustDoCore

/// `mustdo today`: today's lists for all six periods.
struct TodayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "today", abstract: CLIText.help(.today))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try TodayCommand.run(global.values, json: json)
    }

    /// Prints today's lists for these option values.
    static func run(_ global: GlobalValues, json: Bool) throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let printer = AgendaPrinter(language: context.language, settings: context.settings.calendar)
            if let agenda = context.quickAgenda() {
                Output.out(json ? printer.json(agenda) + "\n" : printer.text(agenda))
                return
            }
            let (db, agenda) = try context.openWithAgenda()
            Output.out(json ? printer.json(agenda) + "\n" : printer.text(agenda))
            db.closeBeforeExit()
        }
    }
}
