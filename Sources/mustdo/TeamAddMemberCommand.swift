import ArgumentParser
import MustDoCore
import MustDoTeam

/// `mustdo team add-member NAME --role rep|manager --server URL [--team T]`: a login with a SCRAM password read
/// from the terminal or standard input, never from an argument.
struct TeamAddMemberCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add-member", abstract: CLIText.helpLanguage.text(.teamAddMemberAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.teamNameHelp), valueName: "name")) var name: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamRoleHelp), valueName: "rep|manager")) var role: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamServerHelp), valueName: "url")) var server: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamTeamHelp), valueName: "team")) var team: String = "main"
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamSslmodeHelp), valueName: "mode")) var sslmode: String?

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            guard role == "rep" || role == "manager" else { throw TeamError(.teamBadRole, ["value": role.quotedForMessage()], exitCode: 64) }
            guard TeamAdmin.isValidLogin(name) else { throw TeamError(.teamBadLogin, ["name": name.quotedForMessage()], exitCode: 64) }
            guard TeamAdmin.isValidTeam(team) else { throw TeamError(.teamBadTeamName, ["name": team.quotedForMessage()], exitCode: 64) }
            _ = try TeamConsole.checkServer(server)
            if let sslmode { _ = try TeamConsole.checkSslmode(sslmode) }
            let password = try TeamConsole.readPassword(for: name, language: context.language)
            let conn = try TeamConsole.adminConnection(server, sslmode: sslmode)
            let added = try TeamAdmin(connection: conn).addMember(name, role: role, team: team, password: password)
            Output.out(context.language.text(added ? .teamMemberAdded : .teamMemberUpdated, ["name": name, "role": role, "team": team]) + "\n")
        }
    }
}
