import MustDoCore
import TerminalUI

/// The routine editor's form: one line editor per field, a problem per field, and the routine it builds when valid.
public struct RoutineForm: Sendable, Equatable {
    /// The fields, in order.
    public enum Field: Int, CaseIterable, Sendable {
        case title, period, due, dueMonth, target, workdaysOnly, tags, note
    }

    /// The routine being edited (nil for a new one).
    public var editing: Routine?
    /// The text of each field.
    public var values: [LineEditor]
    /// The field with the cursor.
    public var focused: Field = .title
    /// Problems found by the last validation, by field.
    public var problems: [Field: String] = [:]

    /// A form for a new routine of `period`, or for editing `routine`.
    public init(routine: Routine?, period: PeriodKind, language: Language) {
        editing = routine
        let r = routine
        var due = "", month = ""
        if let rule = r?.due {
            let text = rule.description
            if let at = text.firstIndex(of: "@") { due = String(text[..<at]); month = String(text[text.index(after: at)...]) } else { due = text }
        }
        let yes = language == .zh ? "是" : "yes", no = language == .zh ? "否" : "no"
        values = [
            LineEditor(text: r?.title ?? ""), LineEditor(text: (r?.period ?? period).rawValue), LineEditor(text: due), LineEditor(text: month),
            LineEditor(text: r?.target.map(String.init) ?? ""), LineEditor(text: (r?.workdaysOnly ?? false) ? yes : no),
            LineEditor(text: r?.tags.joined(separator: ", ") ?? ""), LineEditor(text: r?.note ?? ""),
        ]
    }

    /// The label of a field.
    public static func label(_ f: Field, _ language: Language) -> String {
        let zh = language == .zh
        switch f {
        case .title: return zh ? "标题" : "Title"
        case .period: return zh ? "周期" : "Period"
        case .due: return zh ? "截止规则" : "Due rule"
        case .dueMonth: return zh ? "周期内第几月" : "Month in period"
        case .target: return zh ? "计数目标" : "Count target"
        case .workdaysOnly: return zh ? "仅工作日" : "Workdays only"
        case .tags: return zh ? "标签" : "Tags"
        case .note: return zh ? "备注" : "Note"
        }
    }

    /// What a field accepts, shown beside it.
    public static func hint(_ f: Field, _ language: Language) -> String {
        let zh = language == .zh
        switch f {
        case .title: return ""
        case .period: return "day week month quarter half year"
        case .due: return zh ? "mon…sun / 1–31 / last-day / last-workday / 空" : "mon…sun, 1–31, last-day, last-workday, or empty"
        case .dueMonth: return zh ? "季度 1–3,半年 1–6,年 1–12;空为最后一月" : "1–3 quarter, 1–6 half, 1–12 year; empty: last month"
        case .target: return zh ? "空 = 普通勾选" : "empty: a plain check item"
        case .workdaysOnly: return zh ? "是 / 否(仅每日事项)" : "yes / no (daily only)"
        case .tags: return zh ? "用逗号分隔" : "comma-separated"
        case .note: return ""
        }
    }

    /// Checks every field; on success returns the routine to save (a new id for a new routine), else fills `problems`.
    public mutating func validate(language: Language, today: LocalDate, takenIDs: Set<String>) -> Routine? {
        problems = [:]
        let zh = language == .zh
        func text(_ f: Field) -> String { values[f.rawValue].text.trimmingCharacters() }
        let title = text(.title)
        if title.isEmpty { problems[.title] = zh ? "标题不能为空" : "a title is needed" }
        guard let period = PeriodKind(name: text(.period)) else {
            problems[.period] = zh ? "请填 day、week、month、quarter、half 或 year" : "use day, week, month, quarter, half or year"
            return nil
        }
        if let old = editing, old.period != period {
            problems[.period] = zh ? "已有记录的事项不能改周期:请新建一个" : "a routine keeps its period: add a new routine instead"
        }
        var due: DueRule?
        if !text(.due).isEmpty {
            let month = text(.dueMonth)
            if let rule = DueRule(text: text(.due) + (month.isEmpty ? "" : "@" + month)) {
                if let p = rule.problem(for: period) { problems[month.isEmpty ? .due : .dueMonth] = p } else { due = rule }
            } else if !month.isEmpty, DueRule(text: text(.due)) != nil {
                problems[.dueMonth] = zh ? "月份要是 1–12 的数字" : "the month must be a number 1–12"
            } else {
                problems[.due] = zh ? "不认识这个规则" : "not a due rule"
            }
        } else if !text(.dueMonth).isEmpty {
            problems[.dueMonth] = zh ? "先填截止规则" : "give a due rule first"
        }
        var target: Int?
        if !text(.target).isEmpty {
            if let n = Int(text(.target)), (1...10_000).contains(n) { target = n } else {
                problems[.target] = zh ? "填 1–10000 的整数" : "a whole number from 1 to 10000"
            }
        }
        let yesNo = text(.workdaysOnly).lowercased()
        var workdays = false
        switch yesNo {
        case "yes", "y", "true", "是", "1": workdays = true
        case "no", "n", "false", "否", "0", "": workdays = false
        default: problems[.workdaysOnly] = zh ? "填 是 或 否" : "yes or no"
        }
        if workdays, period != .day { problems[.workdaysOnly] = zh ? "只有每日事项可以仅工作日" : "only daily routines can be workdays-only" }
        let tags = text(.tags).split(whereSeparator: { $0 == "," || $0 == "," }).map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
        let note = text(.note)
        guard problems.isEmpty else { return nil }
        var r = editing ?? Routine(id: Routine.makeID(title: title, period: period, taken: takenIDs), title: title, period: period,
                                   position: Int.max / 2, activeFrom: today)
        r.title = title
        r.due = due
        r.target = target
        r.workdaysOnly = workdays
        r.tags = tags
        r.note = note.isEmpty ? nil : note
        if let p = r.fieldProblem {
            let field: Field = ["title": .title, "due": .due, "target": .target, "workdays_only": .workdaysOnly, "tags": .tags][p.field] ?? .title
            problems[field] = p.problem
            return nil
        }
        return r
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
