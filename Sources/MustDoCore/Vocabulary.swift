/// The domain's words in both languages: period names, weekdays, states, "days left", journal parts; every one from the message catalog.
public struct Vocabulary: Sendable {
    /// The language of the words.
    public let language: Language

    /// Creates the vocabulary of `language`.
    public init(_ language: Language) { self.language = language }

    private func text(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// The list heading of a period kind (每日必做 / Daily).
    public func periodTitle(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: return text(.vocabTitleDay)
        case .week: return text(.vocabTitleWeek)
        case .month: return text(.vocabTitleMonth)
        case .quarter: return text(.vocabTitleQuarter)
        case .half: return text(.vocabTitleHalf)
        case .year: return text(.vocabTitleYear)
        }
    }

    /// A short period name for tabs (日 / Day).
    public func periodShort(_ kind: PeriodKind) -> String {
        switch kind {
        case .day: return text(.vocabShortDay)
        case .week: return text(.vocabShortWeek)
        case .month: return text(.vocabShortMonth)
        case .quarter: return text(.vocabShortQuarter)
        case .half: return text(.vocabShortHalf)
        case .year: return text(.vocabShortYear)
        }
    }

    private static let weekdaysShort: [MessageKey] = [.vocabMon, .vocabTue, .vocabWed, .vocabThu, .vocabFri, .vocabSat, .vocabSun]
    private static let weekdaysFull: [MessageKey] = [.vocabMonday, .vocabTuesday, .vocabWednesday, .vocabThursday, .vocabFriday, .vocabSaturday, .vocabSunday]
    private static let months: [MessageKey] = [.vocabJanuary, .vocabFebruary, .vocabMarch, .vocabApril, .vocabMay, .vocabJune,
                                               .vocabJuly, .vocabAugust, .vocabSeptember, .vocabOctober, .vocabNovember, .vocabDecember]

    /// The weekday's short name (周一 / Mon).
    public func weekdayShort(_ w: Weekday) -> String { text(Vocabulary.weekdaysShort[w.rawValue - 1]) }

    /// The weekday's full name (星期一 / Monday).
    public func weekdayFull(_ w: Weekday) -> String { text(Vocabulary.weekdaysFull[w.rawValue - 1]) }

    /// The name of a state.
    public func state(_ s: OccurrenceState) -> String {
        switch s {
        case .open: return text(.vocabStateOpen)
        case .done: return text(.vocabStateDone)
        case .skipped: return text(.vocabStateSkipped)
        case .missed: return text(.vocabStateMissed)
        }
    }

    /// "3 days left" / "剩 3 天"; "last day" on the final day; "ended" after.
    public func daysLeft(_ n: Int) -> String {
        switch n {
        case ...0: return text(.vocabEnded)
        case 1: return text(.vocabLastDay)
        default: return text(.vocabDaysLeft, ["count": String(n)])
        }
    }

    /// "3/19 done" / "完成 3/19" (skips shown apart: see `PaneSummary.words`).
    public func doneOf(_ done: Int, _ total: Int) -> String {
        text(.summaryDoneOf, ["done": String(done), "total": String(total)])
    }

    /// "due 11-20" / "截止 11-20".
    public func due(_ d: LocalDate) -> String { text(.vocabDue, ["date": String(d.description.dropFirst(5))]) }

    /// "overdue" / "已逾期".
    public var overdue: String { text(.vocabOverdue) }

    /// "[overdue]" / "【已逾期】": the overdue flag at the end of a console line.
    public var overdueFlag: String { text(.vocabOverdueFlag, ["overdue": overdue]) }

    /// The label of the journal's morning part (计划 / Plan).
    public var journalPlan: String { text(.vocabJournalPlan) }

    /// The label of the journal's evening part (复盘 / Review): one word on every screen and printout.
    public var journalReview: String { text(.vocabJournalReview) }

    /// The range of a period as text: a day with its weekday, else `start – end`.
    public func range(_ p: Period) -> String {
        p.kind == .day ? "\(p.start) \(weekdayShort(p.start.weekday))" : "\(p.start) – \(p.end)"
    }

    /// A human name of a period instance: `2026-W47`, `2026年11月`, `2026 Q4`, `FY2026 Q1 (from April)`.
    public func periodName(_ p: Period) -> String {
        switch p.kind {
        case .day: return p.key
        case .week: return text(.vocabWeekName, ["number": String(p.key.split(separator: "W")[1].prefix(2)), "key": p.key])
        case .month:
            let c = p.start.components
            return text(.vocabMonthName, ["month": text(Vocabulary.months[c.month - 1]), "year": String(c.year)])
        case .quarter, .half, .year:
            return p.key.replacingFirst("-", with: " ").replacingFirst("@", with: text(.vocabFromMonth))
        }
    }

    /// The header line: date, weekday, ISO week and fiscal quarter.
    public func dayHeader(_ today: LocalDate, settings: CalendarSettings) -> String {
        let week = Period.containing(today, kind: .week, settings: CalendarSettings(weekStart: .monday))
        let quarter = Period.containing(today, kind: .quarter, settings: settings)
        return text(.vocabDayHeader, ["date": today.description, "weekday": weekdayFull(today.weekday), "week": week.key,
                                      "quarter": quarter.key.replacingFirst("-", with: " ")])
    }
}

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + replacement + String(self[index(after: i)...])
    }
}
