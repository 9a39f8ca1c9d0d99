import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise renegotiate ID --by DATE [--note TEXT]`: a new date by agreement; the old one stays in the history.
struct PromiseRenegotiateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "renegotiate", abstract: CLIText.helpLanguage.text(.promiseRenegotiateAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.promiseIDHelp), valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.promiseNewByHelp), valueName: "YYYY-MM-DD")) var by: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.promiseNoteHelp), valueName: "text")) var note: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let number = try PromiseCommand.id(id)
            guard let by else { throw MustDoError.invalidInput(.visitFieldEmpty, ["field": "--by"]) }
            let due = try VisitText.date(by, field: "--by")
            let text = try VisitText.line(note ?? "", field: "--note")
            let (before, after) = try context.openCustomers().renegotiatePromise(id: number, newDue: due, note: text, now: context.clock.timestamp())
            Output.out(context.language.text(.promiseRenegotiated, ["id": String(after.id), "due": after.due.description, "old": before.due.description]) + "\n")
        }
    }
}
