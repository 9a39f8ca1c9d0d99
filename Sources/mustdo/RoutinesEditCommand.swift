import ArgumentParser
import MustDoCore

/// `mustdo routines edit ID [--title T] [--due RULE | --no-due] [--target N | --no-target] [--tag T… | --no-tags] [--workdays-only | --every-day] [--note TEXT | --no-note]`.
struct RoutinesEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: CLIText.helpLanguage.text(.cliRoutinesEditChangeARoutineFromThe))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditTheRoutineSId), valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditANewTitle), valueName: "text")) var title: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditANewDueRule), valueName: "rule")) var due: String?
    @Flag(name: .customLong("no-due"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditRemoveTheDueRuleDue))) var noDue = false
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditANewCountTarget), valueName: "n")) var target: String?
    @Flag(name: .customLong("no-target"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditRemoveTheCountTarget))) var noTarget = false
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditTagsRepeatTheyReplaceThe), valueName: "tag")) var tag: [String] = []
    @Flag(name: .customLong("no-tags"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditRemoveAllTags))) var noTags = false
    @Flag(name: .customLong("workdays-only"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditAppearOnWorkdaysOnlyDaily))) var workdaysOnly = false
    @Flag(name: .customLong("every-day"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditAppearEveryDayDailyRoutines))) var everyDay = false
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditANewNote), valueName: "text")) var note: String?
    @Flag(name: .customLong("no-note"), help: ArgumentHelp(CLIText.helpLanguage.text(.cliRoutinesEditRemoveTheNote))) var noNote = false
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.linkOptionHelp), valueName: "kind")) var link: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            for (a, b, on) in [("--due", "--no-due", due != nil && noDue), ("--target", "--no-target", target != nil && noTarget),
                               ("--tag", "--no-tags", !tag.isEmpty && noTags), ("--workdays-only", "--every-day", workdaysOnly && everyDay),
                               ("--note", "--no-note", note != nil && noNote)] where on {
                throw o.usage(.cliRoutinesEditAndCannotBeCombinedChoose, ["a": "\(a)", "b": "\(b)"])
            }
            let nothing = title == nil && due == nil && !noDue && target == nil && !noTarget && tag.isEmpty && !noTags
                && !workdaysOnly && !everyDay && note == nil && !noNote && link == nil
            if nothing {
                throw o.usage(.cliRoutinesEditNothingToChangeGiveAt)
            }
            let linked = try link.map { try o.link($0) }
            let db = try context.openPrepared()
            let old = try o.routine(id, in: try db.routines())
            var r = old
            if let title { r.title = try o.title(title) }
            if let due { r.due = try o.due(due, kind: r.period) }
            if noDue { r.due = nil }
            if let target { r.target = try o.target(target) }
            if noTarget { r.target = nil }
            if !tag.isEmpty { r.tags = try o.tags(tag) }
            if noTags { r.tags = [] }
            if workdaysOnly || everyDay {
                guard r.period == .day else {
                    throw o.usage(.cliRoutinesEditDailyOnly, ["option": workdaysOnly ? "--workdays-only" : "--every-day", "id": id,
                                                               "kind": o.language.kindName(r.period)])
                }
                r.workdaysOnly = workdaysOnly
            }
            if let note { try UserInput.note(note); r.note = note.isEmpty ? nil : note }
            if noNote { r.note = nil }
            if let linked { r.link = linked }
            // A linked routine always has a target: one activity is enough when none is given.
            if r.link != nil, r.target == nil { r.target = 1 }
            if r == old {
                Output.out(o.say(.cliRoutinesEditIsUnchanged, ["id": "\(id)"]))
                return
            }
            try db.editRoutine(r, today: context.today, settings: context.settings.calendar, now: context.clock.timestamp())
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            var changes: [String] = []
            if r.title != old.title { changes.append(o.say(.cliRoutinesEditTitle, ["title": "\(r.title)"])) }
            if r.due != old.due { changes.append(r.due.map { o.say(.cliRoutinesEditDue, ["due": $0.description]) } ?? o.say(.cliRoutinesEditDueEnd)) }
            if r.target != old.target { changes.append(r.target.map { o.say(.cliRoutinesEditTarget, ["target": String($0)]) } ?? o.say(.cliRoutinesEditNoTarget)) }
            if r.tags != old.tags { changes.append(o.say(.cliRoutinesEditTags, ["p0": "\(r.tags.joined(separator: ", "))"])) }
            if r.workdaysOnly != old.workdaysOnly { changes.append(r.workdaysOnly ? o.say(.cliRoutinesEditWorkdaysOnly) : o.say(.cliRoutinesEditEveryDay)) }
            if r.note != old.note { changes.append(o.say(.cliRoutinesEditNote)) }
            if r.link != old.link { changes.append(r.link.map { o.say(.linkEditLinked, ["kind": $0.label(o.language)]) } ?? o.say(.linkEditUnlinked)) }
            Output.out(o.say(.cliRoutinesEditChanged, ["id": id, "changes": changes.joined(separator: o.say(.cliListSeparator))]) + "\n")
        }
    }
}
