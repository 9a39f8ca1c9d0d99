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
