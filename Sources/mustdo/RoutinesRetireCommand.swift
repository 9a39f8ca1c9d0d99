import ArgumentParser
import MustDoCore

/// `mustdo routines retire ID`: no new occurrences from today; the current one leaves the list if open, stays if done or skipped; history stays.
struct RoutinesRetireCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "retire", abstract: CLIText.helpLanguage.text(.cliRoutinesRetireRetireARoutineItsCurrent))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesRetireTheRoutineSId), valueName: "id")) var id: String

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let db = try context.openPrepared()
            let r = try o.routine(id, in: try db.routines())
            if let since = r.retiredOn {
                Output.out(o.say(.cliRoutinesRetireWasRetiredOnAlreadyNothing, ["id": "\(id)", "since": "\(since)"]))
                return
            }
            let key = Period.containing(context.today, kind: r.period, settings: context.settings.calendar).key
            let current = try db.occurrences(periodKey: key, today: context.today).first { $0.routineID == id }
            try db.retireRoutine(id: id, today: context.today, now: context.clock.timestamp())
            let words = Vocabulary(context.language)
            let what: String
            switch current?.state {
            case nil: what = o.say(.cliRoutinesRetireItHadNoItemIn)
            case .open?, .missed?: what = o.say(.cliRoutinesRetireItsOpenItemLeft, ["p0": "\(o.periodPhrase(r.period))"])
            case let state?: what = o.say(.cliRoutinesRetireItsItemInIsAnd, ["p0": "\(o.periodPhrase(r.period))", "p1": "\(words.state(state))"])
            }
            Output.out(o.say(.cliRoutinesRetireRetiredItsHistoryIsKept, ["id": "\(id)", "title": "\(r.title)", "what": "\(what)"]))
        }
    }
}
