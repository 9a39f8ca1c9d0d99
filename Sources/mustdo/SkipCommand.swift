import ArgumentParser
import MustDoCore

/// `mustdo skip REF [--reason TEXT]`: skip an item.
struct SkipCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "skip", abstract: CLIText.help(.skip))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help(.refArgument), valueName: "ref")) var ref: String
    @Option(name: .long, help: ArgumentHelp(CLIText.help(.reasonOption), valueName: "text")) var reason: String?

    func run() throws {
        // Refused before the database is opened; without --reason an earlier reason is kept.
        if let reason { try reportingErrors(language: global.lang) { try UserInput.skipReason(reason) } }
        try ChangeRunner(global: global).apply(refs: [ref]) { _ in .skip(reason: reason) }
    }
}
