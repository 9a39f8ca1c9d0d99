import ArgumentParser
import MustDoCore

/// `mustdo routines restore ID`: bring a retired routine back from the current period on.
struct RoutinesRestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: CLIText.helpLanguage == .zh
            ? "恢复已停用的例行事项,从当前周期起重新出现。" : "Bring a retired routine back, from the current period on.")
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage == .zh ? "例行事项 ID。" : "The routine's id.", valueName: "id")) var id: String

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let db = try context.openPrepared()
            let r = try o.routine(id, in: try db.routines())
            guard try db.restoreRoutine(id: id, today: context.today, settings: context.settings.calendar) else {
                Output.out(o.say("\(id) 没有停用,未作改动。\n", "\(id) is not retired; nothing changed.\n"))
                return
            }
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            let stands = try o.whereItStands(id, kind: r.period, db: db, context: context)
            Output.out(o.say("已恢复 \(id)(\(r.title)):\(stands)\n", "Restored \(id) (\(r.title)): \(stands)\n"))
        }
    }
}
