import ArgumentParser
import MustDoCore

/// `mustdo customers forget ID|NUMBER|NAME --yes`: erases the person's data for good (privacy law), keeping anonymous counts.
struct CustomersForgetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "forget", abstract: CLIText.helpLanguage.text(.custForgetAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custYesHelp))) var yes = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            if card.isForgotten { throw MustDoError.invalidInput(.custIsForgotten, ["number": card.number]) }
            guard yes else { throw MustDoError.invalidInput(.custForgetNeedsYes, ["number": card.number]) }
            let number = try db.forgetCustomer(id: card.id, now: context.clock.timestamp())
            Output.out(context.language.text(.custForgottenDone, ["number": number]) + "\n")
        }
    }
}
