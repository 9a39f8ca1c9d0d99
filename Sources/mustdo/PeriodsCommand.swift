import ArgumentParser
import MustDoCore
import TerminalUI

/// `mustdo periods`: the period instances that contain a date, or every day of a range, under the current settings.
///
/// - `--date D` (default: today, after `--today` / `MUSTDO_TODAY` and the day-start hour) or `--from D --to D`.
/// - `--week-start monday|sunday|saturday` and `--fiscal-start 1…12` override the config for this run only.
/// - `--format text|tsv|json`:
///   - text: a table of kind, key, start and end for one date; one row of keys per day for a range;
///   - tsv: a header, then one line per day:
///     `date  day_key  week_key week_start week_end  month_…  quarter_…  half_…  year_key year_start year_end`;
///   - json: a list with one object per day: `{"date", "day": {"key", "start", "end"}, "week": {…}, …}`.
/// - `--due RULE --kind K` (rule as in packs: `fri`, `15`, `last-day`, `last-workday`, `@N` for the month within the period)
///   adds the rule's due date to each period of kind K. The one-date text table gains a `due` column; tsv, json and a
///   text range list one line per instance of K overlapping the range instead: `key  start  end  due` (tsv with a header).
///
/// Built for bulk use (the calendar oracle prints 110,000 days in one run): each kind's period is advanced with
/// `Period.next` only when the day leaves it, and the output is written in pieces of about 64 KB.
struct PeriodsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "periods", abstract: PeriodsHelp.text(.abstract), discussion: PeriodsHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(PeriodsHelp.text(.date), valueName: "YYYY-MM-DD"))
    var date: LocalDate?

    @Option(name: .long, help: ArgumentHelp(PeriodsHelp.text(.from), valueName: "YYYY-MM-DD"))
    var from: LocalDate?

    @Option(name: .long, help: ArgumentHelp(PeriodsHelp.text(.to), valueName: "YYYY-MM-DD"))
    var to: LocalDate?

    @Option(name: .customLong("week-start"), help: ArgumentHelp(PeriodsHelp.text(.weekStart), valueName: "monday|sunday|saturday"))
    var weekStart: String?

    @Option(name: .customLong("fiscal-start"), help: ArgumentHelp(PeriodsHelp.text(.fiscalStart), valueName: "1-12"))
    var fiscalStart: String?

    @Option(name: .long, help: ArgumentHelp(PeriodsHelp.text(.format), valueName: "text|tsv|json"))
    var format: PeriodsFormat = .text

    @Option(name: .long, help: ArgumentHelp(PeriodsHelp.text(.due), valueName: "rule"))
    var due: String?

    @Option(name: .long, help: ArgumentHelp(PeriodsHelp.text(.kind), valueName: "kind"))
    var kind: PeriodKind?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let request = try PeriodsRequest(options: self, config: context.settings.calendar, today: context.today,
                                             language: context.language)
            var sink = ChunkedOutput()
            request.write(to: &sink)
            sink.flush()
        }
    }
}

/// The output formats of `mustdo periods`.
enum PeriodsFormat: String {
    case text, tsv, json
}

/// A validated `mustdo periods` run: settings, date range, format and optional due rule.
struct PeriodsRequest {
    let settings: CalendarSettings
    let from: LocalDate
    let to: LocalDate
    /// Whether the range came from `--from/--to` (else it is one date).
    let isRange: Bool
    let format: PeriodsFormat
    let due: (rule: DueRule, kind: PeriodKind)?
    let language: Language

    /// The kinds after `day`, in display order.
    static let longerKinds: [PeriodKind] = [.week, .month, .quarter, .half, .year]

    /// Checks the options against `config` (the user's calendar) and `today`; throws a one-sentence error for a bad value.
    init(options o: PeriodsCommand, config: CalendarSettings, today: LocalDate, language: Language) throws {
        self.language = language
        func bad(_ key: MessageKey, _ values: [String: String] = [:]) -> MustDoError { .invalidArgument(language.text(key, values)) }

        var s = config
        if let w = o.weekStart {
            guard let day = Weekday(name: w), [.monday, .sunday, .saturday].contains(day) else {
                throw bad(.cliPeriodsWeekStartMustBeMonday, ["w": w.quotedForMessage()])
            }
            s.weekStart = day
        }
        if let f = o.fiscalStart {
            guard let m = Int(f), (1...12).contains(m) else {
                throw bad(.cliPeriodsFiscalStartMustBeA, ["f": f.quotedForMessage()])
            }
            s.fiscalStartMonth = m
        }
        settings = s

        format = o.format

        if o.date != nil, o.from != nil || o.to != nil {
            throw bad(.cliPeriodsDateCannotBeCombinedWith)
        }
        switch (o.from, o.to) {
        case let (f?, t?):
            from = f
            to = t
            guard from <= to else {
                throw bad(.cliPeriodsFromIsAfterToGive, ["f": "\(f)", "t": "\(t)"])
            }
            isRange = true
        case (nil, nil):
            let d = o.date ?? today
            from = d
            to = d
            isRange = false
        default:
            throw bad(.cliPeriodsFromAndToGoTogether)
        }

        switch (o.due, o.kind) {
        case (nil, nil):
            due = nil
        case (nil, let k?):
            throw bad(.cliPeriodsKindOnlyWorksWithDue, ["k": "\(k)"])
        case (let r?, nil):
            throw bad(.cliPeriodsDueNeedsKindToName, ["r": r.quotedForMessage()])
        case let (r?, kind?):
            guard let rule = DueRule(text: r) else {
                throw bad(.cliPeriodsDueIsNotARule, ["r": r.quotedForMessage()])
            }
            if rule.problem(for: kind) != nil {
                throw PeriodsRequest.mismatch(rule: r, parsed: rule, kind: kind, language: language)
            }
            due = (rule, kind)
        }
    }

