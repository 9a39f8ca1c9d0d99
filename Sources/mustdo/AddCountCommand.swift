import ArgumentParser
import MustDoCore

/// `mustdo add-count REF [N]`: add to a count item.
struct AddCountCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add-count", abstract: CLIText.help(.addCount))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help(.refArgument), valueName: "ref")) var ref: String
    // Captured as text so that a negative N (-2) is not taken for an option.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp(CLIText.help(.countArgument), valueName: "n")) var countText: [String] = []

    func run() throws {
        let countText = self.countText.filter { $0 != "--" }
        var count = 1
        try reportingErrors(language: global.lang) {
            // Any text, Int.min and 20-digit numbers included, ends in the same sentence (no arithmetic on it before the check).
            if countText.count > 1 { throw MustDoError.invalidInput(.inputCountInvalid, ["limit": String(UserInput.countLimit), "text": countText.joined(separator: " ").quotedForMessage()]) }
            if let text = countText.first { count = try UserInput.countStep(text) }
        }
        try ChangeRunner(global: global).apply(refs: [ref], requireCount: true) { _ in .addCount(count) }
    }
}
