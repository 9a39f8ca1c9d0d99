import Foundation
import MustDoCore

/// Formats an agenda for the console (text) and for scripts (JSON), from the same `TodayPresentation` the home screen draws.
struct AgendaPrinter {
    let language: Language
    let settings: CalendarSettings
    var words: Vocabulary { Vocabulary(language) }

    /// The marks the console prints: Unicode, or ASCII when the locale is not UTF-8 (the screen's rule).
    /// Read once from the three locale variables: Foundation's `ProcessInfo.environment`, read for every
    /// printed line, was more than half of `mustdo today`'s instructions on ten years of history.
    static let marks: Marks = Marks.forLocale(AgendaPrinter.localeEnvironment())

    /// `LC_ALL`, `LC_CTYPE` and `LANG`, those that are set.
    static func localeEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = getenv(name) { env[name] = String(cString: value) }
        }
        return env
    }

    /// The progress of `items` (of their tasks only with `tasksOnly`): what `TodayPresentation.summary` and `tasks` give
    /// for a section, counted in one pass. `PaneSummary(_:)` filters copies of the occurrences four times, and the text
    /// asks for both figures of six lists: 0.4M instructions of every `mustdo today` (issue 14, start-up).
    static func summary(_ items: [Agenda.Item], tasksOnly: Bool = false) -> PaneSummary {
        var s = PaneSummary(done: 0, skipped: 0, missed: 0, open: 0)
        for item in items where !tasksOnly || item.occurrence.isTask {
            switch item.occurrence.state {
            case .done: s.done += 1
            case .skipped: s.skipped += 1
            case .missed: s.missed += 1
            case .open: s.open += 1
            }
        }
        return s
    }

    /// The check box of a state, as the screen draws it.
    static func mark(_ s: OccurrenceState) -> String { marks.item(s) }

    /// The plain-text listing: today's focus first (when there is one), then one block per period; one-off tasks sit in the Daily block.
    func text(_ agenda: Agenda) -> String {
        let today = TodayPresentation(agenda, marks: AgendaPrinter.marks)
        var out = "MustDo · " + words.dayHeader(agenda.date, settings: settings) + "\n"
        let width = String(agenda.sections.flatMap(\.items).map(\.ref).max() ?? 0).count
        let items = ItemPrinter(language: language)
        if !agenda.focusItems.isEmpty {
            out += "\n" + FocusPrinter(language: language, today: agenda.date).lines(agenda)
        }
        for section in agenda.sections {
            let p = section.period
            var header = "\n" + words.periodTitle(p.kind)
            if p.kind != .day { header += "  " + p.key }
            header += "  " + words.range(p) + " · " + words.daysLeft(p.daysLeft(from: agenda.date))
            header += " · " + AgendaPrinter.summary(section.items).words(language)
            let tasks = AgendaPrinter.summary(section.items, tasksOnly: true)
            if tasks.total > 0 {
                header += language.text(.todayTasksCount, ["done": String(tasks.done), "total": String(tasks.total)])
            }
            out += header + "\n"
            if section.items.isEmpty { out += "  " + language.text(.todayNothingScheduled) + "\n" }
            for item in section.items {
                let o = item.occurrence
                var extras = [items.taskNote(o, on: agenda.date)]
                if let focus = today.focusMark(o.id) { extras.append(focus) }
                out += items.line(ref: String(item.ref), refWidth: width, o, today: agenda.date, extras: extras) + "\n"
                // The note under the title, every line of it (issue 9 item 16).
                if let note = o.note, !note.isEmpty { out += ItemPrinter.indented("✎ " + note, 2 + width + 5) + "\n" }
            }
        }
        return out
    }

    /// The JSON document described in the README; items also carry `kind` (`routine` or `task`) and `focus`, and `focus` lists today's focus refs in order.
    func json(_ agenda: Agenda) -> String {
        let today = TodayPresentation(agenda)
        let periods = agenda.sections.map { s -> String in
            let items = s.items.map { item -> String in
                let o = item.occurrence
                return JSONWriter.object([
                    ("ref", String(item.ref)),
                    ("routine", JSONWriter.quote(o.routineID)),
                    ("title", JSONWriter.quote(o.title)),
                    ("state", JSONWriter.quote(o.state.rawValue)),
                    ("due", JSONWriter.value(o.due?.description)),
                    ("progress", o.target == nil ? "null" : String(o.progress)),
                    ("target", JSONWriter.value(o.target)),
                    ("overdue", o.isOverdue(on: agenda.date) ? "true" : "false"),
                    ("done_at", JSONWriter.value(o.doneAt)),
                    ("skip_reason", JSONWriter.value(o.skipReason)),
                    ("note", JSONWriter.value(o.note)),
                    ("kind", JSONWriter.quote(o.isTask ? "task" : "routine")),
                    ("focus", today.isFocus(o.id) ? "true" : "false"),
                    ("counted_by", JSONWriter.array(o.countedBy.map(JSONWriter.quote))),
                ])
            }
            let summary = AgendaPrinter.summary(s.items)
            return JSONWriter.object([
                ("kind", JSONWriter.quote(s.period.kind.rawValue)),
                ("key", JSONWriter.quote(s.period.key)),
                ("label", JSONWriter.quote(words.periodTitle(s.period.kind))),
                ("start", JSONWriter.quote(s.period.start.description)),
                ("end", JSONWriter.quote(s.period.end.description)),
                ("days_left", String(s.period.daysLeft(from: agenda.date))),
                ("done", String(summary.done)),
                ("total", String(summary.total)),
                ("skipped", String(summary.skipped)),
                ("missed", String(summary.missed)),
                ("percent", JSONWriter.value(summary.percent)),
                ("items", JSONWriter.array(items)),
            ])
        }
        return JSONWriter.object([("date", JSONWriter.quote(agenda.date.description)), ("periods", JSONWriter.array(periods)),
                                  ("focus", JSONWriter.array(agenda.focusItems.map { String($0.ref) }))])
    }
}
