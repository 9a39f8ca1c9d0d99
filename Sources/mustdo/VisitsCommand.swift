import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo visits [--customer C] [--from D --to D] [--kind K] [--no-action] [--json]`: visits, newest first, and how many moved an order.
struct VisitsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "visits", abstract: CLIText.helpLanguage.text(.visitsAbstract))
    }
    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(help.text(.visitsCustomerHelp), valueName: "customer")) var customer: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitsFromHelp), valueName: "YYYY-MM-DD")) var from: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitsToHelp), valueName: "YYYY-MM-DD")) var to: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitKindHelp), valueName: "kind")) var kind: String?
    @Flag(name: .customLong("no-action"), help: ArgumentHelp(help.text(.visitsNoActionHelp))) var noAction = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            var query = VisitQuery(noActionOnly: noAction)
            query.from = try from.map { try VisitText.date($0, field: "--from") }
            query.to = try to.map { try VisitText.date($0, field: "--to") }
            if let f = query.from, let t = query.to, f > t {
                throw MustDoError.invalidInput(.visitsRangeReversed, ["from": f.description, "to": t.description])
            }
            query.kind = try kind.map { k in try VisitKind(word: k).orThrow(MustDoError.invalidInput(.visitKindInvalid, ["text": k.quotedForMessage()])) }
            let db = try context.openCustomers()
            if let customer { query.customerID = try db.resolveCustomer(customer).id }
            let visits = try db.visits(query)
            let tally = VisitTally(visits)
            if json {
                Output.out(JSONWriter.object([("visits", JSONWriter.array(visits.map(VisitRows.json))), ("total", String(tally.total)),
                                              ("moved_order", String(tally.moved)), ("no_action", String(tally.notMoved))]) + "\n")
                return
            }
            let language = context.language
            guard !visits.isEmpty else {
                Output.out(language.text(.visitsNone) + "\n")
                return
            }
            let printer = VisitPrinter(language: language, today: context.today)
            Output.out(printer.list(VisitListPresentation(visits: visits, language: language)))
        }
    }
}
