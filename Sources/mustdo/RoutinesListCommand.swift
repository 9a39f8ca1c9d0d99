import ArgumentParser
import MustDoCore

/// `mustdo routines [list] [--period P] [--json]`: the routine list.
struct RoutinesListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.help(.routines))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.help(.periodOption), valueName: "period")) var period: PeriodKind?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let kind = period
            let db = try context.openPrepared()
            let routines = try db.routines(period: kind)
            Output.out(json ? RoutinesListCommand.json(routines) + "\n" : RoutinesListCommand.text(routines, context.language))
        }
    }

    static func json(_ routines: [Routine]) -> String {
        JSONWriter.array(routines.map { r in
            JSONWriter.object([
                ("id", JSONWriter.quote(r.id)), ("period", JSONWriter.quote(r.period.rawValue)), ("title", JSONWriter.quote(r.title)),
                ("position", String(r.position)), ("due", JSONWriter.value(r.due?.description)), ("target", JSONWriter.value(r.target)),
                ("workdays_only", r.workdaysOnly ? "true" : "false"), ("tags", JSONWriter.array(r.tags.map(JSONWriter.quote))),
                ("note", JSONWriter.value(r.note)), ("active_from", JSONWriter.quote(r.activeFrom.description)),
                ("retired_on", JSONWriter.value(r.retiredOn?.description)),
                ("link", JSONWriter.value(r.link?.rawValue)),
            ])
        })
    }

    static func text(_ routines: [Routine], _ language: Language) -> String {
        let words = Vocabulary(language)
        let idWidth = routines.map(\.id.count).max() ?? 0
        var out = ""
        for kind in PeriodKind.allCases {
            let list = routines.filter { $0.period == kind }
            guard !list.isEmpty else { continue }
            if !out.isEmpty { out += "\n" }
            out += "\(words.periodTitle(kind)) (\(list.count))\n"
            for r in list {
                var extras: [String] = []
                if let d = r.due { extras.append((language.text(.cliRoutinesListDue)) + d.description) }
                if let t = r.target { extras.append((language.text(.cliRoutinesListTarget)) + String(t)) }
                if let l = r.link { extras.append(language.text(.linkListLinked) + l.rawValue) }
                if r.workdaysOnly { extras.append(language.text(.cliRoutinesListWorkdays)) }
                if let ret = r.retiredOn { extras.append((language.text(.cliRoutinesListRetired)) + ret.description) }
                let pad = String(repeating: " ", count: idWidth - r.id.count)
                out += "  \(r.id)\(pad)  \(r.title)" + (extras.isEmpty ? "" : "  [" + extras.joined(separator: ", ") + "]") + "\n"
            }
        }
        return out
    }
}
