import ArgumentParser
import MustDoCore
import MustDoStore

#if canImport(Glibc)
import Glibc
#endif

/// `mustdo week [--week KEY] [--json | --markdown]`: the week review.
struct WeekCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "week", abstract: WeekHelp.text(.abstract), discussion: WeekHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(WeekHelp.text(.week), valueName: "key")) var week: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false
    @Flag(name: .long, help: ArgumentHelp(WeekHelp.text(.markdown))) var markdown = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            if json && markdown {
                throw MustDoError.invalidArgument(context.language.text(.cliWeekChooseOneOfJsonAnd))
            }
            let period = try WeekSelector.resolve(week, context: context)
            let db = try context.openPrepared()
            let review = try db.weekReview(period, today: context.today, engine: context.engine, cadence: context.settings.cadence)
            let printer = WeekReviewPrinter(language: context.language)
            Output.out(json ? printer.json(review) + "\n" : markdown ? printer.markdown(review) : printer.text(review))
            db.closeBeforeExit()
        }
    }
}

/// Turns `--week` text into a week under the user's settings: a week key, a date, or `this` / `last` / `next`.
enum WeekSelector {
    static func resolve(_ text: String?, context: AppContext) throws -> Period {
        let settings = context.settings.calendar
        let current = Period.containing(context.today, kind: .week, settings: settings)
        guard let text else { return current }
        switch text.lowercased() {
        case "this", "current": return current
        case "last", "previous", "prev": return current.previous(settings: settings)
        case "next": return current.next(settings: settings)
        default: break
        }
        if let d = LocalDate(parsing: text) { return Period.containing(d, kind: .week, settings: settings) }
        guard let p = Period(key: text), p.kind == .week else {
            throw MustDoError.invalidArgument(context.language.text(.cliWeekIsNotAWeekKey, ["currentKey": "\(current.key)", "text": text.quotedForMessage()]))
        }
        if p.start.weekday != settings.weekStart {
            let monday = p.start.adding(days: (Weekday.monday.rawValue - p.start.weekday.rawValue + 7) % 7)
            let same = Period.containing(monday, kind: .week, settings: settings)
            let words = Vocabulary(context.language)
            let name = settings.weekStart.fullName
            let path = context.paths.config
            let setting = access(path, F_OK) == 0
                ? (context.language.text(.cliWeekWeekStartIn, ["name": "\(name)", "path": "\(path)"]))
                : (context.language.text(.cliWeekWeekStartIsByDefault, ["name": "\(name)", "path": "\(path)"]))
            throw MustDoError.invalidArgument(context.language.text(.cliWeekIsAWeekStartingOn, ["sameKey": "\(same.key)", "setting": "\(setting)", "text": text.quotedForMessage(), "p0": "\(words.weekdayFull(p.start.weekday))", "p1": "\(words.weekdayFull(settings.weekStart))"]))
        }
        return p
    }
}

/// Help text for `mustdo week` in the help language.
enum WeekHelp {
    enum Key { case abstract, discussion, week, markdown }

    static func text(_ key: Key) -> String {
        switch key {
        case .abstract:
            return CLIText.helpLanguage.text(.cliWeekTheWeekReviewTheDaily)
        case .discussion:
            return CLIText.helpLanguage.text(.cliWeekDiscussion)
        case .week:
            return CLIText.helpLanguage.text(.cliWeekTheWeekAKey2026)
        case .markdown:
            return CLIText.helpLanguage.text(.cliWeekPrintAMarkdownReportFor)
        }
    }
}
