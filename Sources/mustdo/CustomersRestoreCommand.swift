import ArgumentParser
import MustDoCore

/// `mustdo customers restore ID|NUMBER|NAME`: brings an archived (or merged) card back into the list.
struct CustomersRestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: CLIText.helpLanguage.text(.custRestoreAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            let (c, changed) = try db.setCustomerArchived(id: card.id, false, now: context.clock.timestamp())
            Output.out(context.language.text(changed ? .custRestoredDone : .custNotArchived, ["number": c.number, "name": c.name]) + "\n")
        }
    }
}
