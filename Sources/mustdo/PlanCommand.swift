import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo plan [--json]`: morning planning as text.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: PlanHelp.text(.abstract), discussion: PlanHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let db = try context.openPrepared()
            let plan = try db.morningPlan(today: context.today, engine: context.engine, lookAhead: context.settings.dueSoonDays)
            let yesterday = try LeftoverRef.yesterdayList(db: db, context: context)
            let leftovers = plan.leftovers.map { o in (ref: "y" + String((yesterday.firstIndex { $0.id == o.id } ?? 0) + 1), occurrence: o) }
            let agenda = try db.agenda(today: context.today, engine: context.engine)
            let printer = PlanPrinter(language: context.language, lookAhead: context.settings.dueSoonDays, agenda: agenda)
            Output.out(json ? printer.json(plan, leftovers: leftovers) + "\n" : printer.text(plan, leftovers: leftovers))
        }
    }
}

/// Help text for `mustdo plan` in the help language.
enum PlanHelp {
    enum Key { case abstract, discussion }

    static func text(_ key: Key) -> String {
        let zh = CLIText.helpLanguage == .zh
        switch key {
        case .abstract:
            return zh ? "晨间计划:昨天没做完的事、昨晚的复盘、今天的事项(重点在前)、近期截止、即将结束的周期、今日重点和今天的计划。"
                      : "Morning planning: yesterday's leftovers and review, today's items (focus first), what is due or ending soon, the focus and today's plan."
        case .discussion:
            return zh ? "昨天的事项编为 y1、y2……,用 mustdo add --carry y3 把一项转为今天的临时任务;用 mustdo focus 编号 标记重点;用 mustdo journal --plan 文字 写今天的计划。近期的天数由配置 due_soon_days 决定(默认 7)。"
                      : "Yesterday's items are numbered y1, y2, …: mustdo add --carry y3 copies one as a task for today; mustdo focus REF marks a focus item; mustdo journal --plan TEXT writes today's plan. \"Soon\" is due_soon_days in the config (default 7)."
        }
    }
}
