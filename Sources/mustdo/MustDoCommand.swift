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
                          WeekCommand.self, PlanCommand.self, JournalCommand.self, AddCommand.self, FocusCommand.self,
                          AddCountCommand.self, RoutinesCommand.self, ExportCommand.self, BackupCommand.self, HolidaysCommand.self,
                          PeriodsCommand.self, ThemesCommand.self, InitCommand.self])
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.help(.themeOption), valueName: "name")) var theme: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            try ScreenLauncher(context: try AppContext(global), themeName: theme).run()
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
