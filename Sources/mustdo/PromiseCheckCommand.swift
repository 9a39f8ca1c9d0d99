import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise check ID [--note TEXT]`: the buyer's progress on a long promise was checked and the conditions recalled.
struct PromiseCheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLIText.helpLanguage.text(.promiseCheckAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.promiseIDHelp), valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.promiseNoteHelp), valueName: "text")) var note: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let number = try PromiseCommand.id(id)
            let text = try VisitText.line(note ?? "", field: "--note")
            let (_, after) = try context.openCustomers().checkPromiseProgress(id: number, today: context.today, note: text, now: context.clock.timestamp())
            Output.out(context.language.text(.promiseChecked, ["id": String(after.id), "what": after.what,
                                                               "days": String(context.settings.promises.checkEveryDays)]) + "\n")
        }
    }
}
