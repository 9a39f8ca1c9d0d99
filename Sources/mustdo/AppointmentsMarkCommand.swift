import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo appointments cancel ID [--reason R]`, `told ID`, `kept ID`: an appointment that cannot be kept, the customer told, or kept.
enum AppointmentsMarkCommand {
    /// `mustdo appointments cancel ID`: it cannot be kept; MustDo asks that the customer be told in advance.
    struct Cancel: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "cancel", abstract: CLIText.helpLanguage.text(.apptCancelAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.apptIDHelp), valueName: "id")) var id: String
        @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.apptReasonHelp), valueName: "text")) var reason: String?

        func run() throws {
            try reportingErrors(language: global.lang) {
                let context = try AppContext(global)
                let number = try AppointmentsCommand.id(id)
                let why = try VisitText.line(reason ?? "", field: "--reason")
                let (_, a) = try context.openCustomers().setAppointment(id: number, state: .cannotKeep, reason: why, now: context.clock.timestamp())
                Output.out(context.language.text(.apptCancelled, ["id": String(a.id), "at": a.at.description,
                                                                  "customer": VisitPrinter.customer(a.customerNumber, a.customerName)]) + "\n")
            }
        }
    }

    /// `mustdo appointments told ID`: the customer was told (now) that it cannot be kept.
    struct Told: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "told", abstract: CLIText.helpLanguage.text(.apptToldAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.apptIDHelp), valueName: "id")) var id: String

        func run() throws {
            try reportingErrors(language: global.lang) {
                let context = try AppContext(global)
                let number = try AppointmentsCommand.id(id)
                let (_, a) = try context.openCustomers().markTold(id: number, now: context.clock.timestamp())
                Output.out(context.language.text(.apptTold, ["id": String(a.id), "at": a.at.description, "now": VisitPrinter.minute(a.toldAt ?? ""),
                                                             "customer": VisitPrinter.customer(a.customerNumber, a.customerName)]) + "\n")
            }
        }
    }

    /// `mustdo appointments kept ID`.
    struct Kept: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "kept", abstract: CLIText.helpLanguage.text(.apptKeptAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.apptIDHelp), valueName: "id")) var id: String

        func run() throws {
            try reportingErrors(language: global.lang) {
                let context = try AppContext(global)
                let number = try AppointmentsCommand.id(id)
                let (_, a) = try context.openCustomers().setAppointment(id: number, state: .kept, now: context.clock.timestamp())
                Output.out(context.language.text(.apptKept, ["id": String(a.id), "at": a.at.description,
                                                             "customer": VisitPrinter.customer(a.customerNumber, a.customerName)]) + "\n")
            }
        }
    }
}
