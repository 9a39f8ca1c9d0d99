import ArgumentParser
import MustDoCore
import MustDoStore
import MustDoTeam

/// `mustdo team status`: this machine's outbox and last sync, then who in the team synced when.
struct TeamStatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status", abstract: CLIText.helpLanguage.text(.teamStatusAbstract))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            let settings = try TeamConsole.settings(context)
            let lang = context.language
            let db = try context.openCustomers()
            let s = try db.syncStatus()
            let never = lang.text(.teamStatusNever)
            Output.out(lang.text(.teamStatusLocal, ["server": settings.label(), "pending": String(s.pending), "push": s.lastPush ?? never,
                                                    "pull": s.lastPull ?? never, "conflicts": String(s.conflicts)]) + "\n")
            let sync = TeamSync(connection: try settings.connect(), database: db)
            for m in try sync.members() {
                Output.out(lang.text(.teamStatusMember, ["login": m.login, "role": m.role, "sync": m.lastSync ?? never,
                                                         "pending": m.pending.map(String.init) ?? "-"]) + "\n")
            }
        }
    }
}
