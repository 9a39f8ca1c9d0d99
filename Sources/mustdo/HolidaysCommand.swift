import ArgumentParser
import MustDoCore

/// `mustdo holidays [list] [--year Y] [--json]`, `mustdo holidays import FILE.ics [--output PATH [--force]]` and
/// `mustdo holidays generate [--country cn] [--from Y] [--to Y] [--output PATH [--force | --merge]]`.
struct HolidaysCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "holidays",
            abstract: CLIText.helpLanguage.text(.holidaysAbstract),
            subcommands: [HolidaysListCommand.self, HolidaysImportCommand.self,
                          HolidaysGenerateCommand.self],
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
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.holidaysJSONHelp))) var json = false

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
            if json {
                func entries(_ days: Set<LocalDate>) -> String {
                    JSONWriter.array(days.filter { $0.year == y }.sorted().map {
                        JSONWriter.object([("date", JSONWriter.quote($0.description)), ("name", JSONWriter.value(names[$0]))])
                    })
                }
                Output.out(JSONWriter.object([("year", String(y)), ("holidays", entries(calendar.holidays)),
                                              ("workdays", entries(calendar.extraWorkdays))]) + "\n")
                return
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

/// `mustdo holidays generate`: China's official holidays and swapped workdays (调休) of the years MustDo's table knows,
/// as a holiday file (to stdout, a new `--output` file, or merged into an existing one keeping the user's own days).
struct HolidaysGenerateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "generate", abstract: CLIText.helpLanguage.text(.holidaysGenerateAbstract))
    }

    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(help.text(.holidaysCountryHelp), valueName: "cn")) var country = "cn"
    @Option(name: .long, help: ArgumentHelp(help.text(.holidaysFromHelp), valueName: "YYYY")) var from: Int?
    @Option(name: .long, help: ArgumentHelp(help.text(.holidaysToHelp), valueName: "YYYY")) var to: Int?
    @Option(name: .long, help: ArgumentHelp(help.text(.outputOptionHelp), valueName: "path")) var output: String?
    @Flag(name: .long, help: ArgumentHelp(help.text(.forceOptionHelp))) var force = false
    @Flag(name: .long, help: ArgumentHelp(help.text(.holidaysMergeHelp))) var merge = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            guard HolidayCalendar.officialCountries.contains(country.lowercased()) else {
                throw MustDoError.invalidArgument(words.text(.holidaysCountryUnknown, [
                    "country": country.quotedForMessage(), "known": HolidayCalendar.officialCountries.joined(separator: ", ")]))
            }
            let known = HolidayCalendar.officialYears
            let first = from ?? known.lowerBound, last = to ?? known.upperBound
            guard known.contains(first), known.contains(last), first <= last else {
                throw MustDoError.invalidArgument(words.text(.holidaysYearsOutside, [
                    "from": String(first), "to": String(last), "first": String(known.lowerBound), "last": String(known.upperBound)]))
            }
            if merge, output == nil { throw MustDoError.invalidArgument(words.text(.holidaysMergeNeedsOutput)) }
            if merge, force { throw MustDoError.invalidArgument(words.text(.holidaysMergeOrForce)) }
            let official = HolidayCalendar.official(years: first...last, language: words)
            var calendar = official
            var kept = 0
            var replacing = false
            if merge, let output {
                // The user's own file: every day it lists stays, the official days are laid over it.
                if let text = try TextFile.read(output).text(path: output, role: .holidays, missingIsFine: true) {
                    let lf = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\r" }))
                    let mine = try HolidayCalendar(text: lf, file: output)
                    kept = mine.holidays.union(mine.workdays).subtracting(official.holidays.union(official.workdays)).count
                    calendar = mine.overlaid(with: official)
                    replacing = true
                }
            }
            let target = OutputTarget(path: output, force: force || replacing, language: words)
            try target.check()
            let header = [
                "MustDo holiday file: China's official public holidays and swapped workdays of \(first)-\(last),",
                "written by `mustdo holidays generate` on \(context.today) from the State Council's notices (as the",
                "chinese-calendar package records them). holidays: days off; workdays: swapped workdays (调休上班).",
                "Use it with holidays_file = \"<this file>\" in config.toml; your own holidays and extra_workdays",
                "in config.toml still apply, and `--merge` keeps the days you added to this file.",
            ]
            try target.write(calendar.tomlText(header: header), summary: words.text(.holidaysGenerated, [
                "holidays": String(official.holidays.count), "workdays": String(official.workdays.count),
                "from": String(first), "to": String(last), "kept": String(kept)]))
        }
    }
}
