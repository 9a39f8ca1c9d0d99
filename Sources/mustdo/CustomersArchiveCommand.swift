import ArgumentParser
import MustDoCore

/// `mustdo customers archive ID|NUMBER|NAME`: hides the card from the list without losing it.
struct CustomersArchiveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "archive", abstract: CLIText.helpLanguage.text(.custArchiveAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String

    func run() throws {
        try CustomersArchiveCommand.setArchived(true, ref: ref, global: global, done: .custArchivedDone, unchanged: .custAlreadyArchived)
    }

    /// Archives or restores the card `ref` (its own transaction) and says which happened: `done`, or `unchanged`
    /// when the card already was so. Shared with `customers restore`.
    static func setArchived(_ archived: Bool, ref: String, global: GlobalOptions, done: MessageKey, unchanged: MessageKey) throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            let (c, changed) = try db.setCustomerArchived(id: card.id, archived, now: context.clock.timestamp())
            Output.out(context.language.text(changed ? done : unchanged, ["number": c.number, "name": c.name]) + "\n")
        }
    }
}
