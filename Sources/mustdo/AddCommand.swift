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
            let title = words.joined(separator: " ")
            if carry != nil && !words.isEmpty {
                throw MustDoError.invalidArgument(context.language.text(.cliAddGiveEitherATextOr))
            }
            if carry != nil && date != nil {
                throw MustDoError.invalidArgument(context.language.text(.cliAddCarryAlwaysCopiesToToday))
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
                    throw MustDoError.invalidArgument(context.language.text(.cliAddIsAlreadyATaskFor, ["ref": "\(existing.ref)", "title": "\(source.title)"]))
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
                Output.out((context.language.text(.cliAddAddedATask))
                           + printer.line(ref: String(item.ref), refWidth: 1, item.occurrence, today: context.today,
                                          extras: [printer.taskNote(item.occurrence, on: context.today)]) + "\n")
            } else {
                Output.out(context.language.text(.cliAddAddedTheTaskForIt, ["day": "\(day)", "title": "\(title)"]))
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
        let notFound = MustDoError.invalidArgument(context.language.text(.cliAddThereIsNoLeftOver, ["text": text.quotedForMessage()]))
        let source: Occurrence
        if text.first == "y" || text.first == "Y", let n = Int(text.dropFirst()) {
            let list = try yesterdayList(db: db, context: context)
            guard n >= 1, n <= list.count else { throw notFound }
            source = list[n - 1]
        } else {
            guard let routine = try db.routines().first(where: { $0.id == text }) else { throw notFound }
            let previous = Period.containing(context.today, kind: routine.period, settings: context.engine.settings).previous(settings: context.engine.settings)
            guard let o = try db.occurrences(periodKey: previous.key, today: context.today).first(where: { $0.routineID == text }) else {
                throw MustDoError.invalidArgument(context.language.text(.cliAddHadNothingDueInThe, ["previousKey": "\(previous.key)", "text": "\(text)"]))
            }
            source = o
        }
        guard source.state == .missed || source.state == .open else {
            let state = Vocabulary(context.language).state(source.state)
            throw MustDoError.invalidArgument(context.language.text(.cliAddIsAlreadySoThereIs, ["title": "\(source.title)", "state": "\(state)"]))
        }
        return source
    }
}

/// Help text for `mustdo add` in the help language.
enum AddHelp {
    enum Key { case abstract, discussion, title, date, carry }

    static func text(_ key: Key) -> String {
        switch key {
        case .abstract:
            return CLIText.helpLanguage.text(.cliAddAddAOneOffTask)
        case .discussion:
            return CLIText.helpLanguage.text(.cliAddATaskShowsInThe)
        case .title: return CLIText.helpLanguage.text(.cliAddTheTaskSText)
        case .date: return CLIText.helpLanguage.text(.cliAddTheDayItStartsOn)
        case .carry: return CLIText.helpLanguage.text(.cliAddTheItemToCopyA)
        }
    }
}
