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
        try ChangeRunner(global: global).apply(refs: [ref]) { _ in .skip(reason: reason) }
    }
}
