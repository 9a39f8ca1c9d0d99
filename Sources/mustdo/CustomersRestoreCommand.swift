import ArgumentParser
import MustDoCore

/// `mustdo customers restore ID|NUMBER|NAME`: brings an archived (or merged) card back into the list.
struct CustomersRestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: CLIText.helpLanguage.text(.custRestoreAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String

    func run() throws {
        try CustomersArchiveCommand.setArchived(false, ref: ref, global: global, done: .custRestoredDone, unchanged: .custNotArchived)
    }
}
