import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo routines move ID --before OTHER | --after OTHER`: reorder within a period.
struct RoutinesMoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "move", abstract: CLIText.helpLanguage.text(.cliRoutinesMoveReorderARoutineWithinIts))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesMoveTheRoutineToMove), valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesMovePutItJustBeforeThis), valueName: "other")) var before: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesMovePutItJustAfterThis), valueName: "other")) var after: String?

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
                throw o.usage(.cliRoutinesMoveOtherPeriod, ["other": otherID, "otherKind": o.language.kindName(other.period), "id": id,
                                                             "kind": o.language.kindName(moving.period)])
            }
            let order = try db.moveRoutine(id: id, placement, today: context.today, now: context.clock.timestamp())
            let words = Vocabulary(context.language)
            var out = o.say(before != nil ? .cliRoutinesMovedBefore : .cliRoutinesMovedAfter,
                            ["id": id, "other": otherID, "kindName": words.periodTitle(moving.period)]) + "\n"
            for (i, r) in order.filter({ $0.retiredOn == nil }).enumerated() {
                out += "  \(i + 1). \(r.id)  \(r.title)\n"
            }
            Output.out(out)
        }
    }
}
