import ArgumentParser
import MustDoCore
import MustDoStore

/// `mustdo focus [REF...] [--json]`: toggle items in today's focus (at most five), or list it.
struct FocusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "focus", abstract: FocusHelp.text(.abstract), discussion: FocusHelp.text(.discussion))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.help(.refsArgument), valueName: "ref")) var refs: [String] = []
    @Flag(name: .long, help: ArgumentHelp(CLIText.help(.jsonOption))) var json = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let zh = context.language == .zh
            let db = try context.openPrepared()
            let printer = FocusPrinter(language: context.language, today: context.today)
            guard !refs.isEmpty else {
                let agenda = try db.agenda(today: context.today, engine: context.engine)
                Output.out(json ? printer.json(agenda) + "\n" : printer.text(agenda))
                return
            }
            // Resolve every REF first, and refuse the whole command if the result would exceed the limit.
            let agenda = try db.agenda(today: context.today, engine: context.engine)
            var targets: [(ref: String, id: Int64)] = []
            for ref in refs {
                let id = try db.resolve(ref: ref, today: context.today, engine: context.engine)
                if !targets.contains(where: { $0.id == id }) { targets.append((ref, id)) }
            }
            var after = agenda.focus
            for t in targets {
                if let i = after.firstIndex(of: t.id) { after.remove(at: i) } else { after.append(t.id) }
            }
            if after.count > Agenda.maxFocus { throw FocusPrinter.limitError(zh: zh) }
            var lines = ""
            for t in targets {
                let result: [Int64]
                do {
                    result = try db.toggleFocus(t.id, day: context.today)
                } catch MustDoError.invalidArgument {
                    throw FocusPrinter.limitError(zh: zh)   // another process filled the focus meanwhile
                }
                let added = result.contains(t.id)
                let title = try db.occurrence(id: t.id, today: context.today)?.title ?? t.ref
                let what = added ? (context.language.text(.cliFocusAddedToTodaySFocus)) : (context.language.text(.cliFocusRemovedFromTodaySFocus))
                lines += "\(t.ref) \(added ? AgendaPrinter.marks.focus : AgendaPrinter.marks.unfocused) \(title) — \(what) (\(result.count)/\(Agenda.maxFocus))\n"
            }
            Output.out(json ? printer.json(try db.agenda(today: context.today, engine: context.engine)) + "\n" : lines)
        }
    }
}

/// Formats today's focus.
struct FocusPrinter {
    let language: Language
    let today: LocalDate
    var zh: Bool { language == .zh }

    /// The sentence for a sixth focus item.
    static func limitError(zh: Bool) -> MustDoError {
        .invalidInput(.inputFocusFull, ["max": String(Agenda.maxFocus)])
    }

    /// The heading and one line per focus item, with the list it belongs to.
    func lines(_ agenda: Agenda) -> String {
        let items = agenda.focusItems
        var out = (language.text(.cliFocusFocus)) + " (\(items.count)/\(Agenda.maxFocus))\n"
        let width = String(agenda.sections.flatMap(\.items).map(\.ref).max() ?? 0).count
        let printer = ItemPrinter(language: language)
        for item in items {
            out += printer.line(ref: String(item.ref), refWidth: width, item.occurrence, today: today,
                                extras: ["· " + printer.kindLabel(item.occurrence)]) + "\n"
        }
        return out
    }

    /// `mustdo focus` with no REF.
    func text(_ agenda: Agenda) -> String {
        guard !agenda.focusItems.isEmpty else {
            return language.text(.cliFocusNoFocusItemsTodayMark, ["maxFocus": "\(Agenda.maxFocus)"])
        }
        return lines(agenda)
    }

    /// `{"date", "focus": [item…]}`.
    func json(_ agenda: Agenda) -> String {
        JSONWriter.object([
            ("date", JSONWriter.quote(agenda.date.description)),
            ("focus", JSONWriter.array(agenda.focusItems.map { ItemPrinter.json($0.occurrence, ref: String($0.ref), today: today, focus: true) })),
        ])
    }
}

/// Help text for `mustdo focus` in the help language.
enum FocusHelp {
    enum Key { case abstract, discussion }

    static func text(_ key: Key) -> String {
        switch key {
        case .abstract:
            return CLIText.helpLanguage.text(.cliFocusToggleItemsInTodayS)
        case .discussion:
            return CLIText.helpLanguage.text(.cliFocusFocusItemsComeFirstIn)
        }
    }
}
