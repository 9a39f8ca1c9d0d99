import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise list [--customer C] [--ours|--theirs] [--state S] [--all] [--json]`: promises by due date.
struct PromiseListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage.text(.promiseListAbstract))
    }
    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(help.text(.visitsCustomerHelp), valueName: "customer")) var customer: String?
    @Flag(name: .long, help: ArgumentHelp(help.text(.promiseOursHelp))) var ours = false
    @Flag(name: .long, help: ArgumentHelp(help.text(.promiseTheirsHelp))) var theirs = false
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseStateHelp), valueName: "state")) var state: String?
    @Flag(name: .long, help: ArgumentHelp(help.text(.promiseAllHelp))) var all = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            if ours && theirs { throw MustDoError.invalidInput(.promiseDirectionBoth, [:]) }
            var query = all ? PromiseQuery() : PromiseQuery.pending
            if let state {
                guard let s = PromiseState(rawValue: state.lowercased()) else { throw MustDoError.invalidInput(.promiseStateInvalid, ["text": state.quotedForMessage()]) }
                query.states = [s]
            }
            query.direction = ours ? .ours : theirs ? .theirs : nil
            let db = try context.openCustomers()
            if let customer { query.customerID = try db.resolveCustomer(customer).id }
            let promises = try db.promises(query)
            if json {
                Output.out(JSONWriter.array(promises.map { VisitRows.json($0, history: true) }) + "\n")
                return
            }
            let language = context.language
            guard !promises.isEmpty else {
                Output.out(language.text(.promiseNone) + "\n")
                return
            }
            let printer = VisitPrinter(language: language, today: context.today)
            Output.out(promises.map { printer.line($0) + "\n" }.joined() + language.text(.promiseCount, ["count": String(promises.count)]) + "\n")
        }
    }
}
