import ArgumentParser
import MustDoCore

/// `mustdo customers edit ID|NUMBER|NAME --FIELD VALUE…`: changes recorded in the card's history, one transaction.
struct CustomersEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: CLIText.helpLanguage.text(.custEditAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(CLIText.helpLanguage.text(.custFieldsHelp, ["fields": CustomerChanges.fieldList]),
                                                            valueName: "--field value")) var fields: [String] = []

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let language = context.language
            let changes = try CustomerChanges(fields)
            if changes.isEmpty { throw MustDoError.invalidInput(.custNothingToChange, [:]) }
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            let (before, after) = try db.editCustomer(id: card.id, now: context.clock.timestamp(), reviewedOn: changes.reviewed ? context.today : nil) { c in
                try changes.apply(to: &c, today: context.today)
            }
            let printer = CustomerPrinter(language: language, today: context.today, settings: context.settings.customers)
            var parts: [String] = CustomerField.allCases.filter { before[$0] != after[$0] }.map { f in
                f.label(language) + " " + (after[f].isEmpty ? "—" : f == .tier ? after.tier?.name(language) ?? "—" : CustomerPrinter.clip(printer.value(f, of: after), 40))
            }
            if before.people != after.people { parts.append(language.text(.custLabelPeople)) }
            if before.tags != after.tags { parts.append(language.text(.custLabelTags) + " " + (after.tags.isEmpty ? "—" : after.tags.joined(separator: ", "))) }
            if parts.isEmpty && before.reviewedOn != after.reviewedOn { parts.append(language.text(.custHistoryReviewed)) }
            if parts.isEmpty {
                Output.out(language.text(.custUnchanged, ["number": after.number, "name": after.name]) + "\n")
            } else {
                Output.out(language.text(.custEdited, ["number": after.number, "name": after.name,
                                                       "changes": parts.joined(separator: language.text(.cliListSeparator))]) + "\n")
            }
        }
    }
}
