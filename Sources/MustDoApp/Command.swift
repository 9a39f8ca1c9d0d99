import MustDoCore

/// The closed set of named things a user can ask the home screen to do; key tables bind keys to these names.
public enum Command: String, CaseIterable, Sendable {
    case moveDown = "down", moveUp = "up", pageDown = "page-down", pageUp = "page-up", top, bottom
    case nextPane = "next-pane", previousPane = "previous-pane"
    case focusDaily = "focus-daily", focusWeekly = "focus-weekly", focusMonthly = "focus-monthly"
    case focusQuarterly = "focus-quarterly", focusHalf = "focus-half", focusYearly = "focus-yearly"
    case toggle, increment, decrement, skip, note
    case undo, redo, filter
    case previousPeriod = "previous-period", nextPeriod = "next-period", today
    case help, quit
    case weekReview = "week", planning = "plan", addTask = "add-task", focus, journalReview = "journal", externalEditor = "editor"
    case carryOver = "carry-over", editPlan = "edit-plan", back, thisWeek = "this-week", left, right
    case routineEditor = "routines", addRoutine = "add-routine", editRoutine = "edit-routine", retireRoutine = "retire-routine"
    case settingsScreen = "settings"
    case restoreRoutine = "restore-routine", moveRoutineDown = "move-routine-down", moveRoutineUp = "move-routine-up", toggleRetired = "show-retired"

    /// What the command does, for the help screen and footer.
    public func help(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .moveDown: return zh ? "下移" : "move down"
        case .moveUp: return zh ? "上移" : "move up"
        case .pageDown: return zh ? "下一页" : "page down"
        case .pageUp: return zh ? "上一页" : "page up"
        case .top: return zh ? "到顶部" : "go to top"
        case .bottom: return zh ? "到底部" : "go to bottom"
        case .nextPane: return zh ? "下一个面板" : "next pane"
        case .previousPane: return zh ? "上一个面板" : "previous pane"
        case .focusDaily: return zh ? "每日面板" : "daily pane"
        case .focusWeekly: return zh ? "每周面板" : "weekly pane"
        case .focusMonthly: return zh ? "每月面板" : "monthly pane"
        case .focusQuarterly: return zh ? "每季度面板" : "quarterly pane"
        case .focusHalf: return zh ? "每半年面板" : "half-year pane"
        case .focusYearly: return zh ? "每年面板" : "yearly pane"
        case .toggle: return zh ? "完成/取消" : "done / not done"
        case .increment: return zh ? "计数 +1" : "count +1"
        case .decrement: return zh ? "计数 -1" : "count -1"
        case .skip: return zh ? "跳过(可写原因)" : "skip (with a reason)"
        case .note: return zh ? "编辑备注" : "edit note"
        case .undo: return zh ? "撤销" : "undo"
        case .redo: return zh ? "重做" : "redo"
        case .filter: return zh ? "按文字筛选" : "filter by text"
        case .previousPeriod: return zh ? "上一个周期(查看历史)" : "previous period (history)"
        case .nextPeriod: return zh ? "下一个周期" : "next period"
        case .today: return zh ? "回到今天" : "back to today"
        case .help: return zh ? "帮助" : "help"
        case .quit: return zh ? "退出" : "quit"
        case .weekReview: return zh ? "本周回顾" : "week review"
        case .planning: return zh ? "晨间计划" : "morning planning"
        case .addTask: return zh ? "添加临时任务" : "add a one-off task"
        case .focus: return zh ? "设为/取消今日重点(最多 5 项)" : "mark / unmark as today's focus (up to 5)"
        case .journalReview: return zh ? "写今天的工作日志(晚间总结)" : "write today's journal (evening review)"
        case .externalEditor: return zh ? "用 $EDITOR 编辑日志" : "edit the journal in $EDITOR"
        case .carryOver: return zh ? "把昨天的遗留项转为今天的任务" : "carry a leftover over to today"
        case .editPlan: return zh ? "编辑今天的计划" : "edit today's plan"
        case .back: return zh ? "返回" : "back"
        case .thisWeek: return zh ? "回到本周" : "this week"
        case .left: return zh ? "前一天" : "previous day"
        case .right: return zh ? "后一天" : "next day"
        case .routineEditor: return zh ? "编辑例行事项" : "edit routines"
        case .settingsScreen: return zh ? "设置" : "settings"
        case .addRoutine: return zh ? "新建例行事项" : "add a routine"
        case .editRoutine: return zh ? "编辑所选事项" : "edit the routine"
        case .retireRoutine: return zh ? "停用(保留历史)" : "retire (history is kept)"
        case .restoreRoutine: return zh ? "恢复已停用的事项" : "restore a retired routine"
        case .moveRoutineDown: return zh ? "下移" : "move down in order"
        case .moveRoutineUp: return zh ? "上移" : "move up in order"
        case .toggleRetired: return zh ? "显示/隐藏已停用" : "show / hide retired"
        }
    }

    /// A one-word label for the footer.
    public func shortLabel(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .toggle: return zh ? "完成" : "done"
        case .skip: return zh ? "跳过" : "skip"
        case .note: return zh ? "备注" : "note"
        case .undo: return zh ? "撤销" : "undo"
        case .filter: return zh ? "筛选" : "filter"
        case .previousPeriod: return zh ? "上周期" : "prev"
        case .nextPeriod: return zh ? "下周期" : "next"
        case .help: return zh ? "帮助" : "help"
        case .quit: return zh ? "退出" : "quit"
        case .increment: return "+1"
        case .nextPane: return zh ? "面板" : "pane"
        case .weekReview: return zh ? "周回顾" : "week"
        case .planning: return zh ? "计划" : "plan"
        case .addTask: return zh ? "任务" : "task"
        case .focus: return zh ? "重点" : "focus"
        case .journalReview: return zh ? "日志" : "journal"
        case .externalEditor: return "$EDITOR"
        case .carryOver: return zh ? "转入今天" : "carry over"
        case .editPlan: return zh ? "写计划" : "edit plan"
        case .back: return zh ? "返回" : "back"
        case .thisWeek: return zh ? "本周" : "this week"
        case .routineEditor: return zh ? "事项" : "routines"
        case .settingsScreen: return zh ? "设置" : "settings"
        case .addRoutine: return zh ? "新建" : "add"
        case .editRoutine: return zh ? "编辑" : "edit"
        case .retireRoutine: return zh ? "停用" : "retire"
        case .restoreRoutine: return zh ? "恢复" : "restore"
        case .moveRoutineDown: return zh ? "下移" : "down"
        case .moveRoutineUp: return zh ? "上移" : "up"
        case .toggleRetired: return zh ? "已停用" : "retired"
        default: return help(language)
        }
    }

    /// The pane a focus command selects.
    public var focusTarget: PeriodKind? {
        switch self {
        case .focusDaily: return .day
        case .focusWeekly: return .week
        case .focusMonthly: return .month
        case .focusQuarterly: return .quarter
        case .focusHalf: return .half
        case .focusYearly: return .year
        default: return nil
        }
    }
}
