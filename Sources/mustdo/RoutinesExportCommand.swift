import ArgumentParser
import MustDoCore

/// `mustdo routines export [--format toml] [--include-retired] [--output PATH [--force]]`: the routines as a pack file.
struct RoutinesExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: zh
            ? "把例行事项导出为与内置清单相同格式的 TOML 文件,可用 `routines import` 导入。"
            : "Write the routines as TOML in the format of the built-in packs, for `routines import`.")
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(zh ? "格式(目前只有 toml)。" : "The format (toml is the only one).", valueName: "toml")) var format = "toml"
    @Flag(name: .customLong("include-retired"), help: ArgumentHelp(zh ? "也导出已停用的事项(带 retired_on)。" : "Also write retired routines (with retired_on).")) var includeRetired = false
    @Option(name: .long, help: ArgumentHelp(zh ? "写入这个文件(默认输出到标准输出)。" : "Write to this file instead of stdout.", valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(zh ? "覆盖已存在的 --output 文件。" : "Replace an existing --output file.")) var force = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            guard format.lowercased() == "toml" else {
                throw o.usage("--format 目前只能是 toml,收到“\(format)”;JSON 请用 `mustdo routines --json`。",
                              "--format must be toml, not '\(format)'; for JSON use `mustdo routines --json`.")
            }
            let target = OutputTarget(path: output, force: force, language: context.language)
            try target.check()
            let db = try context.openPrepared()
            let routines = try db.routines().filter { includeRetired || $0.retiredOn == nil }
            let language = try db.meta("pack_language").flatMap { Language(code: $0) } ?? context.language
            let pack = RoutinePack(id: "mustdo-export", language: language,
                                   name: o.say("MustDo 例行事项(\(context.today) 导出)", "MustDo routines (exported \(context.today))"),
                                   routines: routines)
            let text = pack.tomlText(header: [
                "MustDo routines, exported \(context.today): \(routines.count) routines.",
                "Import with: mustdo routines import FILE [--merge | --replace]",
            ])
            try target.write(text) { zh in zh ? "已导出 \(routines.count) 个例行事项。" : "Exported \(routines.count) routines." }
        }
    }
}
