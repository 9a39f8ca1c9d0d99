import ArgumentParser
import MustDoCore
import MustDoTeam

/// `mustdo team report [--week KEY | --month KEY | --quarter KEY] [--markdown | --json]`: the roll-up per person
/// from the server's views (a manager sees the team, a rep themselves).
struct TeamReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: CLIText.helpLanguage.text(.teamReportAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamReportKeyHelp), valueName: "key")) var week: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamReportKeyHelp), valueName: "key")) var month: String?
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamReportKeyHelp), valueName: "key")) var quarter: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.teamReportMarkdownHelp))) var markdown = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            let lang = context.language
            let chosen = [("week", week), ("month", month), ("quarter", quarter)].filter { $0.1 != nil }
            guard chosen.count <= 1, !(markdown && json) else { throw TeamError(.teamReportOneChoice, [:], exitCode: 64) }
            let kind = chosen.first?.0 ?? "week"
            let current = context.engine.currentPeriods(on: context.today).first { $0.kind.rawValue == kind }
            let key = chosen.first?.1 ?? current?.key ?? ""
            let settings = try TeamConsole.settings(context)
            let report = try TeamReport.load(try settings.connect(), kind: kind, key: key)
            if json {
                var out = "{\"kind\": \(JSONWriter.quote(kind)), \"key\": \(JSONWriter.quote(key)), \"start\": \(JSONWriter.quote(report.start)), \"end\": \(JSONWriter.quote(report.end)), \"people\": ["
                out += report.lines.map { l in
                    "{\"login\": \(JSONWriter.quote(l.owner)), \"period\": {\"done\": \(l.period.done), \"skipped\": \(l.period.skipped), \"missed\": \(l.period.missed), \"total\": \(l.period.total)}, "
                        + "\"days\": {\"done\": \(l.days.done), \"skipped\": \(l.days.skipped), \"missed\": \(l.days.missed), \"total\": \(l.days.total)}, "
                        + "\"won\": \(l.won), \"lost\": \(l.lost)}"
                }.joined(separator: ", ")
                Output.out(out + "]}\n")
                return
            }
            let title = lang.text(.teamReportTitle, ["kind": kind, "key": key, "start": report.start, "end": report.end])
            Output.out((markdown ? "## " : "") + title + "\n")
            if markdown { Output.out("\n" + lang.text(.teamReportMarkdownHeader) + "\n|---|---|---|---|---|\n") }
            for l in report.lines {
                let values = ["login": l.owner,
                              "period": "\(l.period.done)/\(l.period.total) \(TeamReport.percent(l.period.done, l.period.total))",
                              "days": "\(l.days.done)/\(l.days.total) \(TeamReport.percent(l.days.done, l.days.total))",
                              "won": String(l.won), "lost": String(l.lost)]
                Output.out(lang.text(markdown ? .teamReportMarkdownRow : .teamReportRow, values) + "\n")
            }
            if report.lines.isEmpty { Output.out(lang.text(.teamReportEmpty) + "\n") }
        }
    }
}
