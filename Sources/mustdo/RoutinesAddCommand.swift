import ArgumentParser
import MustDoCore

/// `mustdo routines add --period P --title T [--id ID] [--due RULE] [--target N] [--tag T]… [--workdays-only] [--note TEXT]`.
struct RoutinesAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: CLIText.helpLanguage == .zh
            ? "新增一个例行事项,从当前周期开始。" : "Add a routine; it starts in the current period.")
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(zh ? "周期:day, week, month, quarter, half, year。" : "Its period: day, week, month, quarter, half, year.", valueName: "period"))
    var period: PeriodKind
    @Option(name: .long, help: ArgumentHelp(zh ? "事项名称。" : "The title.", valueName: "text"))
    var title: String
    @Option(name: .long, help: ArgumentHelp(zh ? "ID(小写字母、数字和 -);默认由周期和名称生成。" : "The id (lowercase letters, digits, -); made from the period and title when not given.", valueName: "id"))
    var id: String?
    @Option(name: .long, help: ArgumentHelp(zh ? "截止规则:星期(fri)、日期(15)、last-day、last-workday,可加 @N。" : "Due rule: a weekday (fri), a day (15), last-day or last-workday, optionally @N.", valueName: "rule"))
    var due: String?
    @Option(name: .long, help: ArgumentHelp(zh ? "计数目标(1–10000)。" : "A count to reach (1–10000).", valueName: "n"))
    var target: String?
    @Option(name: .long, help: ArgumentHelp(zh ? "标签(可重复)。" : "A tag (repeat for more).", valueName: "tag"))
    var tag: [String] = []
    @Flag(name: .customLong("workdays-only"), help: ArgumentHelp(zh ? "每日事项只在工作日出现。" : "A daily routine that appears on workdays only."))
    var workdaysOnly = false
    @Option(name: .long, help: ArgumentHelp(zh ? "备注。" : "A note.", valueName: "text"))
    var note: String?

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            let kind = period
            let title = try o.title(self.title)
            let rule = try due.map { try o.due($0, kind: kind) }
            let count = try target.map { try o.target($0) }
            let tags = try o.tags(tag)
            if workdaysOnly, kind != .day {
                throw o.usage("--workdays-only 只适用于每日事项(--period day)。", "--workdays-only only applies to daily routines (--period day).")
            }
            if let id, !Routine.isValidID(id) {
                throw o.usage("ID“\(id)”无效:请以小写字母开头,只用小写字母、数字和 -,最长 48 个字符。",
                              "The id '\(id)' is not valid: start with a lowercase letter and use only lowercase letters, digits and -, at most 48.")
            }
            if let note { try UserInput.note(note) }
            let db = try context.openPrepared()
            let existing = try db.routines()
            if let id, existing.contains(where: { $0.id == id }) {
                throw o.usage("ID“\(id)”已被使用:请换一个 ID。", "The id '\(id)' is taken already: choose another id.")
            }
            let newID = id ?? Routine.makeID(title: title, period: kind, taken: Set(existing.map(\.id)))
            let position = (existing.filter { $0.period == kind }.map(\.position).max() ?? -1) + 1
            let routine = Routine(id: newID, title: title, period: kind, position: position, due: rule, target: count,
                                  workdaysOnly: workdaysOnly, tags: tags, note: note.flatMap { $0.isEmpty ? nil : $0 }, activeFrom: context.today)
            try db.addRoutine(routine, now: context.clock.timestamp())
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            let words = Vocabulary(context.language)
            let stands = try o.whereItStands(newID, kind: kind, db: db, context: context)
            Output.out(o.say("已新增\(words.periodTitle(kind))事项 \(newID):\(title);\(stands)\n",
                             "Added the \(kind.rawValue) routine \(newID): \(title); \(stands)\n"))
        }
    }
}
