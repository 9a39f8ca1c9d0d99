import MustDoCore

/// Formats an agenda for the console (text) and for scripts (JSON).
struct AgendaPrinter {
    let language: Language
    let settings: CalendarSettings
    var words: Vocabulary { Vocabulary(language) }

    /// The mark for a state: `[ ]`, `[x]`, `[-]`, `[!]`.
    static func mark(_ s: OccurrenceState) -> String {
        switch s {
        case .open: return "[ ]"
        case .done: return "[x]"
        case .skipped: return "[-]"
        case .missed: return "[!]"
        }
    }

    /// The plain-text listing: today's focus first (when there is one), then one block per period; one-off tasks sit in the Daily block.
    func text(_ agenda: Agenda) -> String {
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
            header += " · " + words.doneOf(section.doneCount, section.items.count)
            let tasks = section.items.filter(\.occurrence.isTask)
            if !tasks.isEmpty {
                let done = tasks.filter { $0.occurrence.state == .done }.count
                header += language == .zh ? "(临时任务 \(done)/\(tasks.count))" : " (tasks \(done)/\(tasks.count))"
            }
            out += header + "\n"
            if section.items.isEmpty {
                out += "  " + (language == .zh ? "(今天没有事项)" : "(nothing scheduled today)") + "\n"
            }
            for item in section.items {
                let o = item.occurrence
                var extras = [items.taskNote(o, on: agenda.date)]
                if agenda.focus.contains(o.id) { extras.append("★") }
                out += items.line(ref: String(item.ref), refWidth: width, o, today: agenda.date, extras: extras) + "\n"
                // The note under the title, every line of it (issue 9 item 16).
                if let note = o.note, !note.isEmpty { out += ItemPrinter.indented("✎ " + note, 2 + width + 5) + "\n" }
            }
        }
        return out
    }

    /// The JSON document described in the README; items also carry `kind` (`routine` or `task`) and `focus`, and `focus` lists today's focus refs in order.
    func json(_ agenda: Agenda) -> String {
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
                    ("focus", agenda.focus.contains(o.id) ? "true" : "false"),
                ])
            }
            return JSONWriter.object([
                ("kind", JSONWriter.quote(s.period.kind.rawValue)),
                ("key", JSONWriter.quote(s.period.key)),
                ("label", JSONWriter.quote(words.periodTitle(s.period.kind))),
                ("start", JSONWriter.quote(s.period.start.description)),
                ("end", JSONWriter.quote(s.period.end.description)),
                ("days_left", String(s.period.daysLeft(from: agenda.date))),
                ("done", String(s.doneCount)),
                ("total", String(s.items.count)),
                ("items", JSONWriter.array(items)),
            ])
        }
        return JSONWriter.object([("date", JSONWriter.quote(agenda.date.description)), ("periods", JSONWriter.array(periods)),
                                  ("focus", JSONWriter.array(agenda.focusItems.map { String($0.ref) }))])
    }
}
