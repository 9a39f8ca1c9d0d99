import ArgumentParser
import MustDoCore

/// `mustdo routines add --period P --title T [--id ID] [--due RULE] [--target N] [--tag T]… [--workdays-only] [--note TEXT]`.
struct RoutinesAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.helpLanguage.text(.cliRoutinesAddAddARoutineItStarts))
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddItsPeriodDayWeekMonth), valueName: "period"))
    var period: PeriodKind
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddTheTitle), valueName: "text"))
    var title: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddTheIdLowercaseLettersDigits), valueName: "id"))
    var id: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddDueRuleAWeekdayFri), valueName: "rule"))
    var due: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddACountToReach1), valueName: "n"))
    var target: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddATagRepeatForMore), valueName: "tag"))
    var tag: [String] = []
    @Flag(name: .customLong("workdays-only"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddADailyRoutineThatAppears)))
    var workdaysOnly = false
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesAddANote), valueName: "text"))
    var note: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.linkOptionHelp), valueName: "kind"))
    var link: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let kind = period
            let title = try o.title(self.title)
            let rule = try due.map { try o.due($0, kind: kind) }
            let count = try target.map { try o.target($0) }
            let tags = try o.tags(tag)
            if workdaysOnly, kind != .day {
                throw o.usage(.cliRoutinesAddWorkdaysOnlyOnlyAppliesTo)
            }
            if let id, !Routine.isValidID(id) {
                throw o.usage(.cliRoutinesAddTheIdIsNotValid, ["id": id.quotedForMessage()])
            }
            if let note { try UserInput.note(note) }
            let linked = try link.flatMap { try o.link($0) }
            let db = try context.openPrepared()
            let existing = try db.routines()
            if let id, existing.contains(where: { $0.id == id }) {
                throw o.usage(.cliRoutinesAddTheIdIsTakenAlready, ["id": id.quotedForMessage()])
            }
            let newID = id ?? Routine.makeID(title: title, period: kind, taken: Set(existing.map(\.id)))
            let position = (existing.filter { $0.period == kind }.map(\.position).max() ?? -1) + 1
            let routine = Routine(id: newID, title: title, period: kind, position: position, due: rule, target: count,
                                  workdaysOnly: workdaysOnly, tags: tags, note: note.flatMap { $0.isEmpty ? nil : $0 }, activeFrom: context.today,
                                  link: linked)
            try db.addRoutine(routine, now: context.clock.timestamp())
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            let stands = try o.whereItStands(newID, kind: kind, db: db, context: context)
            Output.out(o.say(.cliRoutinesAdded, ["kind": o.language.kindName(kind), "id": newID,
                                                 "title": title, "stands": stands]) + "\n")
        }
    }
}
