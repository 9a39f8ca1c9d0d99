import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo routines import FILE [--merge | --replace] [--dry-run]`: apply a pack file, all or nothing.
struct RoutinesImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.helpLanguage.text(.importAbstract))
    }

    private static var zh: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(zh.text(.importFileHelp), valueName: "file")) var file: String
    @Flag(name: .long, help: ArgumentHelp(zh.text(.importMergeHelp))) var merge = false
    @Flag(name: .long, help: ArgumentHelp(zh.text(.importReplaceHelp))) var replace = false
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(zh.text(.importDryRunHelp))) var dryRun = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            if merge && replace { throw MustDoError.invalidArgument(context.language.text(.importMergeAndReplace)) }
            let mode: RoutineImportPlan.Mode = replace ? .replace : .merge
            let text: String
            let raw = try TextFile.read(file).text(path: file, role: .pack)!
            // Swift counts "\r\n" as one character: turn CRLF into LF so that error lines count right.
            text = raw.unicodeScalars.contains("\r") ? String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0 != "\r" })) : raw
            let pack = try RoutinePack(text: text, file: file)
            let db = try context.openPrepared()
            let plan: RoutineImportPlan
            do {
                if dryRun {
                    plan = try RoutineImportPlan(pack: pack, existing: try db.routines(), mode: mode, today: context.today)
                } else {
                    plan = try db.importRoutines(pack, mode: mode, today: context.today, settings: context.settings.calendar,
                                                 now: context.clock.timestamp())
                }
            } catch let c as RoutineImportPlan.Conflict {
                let src = try TOMLSource(text: text, file: file) { line, problem in MustDoError.packInvalid(file: file, line: line, field: "TOML", problem: problem) }
                throw MustDoError.packInvalid(file: file, line: src.line(of: c.field, inTable: "routine", occurrence: c.index), field: c.field, problem: c.problem)
            }
            if !dryRun { try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp()) }
            let words = context.language
            var out = dryRun ? words.text(.importDryRun) : words.text(.importDone, ["file": file])
            out += words.text(.importCounts, ["added": String(plan.added.count), "updated": String(plan.updated.count),
                                              "restored": String(plan.restored.count), "retired": String(plan.retired.count),
                                              "unchanged": String(plan.unchanged.count)]) + "\n"
            for (label, ids) in [(words.text(.importAdded), plan.added.map(\.id)), (words.text(.importUpdated), plan.updated.map(\.id)),
                                 (words.text(.importRestored), plan.restored), (words.text(.importRetired), plan.retired)] where !ids.isEmpty {
                out += "  \(label): " + ids.joined(separator: ", ") + "\n"
            }
            Output.out(out)
        }
    }
}

