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
                throw MustDoError.invalidArgument(context.language == .zh ? "--json 和 --markdown 只能选一个。"
                                                                          : "Choose one of --json and --markdown, not both.")
            }
            let period = try WeekSelector.resolve(week, context: context)
            let db = try context.openPrepared()
            let review = try db.weekReview(period, today: context.today, engine: context.engine)
            let printer = WeekReviewPrinter(language: context.language)
            Output.out(json ? printer.json(review) + "\n" : markdown ? printer.markdown(review) : printer.text(review))
        }
    }
}

/// Turns `--week` text into a week under the user's settings: a week key, a date, or `this` / `last` / `next`.
enum WeekSelector {
    static func resolve(_ text: String?, context: AppContext) throws -> Period {
        let settings = context.settings.calendar
        let zh = context.language == .zh
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
            throw MustDoError.invalidArgument(zh
                ? "“\(text)”不是周的键:请用 \(current.key) 这样的键、一个日期 YYYY-MM-DD,或 this、last、next。"
                : "'\(text)' is not a week key: use a key like \(current.key), a date as YYYY-MM-DD, or this, last or next.")
        }
        if p.start.weekday != settings.weekStart {
            let monday = p.start.adding(days: (Weekday.monday.rawValue - p.start.weekday.rawValue + 7) % 7)
            let same = Period.containing(monday, kind: .week, settings: settings)
            let words = Vocabulary(context.language)
            let name = settings.weekStart.fullName
            let path = context.paths.config
            let setting = access(path, F_OK) == 0
                ? (zh ? "\(path) 中 week_start = \"\(name)\"" : "week_start = \"\(name)\" in \(path)")
                : (zh ? "week_start 未设置,默认为 \"\(name)\",可在 \(path) 中修改" : "week_start is \"\(name)\" by default; set it in \(path)")
            throw MustDoError.invalidArgument(zh
                ? "\(text) 是从\(words.weekdayFull(p.start.weekday))开始的周,但当前每周从\(words.weekdayFull(settings.weekStart))开始(\(setting)):请用 \(same.key)。"
                : "\(text) is a week starting on \(words.weekdayFull(p.start.weekday)), but your weeks start on \(words.weekdayFull(settings.weekStart)) (\(setting)): use \(same.key).")
        }
        return p
    }
}

/// Help text for `mustdo week` in the help language.
enum WeekHelp {
    enum Key { case abstract, discussion, week, markdown }

    static func text(_ key: Key) -> String {
        let zh = CLIText.helpLanguage == .zh
        switch key {
        case .abstract:
            return zh ? "周回顾:每日事项的完成表、每天的完成率、连续天数、本周事项、日志和下周计划。"
                      : "The week review: the daily grid, completion by day, streaks, the week's items, the journal and next week's plan."
        case .discussion:
            return zh ? """
                表中的标记:✓ 已完成,✗ 已错过,- 已跳过,· 待办(今天或以后),空白表示那天没有安排。\
                完成率 = (已完成 + 已跳过) / 当天安排的事项。--markdown 输出可直接发给经理的周报(汇报工作)。
                """
                      : """
                Grid marks: ✓ done, ✗ missed, - skipped, · open (today or later), blank where nothing was scheduled. \
                Completion = (done + skipped) / scheduled that day. --markdown prints a report to paste into a message to your manager.
                """
        case .week:
            return zh ? "要看的周:周的键(如 2026-W48,周日开始时 2026-W48-sun)、其中的某一天,或 this、last、next(默认本周)。"
                      : "The week: a key (2026-W48; 2026-W48-sun with Sunday starts), a day in it, or this, last, next (default: this week)."
        case .markdown:
            return zh ? "输出 Markdown 周报,用于汇报工作。" : "Print a Markdown report for your manager."
        }
    }
}
