import ArgumentParser
import MustDoCore

/// `mustdo customers [list] [--tier T] [--status S] [--tag T] [--search TEXT] [--sort S] [--archived] [--json]`.
struct CustomersListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage.text(.custListAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custTierHelp), valueName: "tier")) var tier: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custStatusHelp), valueName: "status")) var status: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custTagHelp), valueName: "tag")) var tag: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cxSearchHelp), valueName: "text")) var search: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custSortHelp), valueName: "order")) var sort: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.custArchivedHelp))) var archived = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            var query = CustomerQuery(tag: tag, search: search, archived: archived)
            if let tier {
                guard let t = CustomerTier(name: tier) else {
                    throw MustDoError.invalidInput(.custBadFilter, ["option": "--tier", "text": tier.quotedForMessage(), "values": "key, important, general"])
                }
                query.tier = t
            }
            if let status {
                guard let s = CustomerStatus(name: status) else {
                    throw MustDoError.invalidInput(.custBadFilter, ["option": "--status", "text": status.quotedForMessage(),
                                                                    "values": "prospect, customer, dormant, lost"])
                }
                query.status = s
            }
            if let sort {
                guard let s = CustomerSort(rawValue: sort) else { throw MustDoError.invalidInput(.custBadSort, ["text": sort.quotedForMessage()]) }
                query.sort = s
            }
            if let search { try CustomerQuery.checkSearch(search) }
            let db = try context.openCustomers()
            if json {
                let printer = CustomerPrinter(language: context.language, today: context.today, settings: context.settings.customers)
                Output.out(printer.listJSON(try db.customers(query)) + "\n")
            } else {
                // The list's one presentation model, as the screen builds it, from one lean query (the filters and the
                // search done by SQLite and the stored keys), ordered by the model; printed in one write.
                let rows = try db.customerList(query, today: context.today, reviewDays: context.settings.customers.reviewDays).rows
                let list = CustomerListPresentation(rows: rows, language: context.language)
                CustomersListTable(language: context.language).print(list, list.order(query.sort, .init()))
            }
        }
    }
}
