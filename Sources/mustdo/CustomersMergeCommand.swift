import ArgumentParser
import MustDoCore

/// `mustdo customers merge A B`: B goes into A; both histories, people and tags are kept, B is archived pointing to A.
struct CustomersMergeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "merge", abstract: CLIText.helpLanguage.text(.custMergeAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custMergeIntoHelp), valueName: "a")) var into: String
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custMergeFromHelp), valueName: "b")) var from: String

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let a = try context.customer(into, in: db)
            let b = try context.customer(from, in: db)
            try db.mergeCustomers(into: a.id, from: b.id, now: context.clock.timestamp())
            Output.out(context.language.text(.custMergedDone, ["from": b.number, "into": a.number]) + "\n")
        }
    }
}
