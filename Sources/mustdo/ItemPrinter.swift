import MustDoCore
import TerminalUI

/// Pieces shared by the review, planning, journal and focus printouts: item lines, item JSON, and indented free text.
struct ItemPrinter {
    let language: Language
    var words: Vocabulary { Vocabulary(language) }

    /// `(task)` / `(task, since 11-25)` for a one-off listed on `day`; empty for routines.
    func taskNote(_ o: Occurrence, on day: LocalDate) -> String {
        guard o.isTask else { return "" }
        guard o.period.start < day else { return language.text(.itemTaskNote) }
        return language.text(.itemTaskNoteSince, ["date": ItemPrinter.short(o.period.start)])
    }

    /// The heading word of the kind an item belongs to: 每周必做 / Weekly, or 临时任务 / Task.
    func kindLabel(_ o: Occurrence) -> String {
        o.isTask ? language.text(.itemTaskLabel) : words.periodTitle(o.period.kind)
    }

    /// `MM-DD` of a date.
    static func short(_ d: LocalDate) -> String { String(d.description.dropFirst(5)) }

    /// `Tue 11-24` / `周二 11-24`.
    func dayLabel(_ d: LocalDate) -> String { words.weekdayShort(d.weekday) + " " + ItemPrinter.short(d) }

    /// One listed item: right-aligned ref, mark, title, then count, due date, overdue, skip reason and any extras.
    func line(ref: String, refWidth: Int, _ o: Occurrence, today: LocalDate, extras: [String] = []) -> String {
        var line = "  " + Text.padLeft(ref, toWidth: refWidth) + " " + AgendaPrinter.mark(o.state) + " " + o.title
        if let t = o.target {
            // A linked item names the customers who counted toward it: (2/3 张三, 李四).
            // Only items something counted toward have names: `countedByText`'s dictionary, the first of its type in a
            // `mustdo today`, cost 17k instructions per count item for none (issue 14, start-up).
            let who = o.countedBy.isEmpty ? "" : o.countedByText
            line += "  (\(o.progress)/\(t)" + (who.isEmpty ? "" : " " + who) + ")"
        }
        if let d = o.due, d != o.period.end { line += "  " + words.due(d) }
        if o.isOverdue(on: today) { line += " " + words.overdueFlag }
        if o.state == .skipped, let r = o.skipReason { line += "  — " + r }
        for e in extras where !e.isEmpty { line += "  " + e }
        return line
    }

    /// Free text indented by `indent` spaces on every line (the first line too).
    static func indented(_ text: String, _ indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }

    /// `text` with the spaces at the end of every line removed (grids pad their last columns).
    static func trimmingLineEnds(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }

    /// The JSON object of one occurrence; `ref` is already encoded (a number, a string or null).
    static func json(_ o: Occurrence, ref: String, today: LocalDate, focus: Bool? = nil) -> String {
        var pairs: [(String, String)] = [
            ("ref", ref),
            ("routine", JSONWriter.quote(o.routineID)),
            ("kind", JSONWriter.quote(o.isTask ? "task" : "routine")),
            ("period", JSONWriter.quote(o.isTask ? "task" : o.period.kind.rawValue)),
            ("key", JSONWriter.quote(o.isTask ? o.period.start.description : o.period.key)),
            ("title", JSONWriter.quote(o.title)),
            ("state", JSONWriter.quote(o.state.rawValue)),
            ("due", JSONWriter.value(o.due?.description)),
            ("progress", o.target == nil ? "null" : String(o.progress)),
            ("target", JSONWriter.value(o.target)),
            ("overdue", o.isOverdue(on: today) ? "true" : "false"),
            ("done_at", JSONWriter.value(o.doneAt)),
            ("skip_reason", JSONWriter.value(o.skipReason)),
            ("note", JSONWriter.value(o.note)),
            ("counted_by", JSONWriter.array(o.countedBy.map(JSONWriter.quote))),
        ]
        if let focus { pairs.append(("focus", focus ? "true" : "false")) }
        return JSONWriter.object(pairs)
    }

    /// A period as JSON: kind, key, start, end.
    static func json(_ p: Period) -> String {
        JSONWriter.object([("kind", JSONWriter.quote(p.kind.rawValue)), ("key", JSONWriter.quote(p.key)),
                           ("start", JSONWriter.quote(p.start.description)), ("end", JSONWriter.quote(p.end.description))])
    }

    /// A journal entry as JSON; `date` is the day (or week key) it belongs to.
    static func json(_ e: JournalEntry) -> String {
        JSONWriter.object([("key", JSONWriter.quote(e.key)), ("plan", JSONWriter.quote(e.plan)), ("review", JSONWriter.quote(e.review))])
    }
}
