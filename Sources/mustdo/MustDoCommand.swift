import ArgumentParser
import MustDoCore

/// The `mustdo` command: subcommands for the console, the full-screen view with none.
@main
struct MustDoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "mustdo",
            abstract: CLIText.help(.root),
            version: "0.1.0",
            subcommands: [TodayCommand.self, CheckCommand.self, UncheckCommand.self, SkipCommand.self,
                          AddCountCommand.self, RoutinesCommand.self, InitCommand.self])
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        // Until the screen lands, `mustdo` alone prints today's lists.
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openPrepared()
            Output.out(AgendaPrinter(language: context.language, settings: context.settings.calendar)
                .text(try db.agenda(today: context.today, engine: context.engine)))
        }
    }
}

/// Runs `body`; a user-facing error is printed as one sentence on stderr and ends the process with its exit code.
func reportingErrors(language: String?, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as MustDoError {
        let lang = language.flatMap { Language(code: $0) } ?? CLIText.helpLanguage
        Output.err("mustdo: " + error.message(lang))
        throw ExitCode(error.exitCode)
    }
}
