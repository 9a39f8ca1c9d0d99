import ArgumentParser
import MustDoCore

/// `mustdo holidays [list] [--year Y]` and `mustdo holidays import FILE.ics [--output PATH [--force]]`.
struct HolidaysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "holidays",
            abstract: CLIText.helpLanguage == .zh ? "节假日与调休上班日:列出当前设置,或把 .ics 节假日日历转换为节假日文件。"
                                                  : "Holidays and swapped workdays: list the ones in effect, or convert an .ics holiday calendar into a holiday file.",
            subcommands: [HolidaysListCommand.self, HolidaysImportCommand.self],
            defaultSubcommand: HolidaysListCommand.self)
    }
}

/// `mustdo holidays [list] [--year Y]`: the days off and extra workdays in effect (config.toml plus `holidays_file`).
struct HolidaysListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage == .zh
            ? "列出某一年生效的节假日和调休上班日(默认今年)。" : "List the holidays and swapped workdays in effect for a year (default: this year).")
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage == .zh ? "年份。" : "The year.", valueName: "YYYY")) var year: Int?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let zh = context.language == .zh
            let y = year ?? context.today.year
            guard (1...9999).contains(y) else {
                throw MustDoError.invalidArgument(zh ? "--year 必须是 1 到 9999 的年份。" : "--year must be a year from 1 to 9999.")
            }
            let calendar = context.settings.calendar
            var names: [LocalDate: String] = [:]
            if let file = context.settings.holidaysFile {
                let path = HolidayCalendar.resolve(file, configPath: context.paths.config, home: context.environment["HOME"])
                names = (try? HolidayCalendar.load(path: path))?.names ?? [:]
            }
            let words = Vocabulary(context.language)
            func lines(_ days: Set<LocalDate>) -> String {
                let list = days.filter { $0.year == y }.sorted()
                if list.isEmpty { return zh ? "  (无)\n" : "  (none)\n" }
                return list.map { d in "  \(d) \(words.weekdayShort(d.weekday))" + (names[d].map { "  " + $0 } ?? "") + "\n" }.joined()
            }
            var out = zh ? "\(y) 年的节假日(工作日放假):\n" : "Holidays in \(y) (days off):\n"
            out += lines(calendar.holidays)
            out += zh ? "\n\(y) 年的调休上班日:\n" : "\nSwapped workdays in \(y):\n"
            out += lines(calendar.extraWorkdays)
            if calendar.holidays.isEmpty && calendar.extraWorkdays.isEmpty {
                out += zh ? "\n没有设置节假日:在 config.toml 中用 holidays_file 指定节假日文件(格式见 docs/holidays-2026-cn.example.toml)。\n"
                          : "\nNo holidays are set: name a holiday file with holidays_file in config.toml (format: docs/holidays-2026-cn.example.toml).\n"
            }
            Output.out(out)
        }
    }
}

/// `mustdo holidays import FILE.ics`: convert an iCalendar holiday calendar into a holiday file.
struct HolidaysImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: zh
            ? "把 .ics 节假日日历转换为 TOML 节假日文件:每个 VEVENT 的日期为放假日;标题含“班”(上班、补班)或 workday 的为调休上班日。"
            : "Convert an .ics holiday calendar into a TOML holiday file: each VEVENT's days are days off; a summary containing 班 (上班, 补班) or \"workday\" marks swapped workdays.")
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(zh ? ".ics 文件。" : "The .ics file.", valueName: "file")) var file: String
    @Option(name: .long, help: ArgumentHelp(zh ? "写入这个文件(默认输出到标准输出)。" : "Write to this file instead of stdout.", valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(zh ? "覆盖已存在的 --output 文件。" : "Replace an existing --output file.")) var force = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let target = OutputTarget(path: output, force: force, language: context.language)
            try target.check()
            let text: String
            text = try TextFile.read(file).text(path: file, role: .calendar)!
            let result = try HolidayCalendar.importICS(text: text, file: file)
            let c = result.calendar
            let name = file.split(separator: "/").last.map(String.init) ?? file
            var header = [
                "MustDo holiday file, converted from \(name) on \(context.today) by `mustdo holidays import`.",
                "holidays: days off; workdays: swapped workdays (调休上班). Check it against the official",
                "announcement before use. Use it with holidays_file = \"<this file>\" in config.toml.",
            ]
            if result.repeating > 0 {
                header.append("Note: \(result.repeating) repeating event(s) were taken for their first date only.")
            }
            let toml = c.tomlText(header: header)
            try target.write(toml) { zh in
                zh ? "读取 \(result.events) 个事件:\(c.holidays.count) 个放假日,\(c.workdays.count) 个调休上班日。"
                   : "Read \(result.events) events: \(c.holidays.count) days off, \(c.workdays.count) swapped workdays."
            }
        }
    }
}
