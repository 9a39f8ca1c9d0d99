import ArgumentParser
import MustDoCore
import MustDoTeam

/// `mustdo team init --server URL`: creates or upgrades the team schema (an administrator).
struct TeamInitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLIText.helpLanguage.text(.teamInitAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamServerHelp), valueName: "url")) var server: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamSslmodeHelp), valueName: "mode")) var sslmode: String?

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            let conn = try TeamConsole.adminConnection(server, sslmode: sslmode)
            let ran = try TeamAdmin(connection: conn).initialise()
            let label = PostgresConnection.label(server, user: conn.user)
            Output.out(context.language.text(ran.isEmpty ? .teamInitUpToDate : .teamInitApplied,
                                             ["server": label, "migrations": ran.joined(separator: ", ")]) + "\n")
        }
    }
}
