import ArgumentParser
import MustDoCore

/// `mustdo routines edit ID [--title T] [--due RULE | --no-due] [--target N | --no-target] [--tag T… | --no-tags] [--workdays-only | --every-day] [--note TEXT | --no-note]`.
struct RoutinesEditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "edit", abstract: zh
            ? "修改例行事项:从当前周期起生效,历史记录保留原来的名称和目标。"
            : "Change a routine: from the current period on; history keeps the old title and target.")
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(zh ? "例行事项 ID。" : "The routine's id.", valueName: "id")) var id: String
    @Option(name: .long, help: ArgumentHelp(zh ? "新名称。" : "A new title.", valueName: "text")) var title: String?
    @Option(name: .long, help: ArgumentHelp(zh ? "新截止规则。" : "A new due rule.", valueName: "rule")) var due: String?
    @Flag(name: .customLong("no-due"), help: ArgumentHelp(zh ? "去掉截止规则(周期最后一天截止)。" : "Remove the due rule (due on the period's last day).")) var noDue = false
    @Option(name: .long, help: ArgumentHelp(zh ? "新计数目标。" : "A new count target.", valueName: "n")) var target: String?
    @Flag(name: .customLong("no-target"), help: ArgumentHelp(zh ? "去掉计数目标。" : "Remove the count target.")) var noTarget = false
    @Option(name: .long, help: ArgumentHelp(zh ? "标签(可重复,替换原有标签)。" : "Tags (repeat; they replace the old ones).", valueName: "tag")) var tag: [String] = []
    @Flag(name: .customLong("no-tags"), help: ArgumentHelp(zh ? "去掉所有标签。" : "Remove all tags.")) var noTags = false
    @Flag(name: .customLong("workdays-only"), help: ArgumentHelp(zh ? "只在工作日出现(每日事项)。" : "Appear on workdays only (daily routines).")) var workdaysOnly = false
    @Flag(name: .customLong("every-day"), help: ArgumentHelp(zh ? "每天都出现(每日事项)。" : "Appear every day (daily routines).")) var everyDay = false
    @Option(name: .long, help: ArgumentHelp(zh ? "新备注。" : "A new note.", valueName: "text")) var note: String?
    @Flag(name: .customLong("no-note"), help: ArgumentHelp(zh ? "去掉备注。" : "Remove the note.")) var noNote = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let o = RoutineOptions(language: context.language)
            for (a, b, on) in [("--due", "--no-due", due != nil && noDue), ("--target", "--no-target", target != nil && noTarget),
                               ("--tag", "--no-tags", !tag.isEmpty && noTags), ("--workdays-only", "--every-day", workdaysOnly && everyDay),
                               ("--note", "--no-note", note != nil && noNote)] where on {
                throw o.usage("\(a) 和 \(b) 不能同时使用:请只选一个。", "\(a) and \(b) cannot be combined: choose one.")
            }
            let nothing = title == nil && due == nil && !noDue && target == nil && !noTarget && tag.isEmpty && !noTags
                && !workdaysOnly && !everyDay && note == nil && !noNote
            if nothing {
                throw o.usage("没有要修改的内容:请给出 --title、--due、--target、--tag、--workdays-only、--every-day 或 --note 等选项。",
                              "Nothing to change: give at least one of --title, --due, --target, --tag, --workdays-only, --every-day or --note.")
            }
            let db = try context.openPrepared()
            let old = try o.routine(id, in: try db.routines())
            var r = old
            if let title { r.title = try o.title(title) }
            if let due { r.due = try o.due(due, kind: r.period) }
            if noDue { r.due = nil }
            if let target { r.target = try o.target(target) }
            if noTarget { r.target = nil }
            if !tag.isEmpty { r.tags = try o.tags(tag) }
            if noTags { r.tags = [] }
            if workdaysOnly || everyDay {
                guard r.period == .day else {
                    throw o.usage("\(workdaysOnly ? "--workdays-only" : "--every-day") 只适用于每日事项,\(id) 不是每日事项。",
                                  "\(workdaysOnly ? "--workdays-only" : "--every-day") only applies to daily routines, and \(id) is a \(r.period.rawValue) routine.")
                }
                r.workdaysOnly = workdaysOnly
            }
            if let note { try UserInput.note(note); r.note = note.isEmpty ? nil : note }
            if noNote { r.note = nil }
            if r == old {
                Output.out(o.say("\(id) 没有变化。\n", "\(id) is unchanged.\n"))
                return
            }
            try db.editRoutine(r, today: context.today, settings: context.settings.calendar, now: context.clock.timestamp())
            try db.prepare(today: context.today, engine: context.engine, now: context.clock.timestamp())
            var changes: [String] = []
            if r.title != old.title { changes.append(o.say("名称“\(r.title)”", "title '\(r.title)'")) }
            if r.due != old.due { changes.append(o.say("截止 \(r.due?.description ?? "周期末")", "due \(r.due?.description ?? "end of period")")) }
            if r.target != old.target { changes.append(o.say("目标 \(r.target.map(String.init) ?? "无")", "target \(r.target.map(String.init) ?? "none")")) }
            if r.tags != old.tags { changes.append(o.say("标签 \(r.tags.joined(separator: ", "))", "tags \(r.tags.joined(separator: ", "))")) }
            if r.workdaysOnly != old.workdaysOnly { changes.append(r.workdaysOnly ? o.say("仅工作日", "workdays only") : o.say("每天", "every day")) }
            if r.note != old.note { changes.append(o.say("备注", "note")) }
            Output.out(o.say("已修改 \(id):\(changes.joined(separator: "、"))。从当前周期起生效,历史记录不变。\n",
                             "Changed \(id): \(changes.joined(separator: ", ")). This applies from the current period on; history is unchanged.\n"))
        }
    }
}
