import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo review [--period month|quarter|half|year] [--month KEY | --quarter KEY | --half KEY | --year KEY] [--markdown | --json]`:
/// the draft of the monthly report, quarterly summary, half-year summary or annual self-review.
struct ReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "review", abstract: help.text(.reviewAbstract), discussion: help.text(.reviewDiscussion))
    }

    private static var help: Language { CLIText.helpLanguage }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(help.text(.reviewPeriodHelp), valueName: "month|quarter|half|year")) var period: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.reviewKeyHelp, ["kind": "month", "example": "2026-11"]), valueName: "key")) var month: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.reviewKeyHelp, ["kind": "quarter", "example": "2026-Q4"]), valueName: "key")) var quarter: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.reviewKeyHelp, ["kind": "half", "example": "2026-H2"]), valueName: "key")) var half: String?
    @Option(name: .long, help: ArgumentHelp(help.text(.reviewKeyHelp, ["kind": "year", "example": "2026"]), valueName: "key")) var year: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false
    @Flag(name: .long, help: ArgumentHelp(help.text(.reviewMarkdownHelp))) var markdown = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let words = context.language
            if json && markdown { throw MustDoError.invalidArgument(words.text(.reviewFormatConflict)) }
            let chosen = try ReviewSelector.resolve(period: period, keys: [(.month, month), (.quarter, quarter), (.half, half), (.year, year)],
                                                    today: context.today, settings: context.settings.calendar, language: words)
            let db = try context.openPrepared()
            let review = try db.periodReview(chosen, today: context.today, settings: context.settings.calendar, cadence: context.settings.cadence)
            let printer = PeriodReviewPrinter(language: words)
            Output.out(json ? printer.json(review) : markdown ? printer.markdown(review) : printer.text(review))
            db.closeBeforeExit()
        }
    }
}

/// Turns `--period` and the key options into one period, or one sentence naming the option and the fix.
enum ReviewSelector {
    /// The period kinds a review covers.
    static let kinds: [PeriodKind] = [.month, .quarter, .half, .year]

    static func resolve(period: String?, keys: [(PeriodKind, String?)], today: LocalDate, settings: CalendarSettings, language: Language) throws -> Period {
        let given = keys.filter { $0.1 != nil }
        if given.count > 1 { throw MustDoError.invalidArgument(language.text(.reviewOptionsConflict)) }
        var kind: PeriodKind?
        if let period {
            guard let k = PeriodKind(name: period), kinds.contains(k) else {
                throw MustDoError.invalidArgument(language.text(.reviewPeriodInvalid, ["text": period.quotedForMessage()]))
            }
            kind = k
        }
        if let (k, _) = given.first, let asked = kind, asked != k {
            throw MustDoError.invalidArgument(language.text(.reviewPeriodConflict, ["period": asked.rawValue, "option": "--" + k.rawValue]))
        }
        let k = given.first?.0 ?? kind ?? .month
        let current = Period.containing(today, kind: k, settings: settings)
        guard let text = given.first?.1 else { return current }
        switch text.lowercased() {
        case "this", "current": return current
        case "last", "previous", "prev": return current.previous(settings: settings)
        case "next": return current.next(settings: settings)
        default: break
        }
        if let d = LocalDate(parsing: text) { return Period.containing(d, kind: k, settings: settings) }
        guard let p = Period(key: text), p.kind == k, p == Period.containing(p.start, kind: k, settings: settings) else {
            throw MustDoError.invalidArgument(language.text(.reviewKeyInvalid, [
                "text": text.quotedForMessage(), "option": "--" + k.rawValue, "example": current.key]))
        }
        return p
    }
}
