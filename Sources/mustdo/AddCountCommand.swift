import ArgumentParser
import MustDoCore

/// `mustdo add-count REF [N]`: add to a count item.
struct AddCountCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add-count", abstract: CLIText.help(.addCount))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help(.refArgument), valueName: "ref")) var ref: String
    @Argument(help: ArgumentHelp(CLIText.help(.countArgument), valueName: "n")) var count: Int = 1

    func run() throws {
        try ChangeRunner(global: global).apply(refs: [ref], requireCount: true) { _ in .addCount(count) }
    }
}