    /// The error for a rule that cannot apply to a kind, in the user's language.
    static func mismatch(rule text: String, parsed rule: DueRule, kind: PeriodKind, language: Language) -> MustDoError {
        let why: String
        switch (rule, kind) {
        case (_, .day): why = language.text(.cliPeriodsWhyDay)
        case (.weekday, _): why = language.text(.cliPeriodsWhyWeekday)
        case (_, .week): why = language.text(.cliPeriodsWhyWeek)
        default:
            why = kind == .month ? language.text(.cliPeriodsWhyMonth)
                : language.text(.cliPeriodsWhyMonthRange, ["kind": kind.rawValue, "months": String(kind.months ?? 1)])
        }
        return .invalidArgument(language.text(.cliPeriodsRuleMismatch, ["rule": text, "kind": kind.rawValue, "why": why]))
    }

    /// Writes the whole answer to `sink`.
    func write(to sink: inout ChunkedOutput) {
        if let due {
            if format == .text && !isRange {
                writeTable(to: &sink, due: due)
            } else {
                writeInstances(to: &sink, rule: due.rule, kind: due.kind)
            }
        } else if format == .text && !isRange {
            writeTable(to: &sink, due: nil)
        } else {
            writeDays(to: &sink)
        }
    }

    // MARK: - One date as a table

    private func writeTable(to sink: inout ChunkedOutput, due: (rule: DueRule, kind: PeriodKind)?) {
        let words = Vocabulary(language)
        let d = from
        let fiscal = settings.fiscalStartMonth
        var rows: [[String]] = [language.text(.cliPeriodsTableHeader).split(separator: "\t").map(String.init)]
        if due != nil { rows[0].append(language.text(.cliPeriodsDue)) }
        for kind in PeriodKind.allCases {
            let p = Period.containing(d, kind: kind, settings: settings)
            var row = [words.periodShort(kind), p.key, p.start.description, p.end.description]
            if let due { row.append(due.kind == kind ? due.rule.dueDate(in: p, settings: settings).description : "") }
            rows.append(row)
        }
        sink.append(language.text(.cliPeriodsWeeksStartOnFiscalYear, ["d": "\(d)", "fiscal": "\(fiscal)", "p0": "\(words.weekdayFull(settings.weekStart))", "p1": "\(words.weekdayShort(d.weekday))"]))
        sink.append(PeriodsRequest.table(rows))
        if let due {
            sink.append("\n" + language.text(.cliPeriodsDueRuleApplies, ["rule": "\(due.rule)",
                                                                        "kind": language.kindName(due.kind, short: true)]) + "\n")
        }
    }

