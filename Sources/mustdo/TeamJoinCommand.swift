import ArgumentParser
import MustDoCore
import MustDoStore
import MustDoTeam

/// `mustdo team join --server URL --user NAME [--sslmode MODE]`: checks the login on the server, then saves the
/// connection settings (never a password) in config.toml and turns on the outbox of this database.
struct TeamJoinCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "join", abstract: CLIText.helpLanguage.text(.teamJoinAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamServerHelp), valueName: "url")) var server: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamUserHelp), valueName: "name")) var user: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamSslmodeHelp), valueName: "mode")) var sslmode: String?

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            guard TeamAdmin.isValidLogin(user) else { throw TeamError(.teamBadLogin, ["name": user.quotedForMessage()], exitCode: 64) }
            let parts = try TeamConsole.checkServer(server)
            let mode = try TeamConsole.checkSslmode(sslmode ?? parts["sslmode"] ?? "verify-full")
            let settings = TeamSettings(server: server, user: user, sslmode: mode)
            let conn = try settings.connect()
            let (team, role) = try TeamSync.membership(conn)
            // The server said yes: now the local side, the database first (it can refuse: read-only, damaged).
            let db = try context.openPrepared()
            let text = try TextFile.read(context.paths.config).text(path: context.paths.config, role: .config, missingIsFine: true) ?? ""
            try db.enableSync(server: settings.label())
            try ConfigFileEditor.save(settings.written(into: text), to: context.paths.config)
            Output.out(context.language.text(.teamJoined, ["team": team, "role": role, "user": user, "server": settings.label(),
                                                           "config": context.paths.config]) + "\n")
        }
    }
}
