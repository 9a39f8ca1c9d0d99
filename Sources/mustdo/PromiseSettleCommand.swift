import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise keep|break|cancel ID [--note TEXT]`: settle a promise; the history keeps when and the note.
enum PromiseSettleCommand {
    /// Settles `id` as `state` and says so.
    static func run(_ global: GlobalOptions, _ id: String, _ note: String?, _ state: PromiseState) throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let number = try PromiseCommand.id(id)
            let text = try VisitText.line(note ?? "", field: "--note")
            let (_, after) = try context.openCustomers().settlePromise(id: number, as: state, note: text, now: context.clock.timestamp())
            let key: MessageKey = state == .kept ? .promiseKept : state == .broken ? .promiseBroken : .promiseCancelled
            Output.out(context.language.text(key, ["id": String(after.id), "what": after.what]) + "\n")
        }
    }

    /// `mustdo promise keep ID`.
    struct Keep: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "keep", abstract: CLIText.helpLanguage.text(.promiseKeepAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.promiseIDHelp), valueName: "id")) var id: String
        @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.promiseNoteHelp), valueName: "text")) var note: String?
        func run() throws { try PromiseSettleCommand.run(global, id, note, .kept) }
    }

    /// `mustdo promise break ID`.
    struct Break: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "break", abstract: CLIText.helpLanguage.text(.promiseBreakAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.promiseIDHelp), valueName: "id")) var id: String
        @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.promiseNoteHelp), valueName: "text")) var note: String?
        func run() throws { try PromiseSettleCommand.run(global, id, note, .broken) }
    }

    /// `mustdo promise cancel ID`.
    struct Cancel: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "cancel", abstract: CLIText.helpLanguage.text(.promiseCancelAbstract)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.promiseIDHelp), valueName: "id")) var id: String
        @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.promiseNoteHelp), valueName: "text")) var note: String?
        func run() throws { try PromiseSettleCommand.run(global, id, note, .cancelled) }
    }
}
