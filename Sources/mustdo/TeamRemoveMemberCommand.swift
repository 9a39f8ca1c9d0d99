import ArgumentParser
import MustDoCore
import MustDoTeam

/// `mustdo team remove-member NAME --server URL`: disables the login; the member's rows keep their name.
struct TeamRemoveMemberCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove-member", abstract: CLIText.helpLanguage.text(.teamRemoveMemberAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.teamNameHelp), valueName: "name")) var name: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamServerHelp), valueName: "url")) var server: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamSslmodeHelp), valueName: "mode")) var sslmode: String?

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            guard TeamAdmin.isValidLogin(name) else { throw TeamError(.teamBadLogin, ["name": name.quotedForMessage()], exitCode: 64) }
            let conn = try TeamConsole.adminConnection(server, sslmode: sslmode)
            try TeamAdmin(connection: conn).removeMember(name)
            Output.out(context.language.text(.teamMemberRemoved, ["name": name]) + "\n")
        }
    }
}
