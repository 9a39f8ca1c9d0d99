import ArgumentParser
import MustDoCore

/// `mustdo customers show ID|NUMBER|NAME [--json]`: every field, the people, filing warnings and the history.
struct CustomersShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: CLIText.helpLanguage.text(.custShowAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            let history = try db.customerHistory(id: card.id)
            let mergedInto = try card.mergedInto.flatMap { try db.customer(id: $0)?.number }
            let printer = CustomerPrinter(language: context.language, today: context.today, settings: context.settings.customers)
            Output.out(json ? printer.cardJSON(card, history: history, mergedInto: mergedInto) + "\n"
                            : printer.card(card, history: history, mergedInto: mergedInto,
                                           timeline: try db.timelineRecords(customerID: card.id)))
        }
    }
}
