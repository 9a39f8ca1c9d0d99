import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise show ID [--json]`: one promise with its conditions and history.
struct PromiseShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLIText.helpLanguage.text(.promiseShowAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.promiseIDHelp), valueName: "id")) var id: String
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let number = try PromiseCommand.id(id)
            let p = try context.openCustomers().promise(id: number)
            Output.out(json ? VisitRows.json(p, history: true) + "\n" : VisitPrinter(language: context.language, today: context.today).detail(p))
        }
    }
}
