import MustDoCore
import TerminalUI

/// The routine editor's form: one line editor per field, a problem per field, and the routine it builds when valid.
public struct RoutineForm: Sendable, Equatable {
    /// The fields, in order.
    public enum Field: Int, CaseIterable, Sendable {
        case title, period, due, dueMonth, target, link, workdaysOnly, tags, note
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
        let yes = language.text(.formYes), no = language.text(.formNo)
        values = [
            LineEditor(text: r?.title ?? ""), LineEditor(text: (r?.period ?? period).rawValue), LineEditor(text: due), LineEditor(text: month),
            LineEditor(text: r?.target.map(String.init) ?? ""), LineEditor(text: r?.link?.rawValue ?? ""),
            LineEditor(text: (r?.workdaysOnly ?? false) ? yes : no),
            LineEditor(text: r?.tags.joined(separator: ", ") ?? ""), LineEditor(text: r?.note ?? ""),
        ]
    }

    /// The label of a field.
    public static func label(_ f: Field, _ language: Language) -> String {
        switch f {
        case .title: return language.text(.formLabelTitle)
        case .period: return language.text(.formLabelPeriod)
        case .due: return language.text(.formLabelDue)
        case .dueMonth: return language.text(.formLabelDueMonth)
        case .target: return language.text(.formLabelTarget)
        case .link: return language.text(.linkFieldLink)
        case .workdaysOnly: return language.text(.formLabelWorkdaysOnly)
        case .tags: return language.text(.formLabelTags)
        case .note: return language.text(.formLabelNote)
        }
    }

    /// What a field accepts, shown beside it.
    public static func hint(_ f: Field, _ language: Language) -> String {
        switch f {
        case .title, .note: return ""
        case .period: return "day week month quarter half year"
        case .due: return language.text(.formHintDue)
        case .dueMonth: return language.text(.formHintDueMonth)
        case .target: return language.text(.formHintTarget)
        case .link: return language.text(.linkHintLink)
        case .workdaysOnly: return language.text(.formHintWorkdaysOnly)
        case .tags: return language.text(.formHintTags)
        }
    }

    /// Checks every field; on success returns the routine to save (a new id for a new routine), else fills `problems`
    /// with one clause per bad field in `language`.
    public mutating func validate(language: Language, today: LocalDate, takenIDs: Set<String>) -> Routine? {
        problems = [:]
        func text(_ f: Field) -> String { values[f.rawValue].text.trimmingCharacters() }
        let title = text(.title)
        if title.isEmpty {
            problems[.title] = language.text(.formProblemTitleEmpty)
        } else if title.unicodeScalars.count > 500 {
            problems[.title] = language.text(.formProblemTitleTooLong)
        }
        guard let period = PeriodKind(name: text(.period)) else {
            problems[.period] = language.text(.formProblemPeriod)
            return nil
        }
        if let old = editing, old.period != period {
            problems[.period] = language.text(.formProblemPeriodFixed)
        }
        let due = dueRule(period: period, language: language, due: text(.due), month: text(.dueMonth))
        var target: Int?
        if !text(.target).isEmpty {
            if let n = Int(text(.target)), (1...10_000).contains(n) { target = n } else {
                problems[.target] = language.text(.formProblemTarget)
            }
        }
        let link = ActivityKind.link(text(.link))
        if link == nil {
            problems[.link] = language.text(.linkInvalid, ["text": text(.link).quotedForMessage(), "names": ActivityKind.names])
        }
        let yesNo = text(.workdaysOnly).lowercased()
        var workdays = false
        switch yesNo {
        case "yes", "y", "true", "是", "1": workdays = true
        case "no", "n", "false", "否", "0", "": workdays = false
        default: problems[.workdaysOnly] = language.text(.formProblemYesNo)
        }
        if workdays, period != .day { problems[.workdaysOnly] = language.text(.formProblemWorkdaysDailyOnly) }
        let tags = text(.tags).split(whereSeparator: { $0 == "," || $0 == "," }).map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
        let note = text(.note)
        guard problems.isEmpty else { return nil }
        var r = editing ?? Routine(id: Routine.makeID(title: title, period: period, taken: takenIDs), title: title, period: period,
                                   position: Int.max / 2, activeFrom: today)
        r.title = title
        r.due = due
        r.target = target
        r.link = link ?? nil
        // A linked routine always has a target: one activity is enough when none is given.
        if r.link != nil, r.target == nil { r.target = 1 }
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

    /// The due rule of the `due` and month-in-period fields for a routine of `period`, or nil; a problem goes to the
    /// field that has to change (the month field when only the month is wrong, e.g. a month for a weekly routine).
    private mutating func dueRule(period: PeriodKind, language: Language, due dueText: String, month monthText: String) -> DueRule? {
        var dueText = dueText, monthText = monthText
        // `15@2` typed into the rule field is the rule and the month together; a problem with the month is then the rule field's.
        var monthField = Field.dueMonth
        if let at = dueText.firstIndex(of: "@"), monthText.isEmpty {
            monthText = String(dueText[dueText.index(after: at)...]).trimmingCharacters()
            dueText = String(dueText[..<at]).trimmingCharacters()
            monthField = .due
        }
        var month: Int?
        if !monthText.isEmpty {
            let word = DueRule.periodWord(period, language)
            if let months = period.months, period != .month {
                if let m = Int(monthText), (1...months).contains(m) { month = m } else {
                    problems[monthField] = language.text(.formProblemDueMonthRange, ["months": String(months), "period": word])
                }
            } else {
                problems[monthField] = language.text(.formProblemDueMonthNotAllowed, ["period": word])
            }
        }
        guard !dueText.isEmpty else {
            if !monthText.isEmpty, problems[monthField] == nil { problems[monthField] = language.text(.formProblemDueMonthNeedsRule) }
            return nil
        }
        if problems[.due] != nil { return nil }
        guard let base = DueRule(text: dueText), base.monthInPeriod == nil else {
            problems[.due] = language.text(.formProblemDueInvalid, ["text": dueText])
            return nil
        }
        if let p = base.problem(for: period, language: language) {
            problems[.due] = p
            return nil
        }
        guard let month else { return base }
        return DueRule(text: base.description + "@" + String(month))
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
