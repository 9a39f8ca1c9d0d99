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
        let zh = CLIText.helpLanguage == .zh
        let countText = self.countText.filter { $0 != "--" }
        guard countText.count <= 1, let count = countText.isEmpty ? 1 : Int(countText[0]), count != 0, abs(count) <= 10_000 else {
            try reportingErrors(language: global.lang) {
                throw MustDoError.invalidArgument(zh ? "N 要是一个非零整数,例如 mustdo add-count 7 2 或 mustdo add-count 7 -1,收到“\(countText.joined(separator: " "))”。"
                                                     : "N must be one non-zero whole number, e.g. mustdo add-count 7 2 or mustdo add-count 7 -1, not '\(countText.joined(separator: " "))'.")
            }
            return
        }
        try ChangeRunner(global: global).apply(refs: [ref], requireCount: true) { _ in .addCount(count) }
    }
}
