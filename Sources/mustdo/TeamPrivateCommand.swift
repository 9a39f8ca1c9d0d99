import ArgumentParser
import MustDoCore
import MustDoTeam

/// `mustdo team private ID|NUMBER|NAME [--off]`: a card kept out of the team (never pushed), or shared again.
struct TeamPrivateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "private", abstract: CLIText.helpLanguage.text(.teamPrivateAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamOffHelp))) var off = false

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            let changed = try db.setCustomerPrivate(id: card.id, !off)
            let key: MessageKey = !changed ? .teamPrivateUnchanged : off ? .teamPrivateOff : .teamPrivateOn
            Output.out(context.language.text(key, ["number": card.number, "name": card.name]) + "\n")
        }
    }
}
