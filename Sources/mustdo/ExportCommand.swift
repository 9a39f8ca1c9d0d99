import ArgumentParser
import MustDoCore
import MustDoStore

#if canImport(Glibc)
import Glibc
#endif

/// `mustdo export ics|csv|json`: the routines and their history for calendar apps, spreadsheets and scripts.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: CLIText.helpLanguage.text(.exportAbstract),
            subcommands: [ExportICSCommand.self, ExportCSVCommand.self, ExportJSONCommand.self])
    }
}

/// The options every export takes: a date range and where the output goes.
struct ExportOptions: ParsableArguments {
    private static var help: Language { CLIText.helpLanguage }

    @Option(name: .long, help: ArgumentHelp(help.text(.exportFromHelp), valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.exportToHelp), valueName: "YYYY-MM-DD"))
    var to: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.outputOptionHelp), valueName: "path"))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(help.text(.forceOptionHelp)))
    var force = false

    /// The validated range.
    /// What every export does first: resolve options and range, refuse an existing output file, then open the database.
    func begin(_ global: GlobalOptions) throws -> (AppContext, AppDatabase, (from: LocalDate?, to: LocalDate?), OutputTarget) {
        let context = try AppContext(global)
        let range = try self.range(context.language)
        let target = OutputTarget(path: output, force: force, language: context.language)
        try target.check()
        return (context, try context.openPrepared(), range, target)
    }

    func range(_ language: Language) throws -> (from: LocalDate?, to: LocalDate?) {
        let f = try from.map { t in try LocalDate(parsing: t).orThrow(MustDoError.invalidDate(t, source: "--from")) }
        let t = try to.map { t in try LocalDate(parsing: t).orThrow(MustDoError.invalidDate(t, source: "--to")) }
        if let f, let t, f > t {
            throw MustDoError.invalidArgument(language.text(.exportRangeReversed, ["from": f.description, "to": t.description]))
        }
        return (f, t)
    }
}

extension Optional {
    func orThrow(_ error: @autoclosure () -> Error) throws -> Wrapped {
        guard let v = self else { throw error() }
        return v
    }
}

/// `mustdo export ics`.
struct ExportICSCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "ics", abstract: CLIText.helpLanguage.text(.exportICSAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ExportOptions

    func run() throws {
        try reportingErrors(language: global.lang) {
            let (context, db, range, target) = try options.begin(global)
            let data = try db.exportData(from: range.from, to: range.to, doneOnly: true, today: context.today, engine: context.engine)
            let writer = ICalendarWriter(settings: context.settings.calendar,
                                         productID: "-//MustDo//mustdo 0.1//" + context.language.rawValue.uppercased())
            let visits = try db.visitExport(from: range.from, to: range.to)
            let pending = visits.promises.filter(\.state.isPending)
            let extra = writer.components(appointments: visits.appointments, promises: pending, settings: context.settings.promises, language: context.language)
            let text = writer.document(routines: data.routines, current: data.current,
                                       completed: data.occurrences.filter { $0.state == .done }, today: context.today, extra: extra)
            let active = data.routines.filter { $0.retiredOn == nil }.count
            let done = data.occurrences.filter { $0.state == .done }.count
            var summary = context.language.text(.exportICSWritten, ["routines": String(active), "done": String(done)])
            if !visits.appointments.isEmpty || !pending.isEmpty {
                summary += " " + context.language.text(.exportVisitsWritten, ["appointments": String(visits.appointments.count), "promises": String(pending.count)])
            }
            try target.write(text, summary: summary)
        }
    }
}

/// The columns of the CSV and the keys of the JSON export, in order.
enum ExportColumns {
    static let names = ["date", "end", "due", "period", "key", "routine", "title", "state", "done_at", "skip_reason", "progress", "target", "note"]

    /// One occurrence's values as text (nil for a missing value); a one-off task has period `task` and no end while it is open-ended.
    static func values(_ o: Occurrence) -> [String?] {
        [o.period.start.description, o.period.end == Occurrence.openEnded ? nil : o.period.end.description, o.due?.description,
         o.isTask ? "task" : o.period.kind.rawValue, o.period.key, o.routineID,
         o.title, o.state.rawValue, o.doneAt, o.skipReason, o.target == nil ? nil : String(o.progress), o.target.map(String.init), o.note]
    }
}

