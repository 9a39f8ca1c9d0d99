import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo sales add CUSTOMER --amount A [--volume V] [--month YYYY-MM]`: adds to the month's figure, in one transaction.
struct SalesAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.helpLanguage.text(.salesAddAbstract))
    }

    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(help.text(.salesCustomerHelp), valueName: "customer")) var customer: String
    @Option(name: .long, help: ArgumentHelp(help.text(.salesMonthHelp), valueName: "YYYY-MM")) var month: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.salesAmountHelp), valueName: "amount")) var amount: String
    @Option(name: .long, help: ArgumentHelp(help.text(.salesVolumeHelp), valueName: "volume")) var volume: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            // Every value is checked before the database is opened: a typo changes nothing.
            let m = try month.map { try SalesCommand.month($0, option: "--month", language: words) } ?? SalesMonth(containing: context.today)
            let a = try SalesCommand.quantity(amount, option: "--amount", language: words)
            let v = try volume.map { try SalesCommand.quantity($0, option: "--volume", language: words) } ?? .zero
            let db = try context.openCustomers()
            let entry = try db.addSales(customer: customer, month: m, amount: a, volume: v, now: context.clock.timestamp())
            Output.out(words.text(.salesAdded, [
                "amount": a.grouped, "customer": entry.customer.number + " " + entry.customer[.name], "month": m.description,
                "total": entry.figure.amount.grouped, "volume": entry.figure.volume.description]) + "\n")
        }
    }
}
