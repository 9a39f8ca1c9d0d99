import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo routines move ID --before OTHER | --after OTHER`: reorder within a period.
struct RoutinesMoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "move", abstract: Language(zh: zh).text(.cliRoutinesMoveReorderARoutineWithinIts))
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Language(zh: zh).text(.cliRoutinesMoveTheRoutineToMove), valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp(Language(zh: zh).text(.cliRoutinesMovePutItJustBeforeThis), valueName: "other")) var before: String?
    @Option(name: .long, help: ArgumentHelp(Language(zh: zh).text(.cliRoutinesMovePutItJustAfterThis), valueName: "other")) var after: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let placement: RoutinePlacement
            switch (before, after) {
            case let (b?, nil): placement = .before(b)
            case let (nil, a?): placement = .after(a)
            default:
                throw o.usage(.cliRoutinesMoveGiveExactlyOneOfBefore)
            }
            let otherID = before ?? after!
            let db = try context.openPrepared()
            let routines = try db.routines()
            let moving = try o.routine(id, in: routines)
            let other = try o.routine(otherID, in: routines)
            if other.id == moving.id {
                throw o.usage(.cliRoutinesMoveCannotBeMovedNextTo, ["id": "\(id)"])
            }
            if other.period != moving.period {
                let words = Vocabulary(context.language)
                throw o.usage("\(otherID) 是\(words.periodTitle(other.period))事项,\(id) 是\(words.periodTitle(moving.period))事项:只能在同一周期内调整顺序。",
                              "\(otherID) is a \(other.period.rawValue) routine and \(id) a \(moving.period.rawValue) one: routines move only within their period.")
            }
            let order = try db.moveRoutine(id: id, placement, today: context.today, now: context.clock.timestamp())
            let words = Vocabulary(context.language)
            var out = o.say("已把 \(id) 移到 \(otherID) \(before != nil ? "之前" : "之后")。\(words.periodTitle(moving.period))的顺序:\n",
                            "Moved \(id) \(before != nil ? "before" : "after") \(otherID). \(words.periodTitle(moving.period)) order:\n")
            for (i, r) in order.filter({ $0.retiredOn == nil }).enumerated() {
                out += "  \(i + 1). \(r.id)  \(r.title)\n"
            }
            Output.out(out)
        }
    }
}
