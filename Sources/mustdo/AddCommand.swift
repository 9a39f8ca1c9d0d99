import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo add TEXT [--date D]` or `mustdo add --carry REF`: a one-off task, new or copied from a left-over item.
struct AddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: AddHelp.text(.abstract), discussion: AddHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(AddHelp.text(.title), valueName: "text")) var words: [String] = []
    @Option(name: .long, help: ArgumentHelp(AddHelp.text(.date), valueName: "YYYY-MM-DD")) var date: LocalDate?
    @Option(name: .long, help: ArgumentHelp(AddHelp.text(.carry), valueName: "ref")) var carry: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let zh = context.language == .zh
            let title = words.joined(separator: " ")
            if carry != nil && !words.isEmpty {
                throw MustDoError.invalidArgument(zh ? "请只用一种方式:mustdo add \"文字\" 或 mustdo add --carry 编号。"
                                                     : "Give either a text or --carry REF, not both: mustdo add \"call Mr. Wang back\" or mustdo add --carry y3.")
            }
            if carry != nil && date != nil {
                throw MustDoError.invalidArgument(zh ? "--carry 总是把事项转到今天,不能和 --date 一起用。"
                                                     : "--carry always copies to today, so it cannot be combined with --date.")
            }
            let day = date ?? context.today
            // Empty, too long or holding control characters: refused before the database is opened.
            if carry == nil { _ = try UserInput.taskTitle(title) }
            let db = try context.openPrepared()
            let now = context.clock.timestamp()
            let id: Int64
            if let carry {
                let source = try LeftoverRef.resolve(carry, db: db, context: context)
                if let existing = try db.agenda(today: context.today, engine: context.engine).section(.day)?.items
                    .first(where: { $0.occurrence.isTask && $0.occurrence.state == .open && $0.occurrence.title == source.title }) {
                    throw MustDoError.invalidArgument(zh ? "“\(source.title)”已经是今天的临时任务(编号 \(existing.ref)),没有再添加。"
                                                         : "'\(source.title)' is already a task for today (ref \(existing.ref)), so it was not added again.")
                }
                id = try db.carryOver(source.id, to: context.today, now: now)
            } else {
                id = try db.addTask(title: title, day: day, now: now)
            }
            // Give it today's ref when it already shows today.
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            let agenda = try db.agenda(today: context.today, engine: context.engine)
            let printer = ItemPrinter(language: context.language)
            if let item = agenda.sections.lazy.flatMap(\.items).first(where: { $0.occurrence.id == id }) {
                Output.out((zh ? "已添加临时任务:\n" : "Added a task:\n")
                           + printer.line(ref: String(item.ref), refWidth: 1, item.occurrence, today: context.today,
                                          extras: [printer.taskNote(item.occurrence, on: context.today)]) + "\n")
            } else {
                Output.out(zh ? "已添加 \(day) 的临时任务“\(title)”,从那天起出现在每日清单里。\n"
                              : "Added the task '\(title)' for \(day); it shows in the Daily list from that day.\n")
            }
        }
    }
}

/// A left-over item named on the command line: `yN` (number N of yesterday's daily list, as `mustdo plan` shows) or a routine id (its occurrence in the period before the current one).
enum LeftoverRef {
    /// Yesterday's daily occurrences in display order; `yN` is the N-th.
    static func yesterdayList(db: AppDatabase, context: AppContext) throws -> [Occurrence] {
        try db.occurrences(periodKey: context.today.adding(days: -1).description, today: context.today)
    }

    static func resolve(_ text: String, db: AppDatabase, context: AppContext) throws -> Occurrence {
        let zh = context.language == .zh
        let notFound = MustDoError.invalidArgument(zh
            ? "找不到可以转过来的事项“\(text)”:请用 `mustdo plan` 列出的 y 编号(如 y3),或事项 ID(如 day-work-log)。"
            : "There is no left-over item '\(text)': use a y-number shown by `mustdo plan` (e.g. y3) or a routine id (e.g. day-work-log).")
        let source: Occurrence
        if text.first == "y" || text.first == "Y", let n = Int(text.dropFirst()) {
            let list = try yesterdayList(db: db, context: context)
            guard n >= 1, n <= list.count else { throw notFound }
            source = list[n - 1]
        } else {
            guard let routine = try db.routines().first(where: { $0.id == text }) else { throw notFound }
            let previous = Period.containing(context.today, kind: routine.period, settings: context.engine.settings).previous(settings: context.engine.settings)
            guard let o = try db.occurrences(periodKey: previous.key, today: context.today).first(where: { $0.routineID == text }) else {
                throw MustDoError.invalidArgument(zh ? "“\(text)”在上一个周期(\(previous.key))没有事项,没有可转的。"
                                                     : "'\(text)' had nothing due in the previous period (\(previous.key)), so there is nothing to carry over.")
            }
            source = o
        }
        guard source.state == .missed || source.state == .open else {
            let state = Vocabulary(context.language).state(source.state)
            throw MustDoError.invalidArgument(zh ? "“\(source.title)”\(state),不需要转到今天。"
                                                 : "'\(source.title)' is already \(state), so there is nothing to carry over.")
        }
        return source
    }
}

/// Help text for `mustdo add` in the help language.
enum AddHelp {
    enum Key { case abstract, discussion, title, date, carry }

    static func text(_ key: Key) -> String {
        let zh = CLIText.helpLanguage == .zh
        switch key {
        case .abstract:
            return zh ? "添加一条临时任务(一次性),或把昨天没做完的事项转为今天的临时任务。"
                      : "Add a one-off task, or copy a left-over item as a task for today."
        case .discussion:
            return zh ? "临时任务出现在每日清单里,没完成就每天顺延,直到完成(mustdo check)或放弃(mustdo skip)。"
                      : "A task shows in the Daily list and carries over day after day until it is done (mustdo check) or dropped (mustdo skip)."
        case .title: return zh ? "任务的文字。" : "The task's text."
        case .date: return zh ? "从哪一天开始(默认今天)。" : "The day it starts on (default: today)."
        case .carry: return zh ? "要转过来的事项:`mustdo plan` 列出的 y 编号,或事项 ID(上一个周期的那一项)。"
                               : "The item to copy: a y-number from `mustdo plan`, or a routine id (its item of the previous period)."
        }
    }
}
