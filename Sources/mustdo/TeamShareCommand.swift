import ArgumentParser
import MustDoCore
import MustDoTeam

/// `mustdo team share ID|NUMBER|NAME --with LOGIN`: a colleague of the same team reads and writes the card too.
struct TeamShareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "share", abstract: CLIText.helpLanguage.text(.teamShareAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.custRefHelp), valueName: "customer")) var ref: String
    @Option(name: .customLong("with"), help: ArgumentHelp(CLIText.helpLanguage.text(.teamNameHelp), valueName: "login")) var grantee: String

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            guard TeamAdmin.isValidLogin(grantee) else { throw TeamError(.teamBadLogin, ["name": grantee.quotedForMessage()], exitCode: 64) }
            let settings = try TeamConsole.settings(context)
            let db = try context.openCustomers()
            let card = try context.customer(ref, in: db)
            if try db.privateCustomerIDs().contains(card.id) {
                throw TeamError(.teamShareIsPrivate, ["number": card.number, "name": card.name], exitCode: 64)
            }
            guard let uid = try db.syncedCustomerUID(id: card.id) else {
                throw TeamError(.teamShareNotSynced, ["number": card.number, "name": card.name], exitCode: 64)
            }
            try TeamSync(connection: try settings.connect(), database: db).share(uid: uid, with: grantee)
            Output.out(context.language.text(.teamShared, ["number": card.number, "name": card.name, "login": grantee]) + "\n")
        }
    }
}
