import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo routines import FILE [--merge | --replace] [--dry-run]`: apply a pack file, all or nothing.
struct RoutinesImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: zh
            ? "导入 TOML 清单文件:先检查整个文件,有任何错误就什么都不改。--merge(默认)新增并更新;--replace 还会停用文件中没有的事项。历史记录不会删除。"
            : "Import a TOML pack file, checked as a whole first: any error changes nothing. --merge (the default) adds and updates; --replace also retires routines the file does not list. History is never deleted.")
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(zh ? "TOML 文件。" : "The TOML file.", valueName: "file")) var file: String
    @Flag(name: .long, help: ArgumentHelp(zh ? "新增文件中的新事项,更新已有事项(默认)。" : "Add new ids and update existing ones (the default).")) var merge = false
    @Flag(name: .long, help: ArgumentHelp(zh ? "让启用中的事项与文件完全一致:文件中没有的事项停用。" : "Make the active routines exactly the file's: retire those it does not list.")) var replace = false
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(zh ? "只显示将做的改动,不写入。" : "Show what would change without writing.")) var dryRun = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            if merge && replace { throw o.usage("--merge 和 --replace 不能同时使用:请只选一个。", "--merge and --replace cannot be combined: choose one.") }
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
            var out = dryRun ? o.say("试运行,未写入:", "Dry run, nothing written: ") : o.say("已导入 \(file):", "Imported \(file): ")
            out += o.say("新增 \(plan.added.count),更新 \(plan.updated.count),恢复 \(plan.restored.count),停用 \(plan.retired.count),未变 \(plan.unchanged.count)。\n",
                         "\(plan.added.count) added, \(plan.updated.count) updated, \(plan.restored.count) restored, \(plan.retired.count) retired, \(plan.unchanged.count) unchanged.\n")
            for (label, ids) in [(o.say("新增", "added"), plan.added.map(\.id)), (o.say("更新", "updated"), plan.updated.map(\.id)),
                                 (o.say("恢复", "restored"), plan.restored), (o.say("停用", "retired"), plan.retired)] where !ids.isEmpty {
                out += "  \(label): " + ids.joined(separator: ", ") + "\n"
            }
            Output.out(out)
        }
    }
}

