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
            let zh = context.language == .zh
            if try db.isSeeded() {
                let count = try db.routines().count
                Output.out(zh ? "\(context.paths.database) 已有 \(count) 个例行事项,未作改动。\n"
                              : "\(context.paths.database) already has \(count) routines; nothing changed.\n")
                return
            }
            let n = try db.seed(pack: pack, activeFrom: context.today, now: context.clock.timestamp())
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            Output.out(zh ? "已用内置清单“\(pack.name)”初始化 \(context.paths.database):\(n) 个例行事项,从 \(context.today) 开始。\n"
                          : "Seeded \(context.paths.database) with the built-in pack '\(pack.name)': \(n) routines, active from \(context.today).\n")
        }
    }
}
