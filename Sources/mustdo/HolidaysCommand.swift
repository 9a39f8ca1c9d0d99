import ArgumentParser
import MustDoCore

/// `mustdo holidays [list] [--year Y]` and `mustdo holidays import FILE.ics [--output PATH [--force]]`.
struct HolidaysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "holidays",
            abstract: CLIText.helpLanguage.text(.holidaysAbstract),
            subcommands: [HolidaysListCommand.self, HolidaysImportCommand.self],
            defaultSubcommand: HolidaysListCommand.self)
    }
}

/// `mustdo holidays [list] [--year Y]`: the days off and extra workdays in effect (config.toml plus `holidays_file`).
struct HolidaysListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: CLIText.helpLanguage.text(.holidaysListAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.holidaysYearHelp), valueName: "YYYY")) var year: Int?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            let y = year ?? context.today.year
            guard (1...9999).contains(y) else {
                throw MustDoError.invalidArgument(words.text(.holidaysYearInvalid))
            }
            let calendar = context.settings.calendar
            var names: [LocalDate: String] = [:]
            if let file = context.settings.holidaysFile {
                let path = HolidayCalendar.resolve(file, configPath: context.paths.config, home: context.environment["HOME"])
                names = (try? HolidayCalendar.load(path: path))?.names ?? [:]
            }
            let vocabulary = Vocabulary(context.language)
            func lines(_ days: Set<LocalDate>) -> String {
                let list = days.filter { $0.year == y }.sorted()
                if list.isEmpty { return words.text(.holidaysNone) + "\n" }
                return list.map { d in "  \(d) \(vocabulary.weekdayShort(d.weekday))" + (names[d].map { "  " + $0 } ?? "") + "\n" }.joined()
            }
            var out = words.text(.holidaysDaysOff, ["year": String(y)]) + "\n"
            out += lines(calendar.holidays)
            out += "\n" + words.text(.holidaysWorkdays, ["year": String(y)]) + "\n"
            out += lines(calendar.extraWorkdays)
            if calendar.holidays.isEmpty && calendar.extraWorkdays.isEmpty {
                out += "\n" + words.text(.holidaysNoneSet) + "\n"
            }
            Output.out(out)
        }
    }
}

/// `mustdo holidays import FILE.ics`: convert an iCalendar holiday calendar into a holiday file.
struct HolidaysImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: CLIText.helpLanguage.text(.holidaysImportAbstract))
    }

    private static var zh: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(zh.text(.holidaysICSFileHelp), valueName: "file")) var file: String
    @Option(name: .long, help: ArgumentHelp(zh.text(.outputOptionHelp), valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(zh.text(.forceOptionHelp))) var force = false

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
            try target.write(toml, summary: context.language.text(.holidaysImported, [
                "events": String(result.events), "holidays": String(c.holidays.count), "workdays": String(c.workdays.count)]))
        }
    }
}
