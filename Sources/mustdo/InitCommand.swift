import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo init [--lang zh|en]`: seed a new database with the built-in pack.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: CLIText.help(.initCmd))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let pack = try RoutinePack.builtIn(context.language)   // before opening: a missing pack leaves no file behind
            let db = try AppDatabase.open(path: context.paths.database)
            if try db.isSeeded() {
                let count = try db.routines().count
                Output.out(context.language.text(.initAlreadySeeded, ["path": context.paths.database, "count": String(count)]) + "\n")
                return
            }
            let n = try db.seed(pack: pack, activeFrom: context.today, now: context.clock.timestamp())
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            Output.out(context.language.text(.initSeeded, ["path": context.paths.database, "pack": pack.name, "count": String(n),
                                                           "date": context.today.description]) + "\n")
        }
    }
}
