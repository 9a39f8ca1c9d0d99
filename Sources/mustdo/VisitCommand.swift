import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo visit CUSTOMER --goal … --result … […]`: log a visit, call, message or meal right after it happened.
struct VisitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "visit", abstract: CLIText.helpLanguage.text(.visitAbstract))
    }
    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(help.text(.visitCustomerHelp), valueName: "customer")) var customer: String
    @Option(name: .long, help: ArgumentHelp(help.text(.visitGoalHelp), valueName: "text")) var goal: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitResultHelp), valueName: "text")) var result: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitHappenedHelp), valueName: "text")) var happened: String?
    @Option(name: .customLong("target-high"), help: ArgumentHelp(help.text(.visitTargetHighHelp), valueName: "text")) var targetHigh: String?
    @Option(name: .customLong("target-medium"), help: ArgumentHelp(help.text(.visitTargetMediumHelp), valueName: "text")) var targetMedium: String?
    @Option(name: .customLong("target-low"), help: ArgumentHelp(help.text(.visitTargetLowHelp), valueName: "text")) var targetLow: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitPersonHelp), valueName: "name")) var person: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitCommitHelp), valueName: "what")) var commit: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitByHelp), valueName: "YYYY-MM-DD")) var by: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitWhoHelp), valueName: "name")) var who: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitNextHelp), valueName: "YYYY-MM-DD HH:MM")) var next: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitPlaceHelp), valueName: "text")) var place: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitAboutHelp), valueName: "text")) var about: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitKindHelp), valueName: "kind")) var kind: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitAtHelp), valueName: "YYYY-MM-DD HH:MM")) var at: String?
    @Option(name: .customLong("as"), help: ArgumentHelp(help.text(.linkVisitAsHelp), valueName: "kinds")) var also: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let now = context.clock.timestamp()
            // Everything typed is checked before the database is opened: a mistake changes nothing.
            let visitKind = try kind.map { k in try VisitKind(word: k).orThrow(MustDoError.invalidInput(.visitKindInvalid, ["text": k.quotedForMessage()])) } ?? .visit
            let when = try at.map { try VisitText.dateTime($0, field: "--at") } ?? LocalDateTime(parsing: now)!
            let goalText = try VisitText.line(goal ?? "", field: "--goal", required: true)
            let resultText = try VisitText.text(result ?? "", field: "--result", required: true)
            var goal = VisitGoal(goalText)
            goal.high = try VisitText.line(targetHigh ?? "", field: "--target-high")
            goal.medium = try VisitText.line(targetMedium ?? "", field: "--target-medium")
            goal.low = try VisitText.line(targetLow ?? "", field: "--target-low")
            var commitment: ActionCommitment?
            if let commit {
                guard let by else { throw MustDoError.invalidInput(.visitCommitNeedsBy, [:]) }
                commitment = ActionCommitment(who: try VisitText.line(who ?? "", field: "--who"), what: try VisitText.line(commit, field: "--commit", required: true),
                                              by: try VisitText.date(by, field: "--by"))
            } else if by != nil || who != nil {
                throw MustDoError.invalidInput(.visitByNeedsCommit, [:])
            }
            var appointment: Appointment?
            if let next {
                appointment = Appointment(customerID: 0, at: try VisitText.dateTime(next, field: "--next"),
                                          place: try VisitText.line(place ?? "", field: "--place"), about: try VisitText.line(about ?? "", field: "--about"))
            } else if place != nil || about != nil {
                throw MustDoError.invalidInput(.visitNextNeeded, [:])
            }
            let extras = try VisitCommand.extras(also)
            let db = try context.openCustomers()
            let card = try db.resolveCustomer(customer)
            var visit = Visit(kind: visitKind, at: when, customerID: card.id, person: try VisitText.line(person ?? "", field: "--person"), goal: goal,
                              happened: try VisitText.text(happened ?? "", field: "--happened"), result: resultText, commitment: commitment, next: appointment)
            visit.alsoCounts = extras
            let stored = try db.logVisit(visit, now: now)
            if json {
                Output.out(VisitRows.json(stored) + "\n")
                return
            }
            let language = context.language
            let printer = VisitPrinter(language: language, today: context.today)
            var out = language.text(.visitLogged, ["id": String(stored.id), "customer": VisitPrinter.customer(stored.customerNumber, stored.customerName),
                                                   "at": stored.at.description, "kind": stored.kind.label(language)]) + "\n"
            if let c = stored.commitment {
                out += language.text(.visitLoggedAction, ["action": printer.action(c), "by": c.by.description, "id": String(stored.commitmentPromiseID ?? 0)]) + "\n"
            } else {
                out += language.text(.visitLoggedNoAction) + "\n"
            }
            if let n = stored.next {
                out += language.text(.visitLoggedNext, ["details": printer.details(n), "id": String(n.id)]) + "\n"
            }
            let updated = LocalDate(parsing: card.updatedAt.prefix(10))
            let counted = try db.itemsCounted(byVisit: stored.id)
            if !counted.isEmpty { out += language.text(.linkVisitCounted, ["items": counted.joined(separator: language.text(.cliListSeparator))]) + "\n" }
            if updated.map({ $0 < stored.at.date }) ?? true {
                out += language.text(.visitFilingHint, ["number": card.number]) + "\n"
            }
            Output.out(out)
        }
    }

    /// The kinds of activity typed after `--as` (comma-separated), or one sentence naming the one that is not a visit's.
    static func extras(_ text: String?) throws -> [ActivityKind] {
        guard let text else { return [] }
        var kinds: [ActivityKind] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let word = String(part)
            guard let k = ActivityKind(word: word), ActivityKind.visitExtras.contains(k) else {
                throw MustDoError.invalidInput(.linkVisitAsInvalid, ["text": word.quotedForMessage()])
            }
            if !kinds.contains(k) { kinds.append(k) }
        }
        return kinds
    }
}
