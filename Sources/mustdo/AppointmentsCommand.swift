import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo appointments [list] [--days N] [--json]`, `add`, `cancel ID`, `told ID`, `kept ID`.
struct AppointmentsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "appointments",
            abstract: CLIText.helpLanguage.text(.apptAbstract),
            subcommands: [AppointmentsListCommand.self, AppointmentsAddCommand.self, AppointmentsMarkCommand.Cancel.self,
                          AppointmentsMarkCommand.Told.self, AppointmentsMarkCommand.Kept.self],
            defaultSubcommand: AppointmentsListCommand.self)
    }

    /// The appointment number `text`, or one sentence.
    static func id(_ text: String) throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: " ")), id > 0 else {
            throw MustDoError.invalidInput(.apptIDInvalid, ["text": text.quotedForMessage()])
        }
        return id
    }
}

/// `mustdo appointments list [--days N] [--json]`: today's and the coming days' appointments, and every one that cannot be
/// kept whose customer has not been told yet.
struct AppointmentsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage.text(.apptListAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.apptDaysHelp), valueName: "N")) var days: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            var n = 7
            if let days {
                guard let d = Int(days), (1...366).contains(d) else { throw MustDoError.invalidInput(.apptDaysInvalid, ["text": days.quotedForMessage()]) }
                n = d
            }
            let to = context.today.adding(days: n - 1)
            let list = try context.openCustomers().appointments(from: context.today, to: to)
            if json {
                Output.out(JSONWriter.object([("from", JSONWriter.quote(context.today.description)), ("to", JSONWriter.quote(to.description)),
                                              ("appointments", JSONWriter.array(list.map(VisitRows.json)))]) + "\n")
                return
            }
            let language = context.language
            guard !list.isEmpty else {
                Output.out(language.text(.apptNone, ["from": context.today.description, "to": to.description]) + "\n")
                return
            }
            let printer = VisitPrinter(language: language, today: context.today)
            Output.out(list.map { printer.line($0) + "\n" }.joined() + language.text(.apptCount, ["count": String(list.count)]) + "\n")
        }
    }
}

/// `mustdo appointments add CUSTOMER --at "YYYY-MM-DD HH:MM" [--place P] [--about A]`.
struct AppointmentsAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.helpLanguage.text(.apptAddAbstract))
    }
    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(help.text(.visitCustomerHelp), valueName: "customer")) var customer: String
    @Option(name: .long, help: ArgumentHelp(help.text(.apptAtHelp), valueName: "YYYY-MM-DD HH:MM")) var at: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitPlaceHelp), valueName: "text")) var place: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.visitAboutHelp), valueName: "text")) var about: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            guard let at else { throw MustDoError.invalidInput(.visitFieldEmpty, ["field": "--at"]) }
            var a = Appointment(customerID: 0, at: try VisitText.dateTime(at, field: "--at"), place: try VisitText.line(place ?? "", field: "--place"),
                                about: try VisitText.line(about ?? "", field: "--about"))
            let db = try context.openCustomers()
            a.customerID = try db.resolveCustomer(customer).id
            let stored = try db.addAppointment(a, now: context.clock.timestamp())
            let printer = VisitPrinter(language: context.language, today: context.today)
            Output.out(context.language.text(.apptAdded, ["id": String(stored.id), "customer": VisitPrinter.customer(stored.customerNumber, stored.customerName),
                                                          "details": printer.details(stored)]) + "\n")
        }
    }
}