/// `mustdo export csv [--bom]`.
struct ExportCSVCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "csv", abstract: CLIText.helpLanguage.text(.exportCSVAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ExportOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.exportBOMHelp)))
    var bom = false
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.exportTableHelp), valueName: "table"))
    var table: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let tables = ["occurrences", "visits", "promises", "appointments"]
            let chosen = table?.lowercased() ?? "occurrences"
            guard tables.contains(chosen) else { throw MustDoError.invalidInput(.exportTableInvalid, ["text": (table ?? "").quotedForMessage()]) }
            let (context, db, range, target) = try options.begin(global)
            var csv = CSVWriter(bom: bom)
            var count = 0
            if chosen == "occurrences" {
                let data = try db.exportData(from: range.from, to: range.to, today: context.today, engine: context.engine)
                csv.row(ExportColumns.names)
                for o in data.occurrences { csv.row(ExportColumns.values(o).map { $0 ?? "" }) }
                count = data.occurrences.count
            } else {
                let visits = try db.visitExport(from: range.from, to: range.to)
                switch chosen {
                case "visits":
                    csv.row(VisitRows.visitColumns)
                    for v in visits.visits { csv.row(VisitRows.values(v).map { $0 ?? "" }) }
                    count = visits.visits.count
                case "promises":
                    csv.row(VisitRows.promiseColumns)
                    for p in visits.promises { csv.row(VisitRows.values(p).map { $0 ?? "" }) }
                    count = visits.promises.count
                default:
                    csv.row(VisitRows.appointmentColumns)
                    for a in visits.appointments { csv.row(VisitRows.values(a).map { $0 ?? "" }) }
                    count = visits.appointments.count
                }
            }
            try target.write(csv.text, summary: context.language.text(.exportCSVWritten, ["count": String(count)]))
        }
    }
}

/// `mustdo export json`.
struct ExportJSONCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "json", abstract: CLIText.helpLanguage.text(.exportJSONAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ExportOptions

    func run() throws {
        try reportingErrors(language: global.lang) {
            let (context, db, range, target) = try options.begin(global)
            let data = try db.exportData(from: range.from, to: range.to, today: context.today, engine: context.engine)
            var out = "{\"from\": " + JSONWriter.value(range.from?.description) + ", \"to\": " + JSONWriter.value(range.to?.description)
                + ", \"occurrences\": ["
            let numeric: Set<String> = ["progress", "target"]
            for (i, o) in data.occurrences.enumerated() {
                let pairs = zip(ExportColumns.names, ExportColumns.values(o)).map { name, value -> (String, String) in
                    (name, numeric.contains(name) ? (value ?? "null") : JSONWriter.value(value))
                }
                out += (i == 0 ? "\n" : ",\n") + JSONWriter.object(pairs)
            }
            out += data.occurrences.isEmpty ? "]" : "\n]"
            let visits = try db.visitExport(from: range.from, to: range.to)
            out += ",\n\"visits\": " + JSONWriter.array(visits.visits.map(VisitRows.json))
            out += ",\n\"promises\": " + JSONWriter.array(visits.promises.map { VisitRows.json($0, history: true) })
            out += ",\n\"appointments\": " + JSONWriter.array(visits.appointments.map(VisitRows.json)) + "}\n"
            try target.write(out, summary: context.language.text(.exportJSONWritten, ["count": String(data.occurrences.count)]))
        }
    }
}

/// Where a command's document goes: stdout, or a new file (replacing an existing one only with `--force`).
struct OutputTarget {
    let path: String?
    let force: Bool
    let language: Language

    /// Refuses early (before any work) when the file exists and `--force` is not given.
    func check() throws {
        guard let path, !force else { return }
        var st = stat()
        if lstat(path, &st) == 0 { throw MustDoError.outputExists(path: path) }
    }

    /// Writes `text` to stdout, or to the file (through a temporary file renamed into place) and then prints `summary` with the path.
    func write(_ text: String, summary: String) throws {
        guard let path else {
            Output.out(text)
            return
        }
        // A new file is private (0600); a replaced one (--force) keeps its mode.
        do {
            try AtomicFile.write(text, to: path, existing: force ? .replace : .refuse)
        } catch let e as FileSystemError {
            if e.code == EEXIST { throw MustDoError.outputExists(path: path) }
            throw cannotWrite(path, e.code)
        }
        Output.out(language.text(.outputWritten, ["summary": summary, "path": path]) + "\n")
    }

    private func cannotWrite(_ p: String, _ code: Int32) -> MustDoError {
        if code == ENOSPC || code == EDQUOT || code == EFBIG { return .diskFull(path: p) }
        return .outputNotWritten(path: p, reason: String(cString: strerror(code)))
    }
}
