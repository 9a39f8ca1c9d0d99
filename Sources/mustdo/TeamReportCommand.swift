import ArgumentParser
import MustDoCore
import MustDoTeam
import TerminalUI

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
        TeamTrace.mark("start")
        try TeamConsole.run(language: global.lang?.rawValue) {
            let context = try AppContext(global)
            let lang = context.language
            let chosen = [(PeriodKind.week, week), (.month, month), (.quarter, quarter)].filter { $0.1 != nil }
            guard chosen.count <= 1, !(markdown && json) else { throw TeamError(.teamReportOneChoice, [:], exitCode: 64) }
            let kind = chosen.first?.0 ?? .week
            let current = Period.containing(context.today, kind: kind, settings: context.engine.settings)
            var period = current
            if let text = chosen.first?.1 {
                guard let p = Period(key: text), p.kind == kind else {
                    throw TeamError(.team2ReportBadKey, ["text": text.quotedForMessage(), "option": "--" + kind.rawValue, "example": current.key], exitCode: 64)
                }
                period = p
            }
            let settings = try TeamConsole.settings(context)
            TeamTrace.mark("settings")
            let connection = try settings.connect()
            TeamTrace.mark("connect")
            let report = try TeamReport.load(connection, period: period, today: context.today)
            TeamTrace.mark("report-query")
            if json {
                Output.out(TeamReportCommand.json(report))
                return
            }
            let table = TeamReportTable(report, language: lang)
            if markdown {
                Output.out(table.markdown)
            } else {
                Output.out(table.textLines { DisplayWidth.of($0) }.joined(separator: "\n") + "\n")
            }
            if report.lines.isEmpty { Output.out(lang.text(.teamReportEmpty) + "\n") }
            TeamTrace.mark("print")
        }
    }

    /// The report as JSON (documented in the README).
    static func json(_ report: TeamReport) -> String {
        let counts: (TeamReport.Counts) -> String = { c in
            JSONWriter.object([("done", String(c.done)), ("skipped", String(c.skipped)), ("missed", String(c.missed)), ("total", String(c.total))])
        }
        let people = report.lines.map { l in
            JSONWriter.object([
                ("login", JSONWriter.quote(l.owner)),
                ("period", counts(l.period)),
                ("days", counts(l.days)),
                ("visits", String(l.visits)),
                ("visits_with_action", String(l.visitsWithAction)),
                ("promises", JSONWriter.object([
                    ("ours", JSONWriter.object([("kept", String(l.oursKept)), ("broken", String(l.oursBroken))])),
                    ("theirs", JSONWriter.object([("kept", String(l.theirsKept)), ("broken", String(l.theirsBroken))])),
                ])),
                ("won", String(l.won)),
                ("lost", String(l.lost)),
                ("losing_touch", String(l.losingTouch)),
            ])
        }
        return JSONWriter.object([
            ("kind", JSONWriter.quote(report.kind)), ("key", JSONWriter.quote(report.key)),
            ("start", JSONWriter.quote(report.start.description)), ("end", JSONWriter.quote(report.end.description)),
            ("as_of", JSONWriter.quote(report.asOf.description)), ("people", JSONWriter.array(people)),
        ]) + "\n"
    }
}
