import ArgumentParser
import MustDoCore

/// `mustdo routines retire ID`: no new occurrences from today; the current one leaves the list if open, stays if done or skipped; history stays.
struct RoutinesRetireCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "retire", abstract: CLIText.helpLanguage == .zh
            ? "停用例行事项:当前未完成的一项从清单中移除,已完成或已跳过的保留;历史记录保留。"
            : "Retire a routine: its current item leaves the list if open and stays if done or skipped; history is kept.")
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage == .zh ? "例行事项 ID。" : "The routine's id.", valueName: "id")) var id: String

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let db = try context.openPrepared()
            let r = try o.routine(id, in: try db.routines())
            if let since = r.retiredOn {
                Output.out(o.say("\(id) 已于 \(since) 停用,未作改动。\n", "\(id) was retired on \(since) already; nothing changed.\n"))
                return
            }
            let key = Period.containing(context.today, kind: r.period, settings: context.settings.calendar).key
            let current = try db.occurrences(periodKey: key, today: context.today).first { $0.routineID == id }
            try db.retireRoutine(id: id, today: context.today, now: context.clock.timestamp())
            let words = Vocabulary(context.language)
            let what: String
            switch current?.state {
            case nil: what = o.say("当前周期没有它的事项", "it had no item in the current period")
            case .open?, .missed?: what = o.say("它已从\(o.periodPhrase(r.period))中移除", "its open item left \(o.periodPhrase(r.period))")
            case let state?: what = o.say("它在\(o.periodPhrase(r.period))中的事项\(words.state(state)),予以保留",
                                          "its item in \(o.periodPhrase(r.period)) is \(words.state(state)) and stays")
            }
            Output.out(o.say("已停用 \(id)(\(r.title)):\(what);历史记录保留,可用 `mustdo routines restore \(id)` 恢复。\n",
                             "Retired \(id) (\(r.title)): \(what); its history is kept, and `mustdo routines restore \(id)` brings it back.\n"))
        }
    }
}