    /// Left-aligned columns two spaces apart, measured in terminal cells (CJK counts 2); trailing spaces trimmed.
    static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + 2) }
            }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    // MARK: - Every day of a range

    /// One line (or object) per day; each longer kind's period is advanced only when the day leaves it.
    private func writeDays(to sink: inout ChunkedOutput) {
        let kinds = PeriodsRequest.longerKinds
        var current = kinds.map { Period.containing(from, kind: $0, settings: settings) }
        var cells = [String](repeating: "", count: kinds.count)
        func cell(_ p: Period) -> String {
            switch format {
            case .tsv: return "\t" + p.key + "\t" + p.start.description + "\t" + p.end.description
            case .json: return JSONWriter.object([("key", JSONWriter.quote(p.key)), ("start", JSONWriter.quote(p.start.description)),
                                                  ("end", JSONWriter.quote(p.end.description))])
            case .text: return p.key
            }
        }
        for i in kinds.indices { cells[i] = cell(current[i]) }

        // Text: fixed column widths from the first day (a kind's keys have one length under one set of settings).
        var widths = [Int]()
        if format == .text {
            let header = [language.text(.cliPeriodsDate)] + kinds.map { Vocabulary(language).periodShort($0) }
            widths = [10] + cells.map(\.count)
            for (i, h) in header.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(h)) }
            var line = ""
            for (i, h) in header.enumerated() {
                line += h
                if i < header.count - 1 { line += String(repeating: " ", count: widths[i] - DisplayWidth.of(h) + 2) }
            }
            sink.append(line + "\n")
        } else if format == .tsv {
            var header = "date\tday_key"
            for k in kinds { header += "\t\(k.rawValue)_key\t\(k.rawValue)_start\t\(k.rawValue)_end" }
            sink.append(header + "\n")
        } else {
            sink.append("[")
        }

        var d = from
        var first = true
        while d <= to {
            for i in kinds.indices where d > current[i].end {
                current[i] = current[i].next(settings: settings)
                cells[i] = cell(current[i])
            }
            let ds = d.description
            switch format {
            case .tsv:
                var line = ds + "\t" + ds
                for c in cells { line += c }
                sink.append(line + "\n")
            case .json:
                let day = JSONWriter.object([("key", JSONWriter.quote(ds)), ("start", JSONWriter.quote(ds)), ("end", JSONWriter.quote(ds))])
                let pairs = [("date", JSONWriter.quote(ds)), ("day", day)] + zip(kinds, cells).map { ($0.0.rawValue, $0.1) }
                sink.append((first ? "\n" : ",\n") + JSONWriter.object(pairs))
            case .text:
                var line = ds
                for (i, c) in cells.enumerated() {
                    line += String(repeating: " ", count: max(0, widths[i] - (i == 0 ? 10 : cells[i - 1].count)) + 2)
                    line += c
                }
                sink.append(line + "\n")
            }
            first = false
            d = d.adding(days: 1)
        }
        if format == .json { sink.append(first ? "]\n" : "\n]\n") }
    }

    // MARK: - Instances of one kind with their due date

    /// One line (or object) per period of `kind` that overlaps the range, with the rule's due date.
    private func writeInstances(to sink: inout ChunkedOutput, rule: DueRule, kind: PeriodKind) {
        var p = Period.containing(from, kind: kind, settings: settings)
        var first = true
        switch format {
        case .tsv: sink.append("key\tstart\tend\tdue\n")
        case .json: sink.append("[")
        case .text:
            sink.append(language.text(.cliPeriodsInstancesHeading, ["kind": language.kindName(kind, short: true), "rule": "\(rule)"]) + "\n\n")
            let keyWidth = max(p.key.count, 3)
            let header = language.text(.cliPeriodsInstancesHeader).split(separator: "\t").map(String.init)
            sink.append(header[0] + String(repeating: " ", count: keyWidth - DisplayWidth.of(header[0]) + 2)
                + header[1] + String(repeating: " ", count: 12 - DisplayWidth.of(header[1]))
                + header[2] + String(repeating: " ", count: 12 - DisplayWidth.of(header[2])) + header[3] + "\n")
        }
        let keyWidth = max(p.key.count, 3)
        while p.start <= to {
            let due = rule.dueDate(in: p, settings: settings).description
            switch format {
            case .tsv:
                sink.append(p.key + "\t" + p.start.description + "\t" + p.end.description + "\t" + due + "\n")
            case .json:
                sink.append((first ? "\n" : ",\n") + JSONWriter.object([
                    ("kind", JSONWriter.quote(kind.rawValue)), ("key", JSONWriter.quote(p.key)), ("start", JSONWriter.quote(p.start.description)),
                    ("end", JSONWriter.quote(p.end.description)), ("due", JSONWriter.quote(due))]))
            case .text:
                sink.append(p.key + String(repeating: " ", count: max(0, keyWidth - p.key.count) + 2)
                    + p.start.description + "  " + p.end.description + "  " + due + "\n")
            }
            first = false
            p = p.next(settings: settings)
        }
        if format == .json { sink.append(first ? "]\n" : "\n]\n") }
    }
}

/// Collects output and writes it with `Output.out` in pieces of about 64 KB.
struct ChunkedOutput {
    var buffer = ""
    static let chunkSize = 64 * 1024

    init() { buffer.reserveCapacity(ChunkedOutput.chunkSize + 4096) }

    /// Adds `text`, writing the buffer out once it reaches the chunk size.
    mutating func append(_ text: String) {
        buffer += text
        if buffer.utf8.count >= ChunkedOutput.chunkSize { flush() }
    }

    /// Writes whatever is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Output.out(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Help text for `mustdo periods` in the help language.
enum PeriodsHelp {
    enum Key { case abstract, discussion, date, from, to, weekStart, fiscalStart, format, due, kind }

    static func text(_ key: Key) -> String {
        switch key {
        case .abstract:
            return CLIText.helpLanguage.text(.cliPeriodsShowThePeriodsThatContain)
        case .discussion:
            return CLIText.helpLanguage.text(.cliPeriodsDiscussion)
        case .date: return CLIText.helpLanguage.text(.cliPeriodsTheDateToShowDefault)
        case .from: return CLIText.helpLanguage.text(.cliPeriodsFirstDayOfARange)
        case .to: return CLIText.helpLanguage.text(.cliPeriodsLastDayOfTheRange)
        case .weekStart: return CLIText.helpLanguage.text(.cliPeriodsWeekStartForThisRun)
        case .fiscalStart: return CLIText.helpLanguage.text(.cliPeriodsFiscalYearStartMonth1)
        case .format: return CLIText.helpLanguage.text(.cliPeriodsOutputFormatTextATable)
        case .due: return CLIText.helpLanguage.text(.cliPeriodsADueRuleSuchAs)
        case .kind: return CLIText.helpLanguage.text(.cliPeriodsThePeriodKindTheDue)
        }
    }
}
