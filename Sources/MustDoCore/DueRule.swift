/// When, inside its period, a routine falls due.
public enum DueRule: Hashable, Sendable, CustomStringConvertible {
    /// A weekday of the week (weekly routines).
    case weekday(Weekday)
    /// A day of the month, clamped to the month's length; `month` is the 1-based month within a longer period.
    case dayOfMonth(Int, month: Int?)
    /// The last day of the month (or of the period's `month`, 1-based).
    case lastDay(month: Int?)
    /// The last workday of the month (or of the period's `month`), by the business calendar.
    case lastWorkday(month: Int?)

    /// The text form used in packs and the database: `fri`, `15`, `last-day`, `last-workday`, with `@N` for the month within the period.
    public var description: String {
        switch self {
        case .weekday(let w): return w.shortName
        case .dayOfMonth(let d, let m): return String(d) + (m.map { "@\($0)" } ?? "")
        case .lastDay(let m): return "last-day" + (m.map { "@\($0)" } ?? "")
        case .lastWorkday(let m): return "last-workday" + (m.map { "@\($0)" } ?? "")
        }
    }

    /// Parses the text form (`fri`, `15`, `last-day`, `last-workday`, optionally followed by `@N`).
    public init?(text: String) {
        var body = Substring(text.lowercased())
        var month: Int?
        if let at = body.firstIndex(of: "@") {
            guard let m = Int(body[body.index(after: at)...]), (1...12).contains(m) else { return nil }
            month = m
            body = body[..<at]
        }
        if let day = Int(body) {
            guard (1...31).contains(day) else { return nil }
            self = .dayOfMonth(day, month: month)
        } else if body == "last-day" || body == "last" || body == "end" {
            self = .lastDay(month: month)
        } else if body == "last-workday" || body == "last-work-day" {
            self = .lastWorkday(month: month)
        } else if let w = Weekday(name: String(body)), month == nil {
            self = .weekday(w)
        } else {
            return nil
        }
    }

    /// The month within the period this rule names, if any.
    public var monthInPeriod: Int? {
        switch self {
        case .weekday: return nil
        case .dayOfMonth(_, let m), .lastDay(let m), .lastWorkday(let m): return m
        }
    }

    /// Why this rule cannot apply to `kind`, or nil when it can: one clause in `language` (English by default, for
    /// file errors that are read alongside English field names).
    public func problem(for kind: PeriodKind, language: Language = .en) -> String? {
        switch (self, kind) {
        case (_, .day): return language.text(.dueRuleDailyHasNone)
        case (.weekday, .week): return nil
        case (.weekday, _): return language.text(.dueRuleWeekdayNeedsWeek)
        case (_, .week): return language.text(.dueRuleWeekNeedsWeekday)
        default:
            if let m = monthInPeriod, let months = kind.months, m > months {
                return language.text(.dueRuleMonthOutOfPeriod, ["period": DueRule.periodWord(kind, language), "months": String(months)])
            }
            if kind == .month, monthInPeriod != nil { return language.text(.dueRuleMonthlyNamesMonth) }
            return nil
        }
    }

    /// How a period kind is named inside a sentence: `quarter` in English, 每季度必做 in Chinese.
    public static func periodWord(_ kind: PeriodKind, _ language: Language) -> String {
        language == .en ? kind.rawValue : Vocabulary(language).periodTitle(kind)
    }

    /// The due date of this rule inside `period`, or the period's last day when the rule does not apply.
    public func dueDate(in period: Period, settings: CalendarSettings) -> LocalDate {
        switch self {
        case .weekday(let w):
            guard period.kind == .week else { return period.end }
            return period.start.adding(days: (w.rawValue - period.start.weekday.rawValue + 7) % 7)
        case .dayOfMonth(let d, let m):
            let month = monthStart(m, in: period)
            return LocalDate(year: month.year, month: month.month, clampedDay: d)
        case .lastDay(let m):
            return monthStart(m, in: period).endOfMonth
        case .lastWorkday(let m):
            let month = monthStart(m, in: period)
            return settings.lastWorkday(onOrBefore: month.endOfMonth, notBefore: month)
        }
    }

    /// The first day of the month the rule points at: month `m` (1-based) of the period, else its last month.
    private func monthStart(_ m: Int?, in period: Period) -> LocalDate {
        guard let months = period.kind.months else { return period.end.startOfMonth }
        let index = min(max(m ?? months, 1), months) - 1
        return period.start.adding(months: index)
    }
}
