import ArgumentParser
import MustDoCore

/// `mustdo lunar`: a solar date in the Chinese lunar calendar (today by default), every day of a range
/// (`--from --to`, as the lunar oracle test reads it), or a lunar date back to its solar day (`--solar`).
struct LunarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "lunar", abstract: CLIText.helpLanguage.text(.lunarAbstract))
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.lunarDateHelp), valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.lunarFromHelp), valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.lunarToHelp), valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.lunarSolarHelp), valueName: "lunar-date"))
    var solar: String?

    @Option(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.lunarFormatHelp), valueName: "text|tsv|json"))
    var format: String = "text"

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let language = context.language
            guard ["text", "tsv", "json"].contains(format) else {
                throw MustDoError.invalidArgument(language.text(.lunarBadFormat, ["text": format]))
            }
            let modes = [date != nil, from != nil || to != nil, solar != nil].filter { $0 }.count
            guard modes <= 1 else { throw MustDoError.invalidArgument(language.text(.lunarOptionsConflict)) }
            var days: [(LocalDate, LunarDate)] = []
            if let solar {
                guard let lunar = LunarDate(parsing: solar) else {
                    throw MustDoError.invalidArgument(language.text(.lunarInvalid, ["text": String(solar.prefix(40))]))
                }
                days = [(lunar.solar, lunar)]
            } else if from != nil || to != nil {
                guard let fromText = from, let toText = to else { throw MustDoError.invalidArgument(language.text(.lunarRangeTooLong)) }
                let first = try LunarCommand.solarDate(fromText, option: "--from", language: language)
                let last = try LunarCommand.solarDate(toText, option: "--to", language: language)
                guard first <= last else {
                    throw MustDoError.invalidArgument(language.text(.lunarRangeBackwards, ["from": first.description, "to": last.description]))
                }
                days.reserveCapacity(first.days(to: last) + 1)
                var day = first
                while day <= last {
                    days.append((day, LunarDate(solar: day)!))
                    day = day.adding(days: 1)
                }
            } else {
                let day = try date.map { try LunarCommand.solarDate($0, option: "--date", language: language) } ?? context.today
                guard let lunar = LunarDate(solar: day) else { throw LunarCommand.outOfRange(day, language) }
                days = [(day, lunar)]
            }
            var sink = ChunkedOutput()
            switch format {
            case "tsv":
                sink.append("date\tlunar\tleap\n")
                for (s, l) in days { sink.append("\(s)\t\(l.year)-\(LunarCommand.two(l.month))-\(LunarCommand.two(l.day))\t\(l.isLeapMonth ? 1 : 0)\n") }
            case "json":
                sink.append("[")
                for (i, (s, l)) in days.enumerated() {
                    sink.append((i == 0 ? "" : ",") + "{\"date\":\"\(s)\",\"lunar\":\"\(l)\",\"year\":\(l.year),\"month\":\(l.month),\"day\":\(l.day),\"leap\":\(l.isLeapMonth),\"chinese\":\"\(l.chineseName)\"}")
                }
                sink.append("]\n")
            default:
                for (s, l) in days {
                    sink.append(language.text(.lunarLine, ["solar": s.description, "lunar": l.description, "chinese": l.chineseName]) + "\n")
                }
            }
            sink.flush()
        }
    }

    /// A solar date option within the table's range, or the error naming the option.
    static func solarDate(_ text: String, option: String, language: Language) throws -> LocalDate {
        guard let day = LocalDate(parsing: text) else { throw MustDoError.invalidDate(String(text.prefix(40)), source: option) }
        guard LunarDate(solar: day) != nil else { throw outOfRange(day, language) }
        return day
    }

    static func outOfRange(_ day: LocalDate, _ language: Language) -> MustDoError {
        .invalidArgument(language.text(.lunarOutOfRange, ["date": day.description, "first": LunarDate.firstSolarDay.description,
                                                          "last": LunarDate.lastSolarDay.description]))
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
