import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo greetings …`: the greet list (the default), the festivals' dates, and the dates on a card.
struct GreetingsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "greetings",
            abstract: CLIText.helpLanguage.text(.greetAbstract),
            subcommands: [GreetingsListCommand.self, GreetingsFestivalsCommand.self, GreetingsDatesCommand.self,
                          GreetingsSentCommand.self],
            defaultSubcommand: GreetingsListCommand.self)
    }
}

/// `mustdo greetings [list] [--days N] [--json]`: who to greet from today through N days ahead, and why.
struct GreetingsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage.text(.greetListAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.greetDaysHelp), valueName: "N")) var days: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.greetJSONHelp))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            var ahead = context.settings.greetings.daysAhead
            if let days {
                guard let n = Int(days), (0...GreetingSettings.maxDays).contains(n) else {
                    throw MustDoError.invalidArgument(words.text(.greetDaysInvalid, ["text": days.quotedForMessage()]))
                }
                ahead = n
            }
            let db = try context.openCustomers()
            let calendar = GreetingCalendar(settings: context.settings.greetings, language: words)
            let last = context.today.adding(days: ahead)
            let list = calendar.greetings(today: context.today, through: last, people: try db.greetingPeople())
            let printer = GreetingPrinter(language: words)
            Output.out(json ? printer.json(list, from: context.today, to: last) : printer.text(list, from: context.today, to: last))
        }
    }
}

/// `mustdo greetings festivals [--from Y] [--to Y] [--json]`: the configured festivals' dates, year by year.
struct GreetingsFestivalsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "festivals", abstract: CLIText.helpLanguage.text(.greetFestivalsAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.greetFromHelp), valueName: "YYYY")) var from: Int?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.greetToHelp), valueName: "YYYY")) var to: Int?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.greetJSONHelp))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            let first = from ?? context.today.year, last = to ?? first
            guard (1900...2100).contains(first), (1900...2100).contains(last), first <= last else {
                throw MustDoError.invalidArgument(words.text(.greetYearsInvalid))
            }
            // Every festival when asked for JSON (the oracle reads them all); the configured ones as text.
            let festivals = json ? Festival.allCases : context.settings.greetings.festivals(words)
            var sink = ChunkedOutput()
            if json { sink.append("[") }
            var firstEntry = true
            for year in first...last {
                for f in festivals {
                    guard let d = f.date(inYear: year) else { continue }
                    if json {
                        sink.append((firstEntry ? "" : ",\n") + JSONWriter.object([("year", String(year)), ("festival", JSONWriter.quote(f.rawValue)), ("date", JSONWriter.quote(d.description))]))
                        firstEntry = false
                    } else {
                        sink.append("\(d) \(Vocabulary(words).weekdayShort(d.weekday))  \(f.name(words))\n")
                    }
                }
            }
            if json { sink.append("]\n") }
            sink.flush()
        }
    }
}

/// `mustdo greetings dates CUSTOMER [--set LABEL --date D | --remove LABEL]`: the other dates on a card to greet on.
struct GreetingsDatesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "dates", abstract: CLIText.helpLanguage.text(.greetDatesAbstract))
    }

    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(help.text(.greetCustomerHelp), valueName: "customer")) var customer: String
    @Option(name: .long, help: ArgumentHelp(help.text(.greetDateLabelHelp), valueName: "label")) var set: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.greetDateHelp), valueName: "date")) var date: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.greetRemoveHelp), valueName: "label")) var remove: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            guard (set == nil) == (date == nil), remove == nil || set == nil else { throw MustDoError.invalidArgument(words.text(.greetDateNeeded)) }
            if let label = set ?? remove {
                let t = label.trimmingCharacters(in: " ")
                guard !t.isEmpty, t.count <= 40, t.firstUnsafeScalar() == nil, !t.contains("\n") else {
                    throw MustDoError.invalidArgument(words.text(.greetLabelInvalid))
                }
            }
            var parsed: Birthday?
            if let date {
                guard let b = Birthday(parsing: date.trimmingCharacters(in: " ")), b.next(onOrAfter: context.today) != nil else {
                    throw MustDoError.invalidArgument(words.text(.greetDateInvalid, ["text": date.quotedForMessage()]))
                }
                parsed = b
            }
            let db = try context.openCustomers()
            if let label = set?.trimmingCharacters(in: " "), let parsed {
                let c = try db.setCustomerDate(customer: customer, label: label, date: parsed)
                Output.out(words.text(.greetDateSet, ["label": label, "customer": c.number + " " + c[.name], "date": parsed.description]) + "\n")
            } else if let label = remove?.trimmingCharacters(in: " ") {
                let c = try db.removeCustomerDate(customer: customer, label: label)
                Output.out(words.text(.greetDateRemoved, ["label": label, "customer": c.number + " " + c[.name]]) + "\n")
            } else {
                let c = try db.resolveCustomer(customer)
                let dates = try db.greetingPeople().first { $0.id == c.id }?.dates ?? []
                if dates.isEmpty {
                    Output.out(words.text(.greetDatesNone, ["customer": c.number + " " + c[.name]]) + "\n")
                }
                for d in dates { Output.out("\(d.label)  \(d.date)\n") }
            }
        }
    }
}
