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
            abstract: CLIText.helpLanguage == .zh ? "导出例行事项和历史记录:ics(日历/待办应用)、csv(电子表格)、json(脚本)。"
                                                  : "Export routines and history: ics (calendar and task apps), csv (spreadsheets), json (scripts).",
            subcommands: [ExportICSCommand.self, ExportCSVCommand.self, ExportJSONCommand.self])
    }
}

/// The options every export takes: a date range and where the output goes.
struct ExportOptions: ParsableArguments {
    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @Option(name: .long, help: ArgumentHelp(zh ? "只导出与这一天及之后重叠的周期。" : "Only periods that end on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?
    @Option(name: .long, help: ArgumentHelp(zh ? "只导出与这一天及之前重叠的周期。" : "Only periods that start on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?
    @Option(name: .long, help: ArgumentHelp(zh ? "写入这个文件(默认输出到标准输出)。" : "Write to this file instead of stdout.", valueName: "path"))
    var output: String?
    @Flag(name: .long, help: ArgumentHelp(zh ? "覆盖已存在的 --output 文件。" : "Replace an existing --output file."))
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
            throw MustDoError.invalidArgument(language == .zh ? "--from \(f) 晚于 --to \(t):请让 --from 不晚于 --to。"
                                                              : "--from \(f) is after --to \(t): give a --from that is not after --to.")
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
        CommandConfiguration(commandName: "ics", abstract: CLIText.helpLanguage == .zh
            ? "iCalendar (RFC 5545):每个例行事项一个带 RRULE 的 VTODO,每个已完成事项一个已完成的 VTODO。"
            : "iCalendar (RFC 5545): one repeating VTODO per routine and one completed VTODO per done item.")
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ExportOptions

    func run() throws {
        try reportingErrors(language: global.lang) {
            let (context, db, range, target) = try options.begin(global)
            let data = try db.exportData(from: range.from, to: range.to, doneOnly: true, today: context.today, engine: context.engine)
            let writer = ICalendarWriter(settings: context.settings.calendar,
                                         productID: "-//MustDo//mustdo 0.1//" + context.language.rawValue.uppercased())
            let text = writer.document(routines: data.routines, current: data.current,
                                       completed: data.occurrences.filter { $0.state == .done }, today: context.today)
            try target.write(text) { zh in
                let active = data.routines.filter { $0.retiredOn == nil }.count
                let done = data.occurrences.filter { $0.state == .done }.count
                return zh ? "已写入 \(active) 个重复待办和 \(done) 个已完成事项。" : "Wrote \(active) repeating to-dos and \(done) completed items."
            }
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
        CommandConfiguration(commandName: "csv", abstract: CLIText.helpLanguage == .zh
            ? "CSV (RFC 4180):每个事项一行;--bom 让电子表格正确显示中文。"
            : "CSV (RFC 4180): one row per item; --bom makes spreadsheets read Chinese correctly.")
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var options: ExportOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage == .zh ? "在开头写入 UTF-8 BOM(Excel 需要)。" : "Start with a UTF-8 byte-order mark (for Excel)."))
    var bom = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let (context, db, range, target) = try options.begin(global)
            let data = try db.exportData(from: range.from, to: range.to, today: context.today, engine: context.engine)
            var csv = CSVWriter(bom: bom)
            csv.row(ExportColumns.names)
            for o in data.occurrences { csv.row(ExportColumns.values(o).map { $0 ?? "" }) }
            try target.write(csv.text) { zh in zh ? "已写入 \(data.occurrences.count) 行。" : "Wrote \(data.occurrences.count) rows." }
        }
    }
}

/// `mustdo export json`.
struct ExportJSONCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "json", abstract: CLIText.helpLanguage == .zh
            ? "JSON:{\"from\", \"to\", \"occurrences\": [与 CSV 列同名的对象]}。"
            : "JSON: {\"from\", \"to\", \"occurrences\": [objects keyed like the CSV columns]}.")
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
            out += data.occurrences.isEmpty ? "]}\n" : "\n]}\n"
            try target.write(out) { zh in zh ? "已写入 \(data.occurrences.count) 个事项。" : "Wrote \(data.occurrences.count) items." }
        }
    }
}

/// Where a command's document goes: stdout, or a new file (replacing an existing one only with `--force`).
struct OutputTarget {
    let path: String?
    let force: Bool
    let language: Language

    private var zh: Bool { language == .zh }

    /// Refuses early (before any work) when the file exists and `--force` is not given.
    func check() throws {
        guard let path, !force else { return }
        var st = stat()
        if lstat(path, &st) == 0 { throw MustDoError.outputExists(path: path) }
    }

    /// Writes `text` to stdout, or to the file (through a temporary file renamed into place) and then prints `summary` with the path.
    func write(_ text: String, summary: (Bool) -> String) throws {
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
        Output.out((zh ? "\(summary(true)) 文件:\(path)\n" : "\(summary(false)) File: \(path)\n"))
    }

    private func cannotWrite(_ p: String, _ code: Int32) -> MustDoError {
        if code == ENOSPC || code == EDQUOT || code == EFBIG { return .diskFull(path: p) }
        return .outputNotWritten(path: p, reason: String(cString: strerror(code)))
    }
}
