/// The domain's words in both languages: period names, weekdays, states, "days left".
public struct Vocabulary: Sendable {
    /// The language of the words.
    public let language: Language

    /// Creates the vocabulary of `language`.
    public init(_ language: Language) { self.language = language }

    private var zh: Bool { language == .zh }

    /// The list heading of a period kind (每日必做 / Daily).
    public func periodTitle(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: return zh ? "每日必做" : "Daily"
        case .week: return zh ? "每周必做" : "Weekly"
        case .month: return zh ? "每月必做" : "Monthly"
        case .quarter: return zh ? "每季度必做" : "Quarterly"
        case .half: return zh ? "每半年必做" : "Half-year"
        case .year: return zh ? "每年必做" : "Yearly"
        }
    }

    /// A short period name for tabs (日 / Day).
    public func periodShort(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: return zh ? "日" : "Day"
        case .week: return zh ? "周" : "Week"
        case .month: return zh ? "月" : "Month"
        case .quarter: return zh ? "季" : "Quarter"
        case .half: return zh ? "半年" : "Half"
        case .year: return zh ? "年" : "Year"
        }
    }

    /// The weekday's short name (周一 / Mon).
    public func weekdayShort(_ w: Weekday) -> String {
        zh ? ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][w.rawValue - 1]
           : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][w.rawValue - 1]
    }

    /// The weekday's full name (星期一 / Monday).
    public func weekdayFull(_ w: Weekday) -> String {
        zh ? ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"][w.rawValue - 1]
           : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w.rawValue - 1]
    }

    /// The name of a state.
    public func state(_ s: OccurrenceState) -> String {
        switch s {
        case .open: return zh ? "待办" : "open"
        case .done: return zh ? "已完成" : "done"
        case .skipped: return zh ? "已跳过" : "skipped"
        case .missed: return zh ? "已错过" : "missed"
        }
    }

    /// "3 days left" / "剩 3 天"; "last day" on the final day; "ended" after.
    public func daysLeft(_ n: Int) -> String {
        switch n {
        case ...0: return zh ? "已结束" : "ended"
        case 1: return zh ? "最后一天" : "last day"
        default: return zh ? "剩 \(n) 天" : "\(n) days left"
        }
    }

    /// "3/19 done" / "完成 3/19".
    public func doneOf(_ done: Int, _ total: Int) -> String {
        zh ? "完成 \(done)/\(total)" : "\(done)/\(total) done"
    }

    /// "due 11-20" / "截止 11-20".
    public func due(_ d: LocalDate) -> String {
        let text = String(d.description.dropFirst(5))
        return zh ? "截止 \(text)" : "due \(text)"
    }

    /// "overdue" / "已逾期".
    public var overdue: String { zh ? "已逾期" : "overdue" }

    /// The range of a period as text: a day with its weekday, else `start – end`.
    public func range(_ p: Period) -> String {
        p.kind == .day ? "\(p.start) \(weekdayShort(p.start.weekday))" : "\(p.start) – \(p.end)"
    }

    /// A human name of a period instance: `2026-W47`, `2026年11月`, `2026 Q4`, `FY2026 Q1 (from April)`.
    public func periodName(_ p: Period) -> String {
        switch p.kind {
        case .day: return p.key
        case .week: return zh ? "第 \(p.key.split(separator: "W")[1].prefix(2)) 周 (\(p.key))" : "Week \(p.key.split(separator: "W")[1].prefix(2)) (\(p.key))"
        case .month:
            let c = p.start.components
            return zh ? "\(c.year)年\(c.month)月" : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][c.month - 1] + " \(c.year)"
        case .quarter, .half, .year:
            return p.key.replacingFirst("-", with: " ").replacingFirst("@", with: zh ? " 起始月 " : " from month ")
        }
    }

    /// The header line: date, weekday, ISO week and fiscal quarter.
    public func dayHeader(_ today: LocalDate, settings: CalendarSettings) -> String {
        let week = Period.containing(today, kind: .week, settings: CalendarSettings(weekStart: .monday))
        let quarter = Period.containing(today, kind: .quarter, settings: settings)
        let q = quarter.key.replacingFirst("-", with: " ")
        return zh ? "\(today) \(weekdayFull(today.weekday)) · ISO 周 \(week.key) · 季度 \(q)"
                  : "\(today) \(weekdayFull(today.weekday)) · ISO week \(week.key) · quarter \(q)"
    }
}

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + replacement + String(self[index(after: i)...])
    }
}
