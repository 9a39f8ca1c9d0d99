import ArgumentParser
import MustDoCore

/// `mustdo check REF...`: mark items done.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLIText.help(.check))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help(.refsArgument), valueName: "ref")) var refs: [String]

    func run() throws {
        try ChangeRunner(global: global).apply(refs: refs) { _ in .check }
    }
}
