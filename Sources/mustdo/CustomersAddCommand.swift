import ArgumentParser
import MustDoCore

/// `mustdo customers add --name NAME [--FIELD VALUE]…`: a new card with the next serial number.
struct CustomersAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.helpLanguage.text(.custAddAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(CLIText.helpLanguage.text(.custFieldsHelp, ["fields": CustomerChanges.fieldList]),
                                                            valueName: "--field value")) var fields: [String] = []

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let changes = try CustomerChanges(fields)
            guard changes.fields.contains(where: { $0.0 == .name }) else { throw MustDoError.invalidInput(.custNameEmpty, [:]) }
            var card = Customer(name: "")
            card[.createdBy] = context.environment["USER"].map { String($0.prefix(CustomerField.lineLimit)) }.flatMap { $0.firstUnsafeScalar() == nil ? $0 : nil } ?? ""
            try changes.apply(to: &card, today: context.today)
            let db = try context.openCustomers()
            let stored = try db.addCustomer(card, prefix: context.settings.customers.prefix(on: context.today), now: context.clock.timestamp())
            let printer = CustomerPrinter(language: context.language, today: context.today, settings: context.settings.customers)
            if json {
                Output.out(printer.cardJSON(stored, history: nil, mergedInto: nil) + "\n")
            } else {
                Output.out(context.language.text(.custAdded, ["number": stored.number, "name": stored.name]) + "\n")
            }
        }
    }
}
