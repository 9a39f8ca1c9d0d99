import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise add CUSTOMER --ours|--theirs --what TEXT --by DATE […]`.
struct PromiseAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.helpLanguage.text(.promiseAddAbstract))
    }
    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(help.text(.visitCustomerHelp), valueName: "customer")) var customer: String
    @Flag(name: .long, help: ArgumentHelp(help.text(.promiseOursHelp))) var ours = false
    @Flag(name: .long, help: ArgumentHelp(help.text(.promiseTheirsHelp))) var theirs = false
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseWhatHelp), valueName: "text")) var what: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseByHelp), valueName: "YYYY-MM-DD")) var by: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseKindHelp), valueName: "kind")) var kind: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseWhoHelp), valueName: "name")) var who: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseConditionsHelp), valueName: "text")) var conditions: String?
    @Flag(name: .long, help: ArgumentHelp(help.text(.promiseWrittenHelp))) var written = false
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseCredibilityHelp), valueName: "level")) var credibility: String?
    @Option(name: .customLong("credibility-note"), help: ArgumentHelp(help.text(.promiseCredibilityNoteHelp), valueName: "text")) var credibilityNote: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.promiseRemindHelp), valueName: "days")) var remind: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let language = context.language
            let promiseKind = try kind.map { k in try PromiseKind(word: k).orThrow(MustDoError.invalidInput(.promiseKindInvalid, ["text": k.quotedForMessage()])) } ?? .general
            if ours && theirs { throw MustDoError.invalidInput(.promiseDirectionBoth, [:]) }
            let customersOwn = promiseKind == .payment || promiseKind == .action
            if ours && customersOwn { throw MustDoError.invalidInput(.promiseKindTheirs, ["kind": promiseKind.label(language)]) }
            guard ours || theirs || customersOwn else { throw MustDoError.invalidInput(.promiseDirectionNeeded, [:]) }
            let direction: PromiseDirection = ours ? .ours : .theirs
            let whatText = try VisitText.line(what ?? "", field: "--what", required: true)
            guard let by else { throw MustDoError.invalidInput(.visitFieldEmpty, ["field": "--by"]) }
            let due = try VisitText.date(by, field: "--by")
            let level = try credibility.map { c in try Credibility(word: c).orThrow(MustDoError.invalidInput(.credibilityInvalid, ["text": c.quotedForMessage()])) }
            let days = try remind.map { r -> Int in
                guard let n = Int(r), (0...PromiseSettings.remindLimit).contains(n) else {
                    throw MustDoError.invalidInput(.promiseRemindRange, ["value": r.quotedForMessage(), "limit": String(PromiseSettings.remindLimit)])
                }
                return n
            }
            let promise = Promise(direction: direction, kind: promiseKind, customerID: 0, who: try VisitText.line(who ?? "", field: "--who"), what: whatText,
                                  due: due, conditions: try VisitText.text(conditions ?? "", field: "--conditions"), inWriting: written, credibility: level,
                                  credibilityNote: try VisitText.line(credibilityNote ?? "", field: "--credibility-note"), remindDays: days, madeOn: context.today)
            var checked = promise
            try checked.validate()
            let db = try context.openCustomers()
            checked.customerID = try db.resolveCustomer(customer).id
            let stored = try db.addPromise(checked, now: context.clock.timestamp())
            if json {
                Output.out(VisitRows.json(stored, history: true) + "\n")
                return
            }
            Output.out(language.text(.promiseAdded, ["id": String(stored.id), "direction": stored.direction.label(language),
                                                     "customer": VisitPrinter.customer(stored.customerNumber, stored.customerName), "what": stored.what,
                                                     "due": stored.due.description, "remind": String(stored.reminderDays(context.settings.promises))]) + "\n")
        }
    }
}
