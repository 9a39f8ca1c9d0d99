import ArgumentParser
import MustDoApp
import MustDoCore

/// `mustdo themes`: the colour themes, where each comes from, the current one marked with `*`.
struct ThemesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "themes", abstract: CLIText.helpLanguage.text(.cliThemesListTheColourThemesThe))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let catalog = ThemeCatalog(
                userDirectory: context.paths.userThemes,
                shippedDirectories: ThemeCatalog.shippedDirectories(executableDirectory: Resources.executableDirectory(),
                                                                    environment: context.environment))
            Output.out(catalog.report(current: context.settings.theme ?? "default", language: context.language))
        }
    }
}
