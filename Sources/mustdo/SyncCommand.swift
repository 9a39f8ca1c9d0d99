import ArgumentParser
import MustDoCore
import MustDoStore
import MustDoTeam

/// `mustdo sync [--conflicts]`: pushes this machine's changes and pulls the team's; `--conflicts` lists the fields
/// two people changed offline with the value kept and the one overwritten.
struct SyncCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "sync", abstract: CLIText.helpLanguage.text(.syncAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.syncConflictsHelp))) var conflicts = false

    func run() throws {
        TeamTrace.mark("start")
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            let lang = context.language
            if conflicts {
                let db = try context.openCustomers()
                let list = try db.syncConflicts()
                if list.isEmpty { Output.out(lang.text(.syncNoConflicts) + "\n") }
                for c in list {
                    Output.out(lang.text(.syncConflictLine, [
                        "record": c.record ?? c.uid, "field": c.field, "kept": SyncCommand.shown(c.kept), "keptBy": c.keptBy, "keptAt": c.keptAt,
                        "lost": SyncCommand.shown(c.lost), "lostBy": c.lostBy, "lostAt": c.lostAt,
                    ]) + "\n")
                }
                return
            }
            let settings = try TeamConsole.settings(context)
            // Loading libpq and the handshake with the server run on another thread while the local database is opened
            // and the outbox batch gathered.
            let connecting = PendingConnection { try settings.connect() }
            let outcome: TeamSync.Outcome
            do {
                let db = try context.openPrepared()
                // config.toml names a team, but this database never joined it (a new database, or another server).
                let joined = try db.syncEnabled()
                guard joined.enabled, joined.server == settings.label() else {
                    throw TeamError(.teamDatabaseNotJoined, ["db": context.paths.database, "config": context.paths.config], exitCode: 78)
                }
                TeamTrace.mark("open-local")
                outcome = try TeamSync.run(database: db, connecting: connecting.connection, today: context.today, now: context.clock.timestamp())
            } catch {
                // The process does not end under the other thread's handshake (its TLS library's exit handlers would
                // run beneath it): the connection is awaited, and dropped, first.
                connecting.settle()
                throw error
            }
            Output.out(lang.text(.syncDone, ["pushed": String(outcome.pushed), "pulled": String(outcome.pulled),
                                             "conflicts": String(outcome.conflicts), "pending": String(outcome.pending)]) + "\n")
            if outcome.duplicates > 0 { Output.out(lang.text(.syncDuplicates, ["count": String(outcome.duplicates)]) + "\n") }
            if outcome.rejected > 0 { Output.out(lang.text(.syncRejected, ["count": String(outcome.rejected)]) + "\n") }
            if outcome.conflicts > 0 { Output.out(lang.text(.syncSeeConflicts) + "\n") }
            TeamTrace.mark("print")
        }
    }

    /// A JSON value as a person reads it: a string without its quotes, null as an empty pair of quotes.
    static func shown(_ json: String?) -> String {
        guard let json, json != "null" else { return "\"\"" }
        if json.hasPrefix("\""), json.hasSuffix("\""), json.count >= 2 { return String(json.dropFirst().dropLast()) }
        return json
    }
}
