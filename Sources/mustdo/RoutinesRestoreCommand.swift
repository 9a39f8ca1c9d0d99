import ArgumentParser
import MustDoCore

/// `mustdo routines restore ID`: bring a retired routine back from the current period on.
struct RoutinesRestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: CLIText.helpLanguage.text(.cliRoutinesRestoreBringARetiredRoutineBack))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesRestoreTheRoutineSId), valueName: "id")) var id: String

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let db = try context.openPrepared()
            let r = try o.routine(id, in: try db.routines())
            guard try db.restoreRoutine(id: id, today: context.today, settings: context.settings.calendar) else {
                Output.out(o.say(.cliRoutinesRestoreIsNotRetiredNothingChanged, ["id": "\(id)"]))
                return
            }
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            let stands = try o.whereItStands(id, kind: r.period, db: db, context: context)
            Output.out(o.say(.cliRoutinesRestoreRestored, ["id": "\(id)", "title": "\(r.title)", "stands": "\(stands)"]))
        }
    }
}
