import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo promise add|list|show|keep|break|renegotiate|cancel|check`: promises both ways.
struct PromiseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "promise",
            abstract: CLIText.helpLanguage.text(.promiseAbstract),
            subcommands: [PromiseListCommand.self, PromiseAddCommand.self, PromiseShowCommand.self, PromiseSettleCommand.Keep.self,
                          PromiseSettleCommand.Break.self, PromiseRenegotiateCommand.self, PromiseSettleCommand.Cancel.self, PromiseCheckCommand.self],
            defaultSubcommand: PromiseListCommand.self)
    }

    /// The promise number `text`, or one sentence.
    static func id(_ text: String) throws -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: " ")), id > 0 else {
            throw MustDoError.invalidInput(.promiseIDInvalid, ["text": text.quotedForMessage()])
        }
        return id
    }
}

extension String {
    /// The text without `set` characters at either end.
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
