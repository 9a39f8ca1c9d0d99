import ArgumentParser
import MustDoCore

/// `mustdo routines export [--format toml] [--include-retired] [--output PATH [--force]]`: the routines as a pack file.
struct RoutinesExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: CLIText.helpLanguage.text(.routinesExportAbstract))
    }

    private static var zh: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(zh.text(.routinesExportFormatHelp), valueName: "toml")) var format = "toml"
    @Flag(name: .customLong("include-retired"), help: ArgumentHelp(zh.text(.routinesExportRetiredHelp))) var includeRetired = false
    @Option(name: .long, help: ArgumentHelp(zh.text(.outputOptionHelp), valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(zh.text(.forceOptionHelp))) var force = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            guard format.lowercased() == "toml" else {
                throw MustDoError.invalidArgument(context.language.text(.routinesExportFormatInvalid, ["format": format]))
            }
            let target = OutputTarget(path: output, force: force, language: context.language)
            try target.check()
            let db = try context.openPrepared()
            let routines = try db.routines().filter { includeRetired || $0.retiredOn == nil }
            let language = try db.meta("pack_language").flatMap { Language(code: $0) } ?? context.language
            let pack = RoutinePack(id: "mustdo-export", language: language,
                                   name: context.language.text(.routinesExportPackName, ["date": context.today.description]),
                                   routines: routines)
            let text = pack.tomlText(header: [
                "MustDo routines, exported \(context.today): \(routines.count) routines.",
                "Import with: mustdo routines import FILE [--merge | --replace]",
            ])
            try target.write(text, summary: context.language.text(.routinesExported, ["count": String(routines.count)]))
        }
    }
}
