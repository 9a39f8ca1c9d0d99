import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo greetings sent CUSTOMER [--occasion TEXT] [--at "YYYY-MM-DD HH:MM"]`: a greeting was sent; it is logged as a
/// contact of kind message (restarting the customer's contact clock like any contact). Without `--occasion`, the
/// occasion is the one today's greet list has for that customer (a festival, the birthday, a date on the card).
struct GreetingsSentCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sent", abstract: CLIText.helpLanguage.text(.greetSentAbstract))
    }
    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(help.text(.visitCustomerHelp), valueName: "customer")) var customer: String
    @Option(name: .long, help: ArgumentHelp(help.text(.greetSentOccasionHelp), valueName: "text")) var occasion: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitAtHelp), valueName: "YYYY-MM-DD HH:MM")) var at: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            let now = context.clock.timestamp()
            let when = try at.map { try VisitText.dateTime($0, field: "--at") } ?? LocalDateTime(parsing: now)!
            let typed = try occasion.map { try VisitText.line($0, field: "--occasion", required: true) }
            let db = try context.openCustomers()
            let card = try db.resolveCustomer(customer)
            let reason: String
            if let typed {
                reason = typed
            } else {
                // Today's greet list for this customer: the first occasion on the day the greeting was sent.
                let calendar = GreetingCalendar(settings: context.settings.greetings, language: words)
                let list = calendar.greetings(today: when.date, through: when.date, people: try db.greetingPeople())
                let printer = GreetingPrinter(language: words)
                guard let found = list.first(where: { $0.customers.contains { $0.id == card.id } }) else {
                    throw MustDoError.invalidInput(.greetSentNoOccasion, ["number": card.number, "date": when.date.description])
                }
                reason = printer.occasion(found)
            }
            var visit = Visit(kind: .message, at: when, customerID: card.id,
                              goal: VisitGoal(words.text(.greetSentGoal, ["occasion": reason])),
                              result: words.text(.greetSentResult))
            // A greeting counts toward the routines linked to greetings, besides being a message.
            visit.alsoCounts = [.greeting]
            let stored = try db.logVisit(visit, now: now)
            Output.out(words.text(.greetSentLogged, ["customer": VisitPrinter.customer(stored.customerNumber, stored.customerName),
                                                     "occasion": reason, "id": String(stored.id)]) + "\n")
        }
    }
}
