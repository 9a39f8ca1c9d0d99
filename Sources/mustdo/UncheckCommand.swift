import ArgumentParser
import MustDoCore

/// `mustdo uncheck REF...`: mark items not done again.
struct UncheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "uncheck", abstract: CLIText.help(.uncheck))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help(.refsArgument), valueName: "ref")) var refs: [String]

    func run() throws {
        try ChangeRunner(global: global).apply(refs: refs) { _ in .uncheck }
    }
}
