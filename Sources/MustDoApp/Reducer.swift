import MustDoCore
import MustDoStore
import TerminalUI

/// The pure heart of the app: applies an action to the state and says which effects to run. No I/O.
public enum Reducer {
    /// Applies `action` to `state` and returns the effects the runtime must perform.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .command(let c):
            switch state.mode {
            case .home:
                state.message = nil
                return command(&state, c)
            case .help:
                state.mode = state.modeBeforeHelp
                return c == .quit ? command(&state, .quit) : []
            case .input, .journal:
                return []
            case .week:
                state.message = nil
                return weekCommand(&state, c)
            case .plan:
                state.message = nil
                return planCommand(&state, c)
            case .routines:
                state.message = nil
                return routineCommand(&state, c)
            case .routineForm, .confirmRetire, .settings:
                return []
            }
        case .dismiss:
            if state.mode == .help { state.mode = state.modeBeforeHelp }
            return []
        case .editorKey(let key):
            return editorKey(&state, key)
        case .formKey(let key):
            return formKey(&state, key)
        case .confirmKey(let key):
            return confirmKey(&state, key)
        case .settingsKey(let key):
            return settingsKey(&state, key)
        case .settingsApplied(let settings, let language, let theme):
            if state.mode == .settings { state.mode = .home }
            state.settings = settings
            state.calendar = settings.calendar
            state.language = language
            state.themeName = theme
            state.browsing.removeAll()
            state.message = .init(text: language == .zh ? "设置已保存到 config.toml。" : "Settings saved to config.toml.", isError: false)
            return [.reloadAgenda]
        case .journalFound(let text, let entries):
            guard text == state.filter else { return [] }
            state.journalMatches = entries
            if !entries.isEmpty {
                let zh = state.language == .zh
                let days = entries.prefix(6).map { e -> String in
                    let body = e.plan.lowercased().contains(text.lowercased()) ? e.plan : e.review
                    let line = body.split(separator: "\n").first { $0.lowercased().contains(text.lowercased()) }.map(String.init) ?? body
                    return "\(e.key) “\(line.prefix(24))”"
                }
                state.message = .init(text: (zh ? "日志中找到 \(entries.count) 处:" : "Journal matches (\(entries.count)): ") + days.joined(separator: " · "), isError: false)
            }
            return []
        case .routinesLoaded(let list):
            state.routineList = list
            state.routineCursor = min(state.routineCursor, max(0, state.visibleRoutines.count - 1))
            return []
        case .journalOpened(let target, let text):
            state.textArea = TextArea(text: text)
            state.mode = .journal(target)
            return []
        case .journalSaved(let entry, let part):
            if var p = state.plan, entry.key == p.today.description, part == .plan {
                p.planText = entry.plan
                state.plan = p
            }
            state.message = .init(text: state.language == .zh ? "日志已保存。" : "Journal saved.", isError: false)
            return []
        case .weekLoaded(let review):
            guard state.weekShown == nil || state.weekShown == review.week else { return [] }
            state.week = review
            state.weekShown = review.week
            state.weekRow = min(state.weekRow, max(0, review.rows.count - 1))
            state.weekColumn = min(state.weekColumn, max(0, review.days.count - 1))
            return []
        case .planLoaded(let plan):
            state.plan = plan
            state.planCursor = min(state.planCursor, max(0, state.planEntries.count - 1))
            return []
        case .inputKey(let key):
            return input(&state, key)
        case .resize(let w, let h):
            state.width = max(0, w)
            state.height = max(0, h)
            for k in PeriodKind.allCases { clamp(&state, k) }
            return []
        case .mouse(let event):
            return mouse(&state, event)
        case .applied(let before, let after, let origin):
            apply(&state, after)
            let title = state.occurrence(id: after.id)?.title ?? ""
            let entry = UndoEntry(before: before, after: after, title: title)
            let zh = state.language == .zh
            switch origin {
            case .user:
                if before != after {
                    state.undoStack.append(entry)
                    if state.undoStack.count > 500 { state.undoStack.removeFirst() }
                    state.redoStack.removeAll()
                }
            case .undo(let original):
                state.redoStack.append(original)
                state.message = .init(text: (zh ? "已撤销:" : "Undid: ") + original.title, isError: false)
            case .redo(let original):
                state.undoStack.append(original)
                state.message = .init(text: (zh ? "已重做:" : "Redid: ") + original.title, isError: false)
            }
            for k in PeriodKind.allCases { clamp(&state, k) }
            return refreshOpenView(state)
        case .agendaLoaded(let agenda):
            state.agenda = agenda
            for k in PeriodKind.allCases { clamp(&state, k) }
            return refreshOpenView(state)
        case .periodLoaded(let kind, let period, let items):
            guard state.browsing[kind]?.period == period else { return [] }
            state.browsing[kind] = .init(period: period, items: items, loaded: true)
            clamp(&state, kind)
            return []
        case .dayChanged(let day):
            state.today = day
            state.browsing.removeAll()
            return [.reloadAgenda]
        case .failed(let text):
            state.message = .init(text: text, isError: true)
            return []
        }
    }

    private static func command(_ state: inout AppState, _ c: Command) -> [Effect] {
        let k = state.focused
        let zh = state.language == .zh
        if let target = c.focusTarget {
            focus(&state, target)
            return []
        }
        switch c {
        case .moveDown: move(&state, k, by: 1)
        case .moveUp: move(&state, k, by: -1)
        case .pageDown: move(&state, k, by: HomeLayout.compute(state).visibleRows(of: k))
        case .pageUp: move(&state, k, by: -HomeLayout.compute(state).visibleRows(of: k))
        case .top: move(&state, k, by: -Int.max / 2)
        case .bottom: move(&state, k, by: Int.max / 2)
        case .nextPane, .previousPane:
            let all = PeriodKind.allCases
            let i = all.firstIndex(of: k)!
            focus(&state, all[(i + (c == .nextPane ? 1 : all.count - 1)) % all.count])
        case .toggle:
            guard let o = state.selectedItem(in: k)?.occurrence else { return [] }
            return [toggle(o)]
        case .increment, .decrement:
            guard let o = state.selectedItem(in: k)?.occurrence else { return [] }
            guard o.target != nil else {
                state.message = .init(text: zh ? "这一项没有计数目标:用空格标记完成。" : "This item has no count: press Space to mark it done.", isError: true)
                return []
            }
            return [.apply(.addCount(c == .increment ? 1 : -1), id: o.id, origin: .user)]
        case .skip:
            guard let o = state.selectedItem(in: k)?.occurrence else { return [] }
            state.modeBeforeHelp = .home
            state.editor = LineEditor(text: o.skipReason ?? "")
            state.mode = .input(.skipReason(o.id))
        case .note:
            guard let o = state.selectedItem(in: k)?.occurrence else { return [] }
            state.editor = LineEditor(text: o.note ?? "")
            state.mode = .input(.note(o.id))
        case .undo:
            guard let e = state.undoStack.popLast() else {
                state.message = .init(text: zh ? "没有可撤销的操作。" : "Nothing to undo.", isError: false)
                return []
            }
            return [.apply(.revert(from: e.after, to: e.before), id: e.after.id, origin: .undo(e))]
        case .redo:
            guard let e = state.redoStack.popLast() else {
                state.message = .init(text: zh ? "没有可重做的操作。" : "Nothing to redo.", isError: false)
                return []
            }
            return [.apply(.revert(from: e.before, to: e.after), id: e.after.id, origin: .redo(e))]
        case .filter:
            state.editor = LineEditor(text: state.filter)
            state.mode = .input(.filter)
        case .previousPeriod, .nextPeriod:
            let current = Period.containing(state.today, kind: k, settings: state.calendar)
            let shown = state.period(of: k)
            let target = c == .previousPeriod ? shown.previous(settings: state.calendar) : shown.next(settings: state.calendar)
            state.cursor[k] = 0
            state.scroll[k] = 0
            if target == current {
                state.browsing[k] = nil
                return []
            }
            state.browsing[k] = .init(period: target, items: [], loaded: false)
            return [.loadPeriod(k, target)]
        case .today:
            state.browsing.removeAll()
            for kind in PeriodKind.allCases { clamp(&state, kind) }
        case .help:
            state.modeBeforeHelp = state.mode
            state.mode = .help
        case .quit:
            state.shouldQuit = true
            return [.quit]
        case .focus:
            guard let o = state.selectedItem(in: k)?.occurrence else { return [] }
            return [.toggleFocus(o.id)]
        case .addTask:
            state.modeBeforeHelp = .home
            state.editor = LineEditor()
            state.mode = .input(.newTask)
        case .weekReview:
            state.mode = .week
            let week = Period.containing(state.today, kind: .week, settings: state.calendar)
            state.weekShown = week
            state.weekColumn = max(0, state.today.dayNumber - week.start.dayNumber)
            return [.loadWeek(week)]
        case .planning:
            state.mode = .plan
            state.planCursor = 0
            return [.loadPlan]
        case .journalReview:
            return [.openJournal(.init(key: state.today.description, part: .review, returnToPlan: false))]
        case .externalEditor:
            return [.externalEdit(key: state.today.description, part: .review)]
        case .routineEditor:
            state.mode = .routines
            state.routinePeriod = state.focused
            state.routineCursor = 0
            return [.loadRoutines]
        case .settingsScreen:
            state.settingsForm = SettingsForm(settings: state.settings, language: state.language, theme: state.themeName)
            state.mode = .settings
        case .addRoutine, .editRoutine, .retireRoutine, .restoreRoutine, .moveRoutineDown, .moveRoutineUp, .toggleRetired:
            break
        case .focusDaily, .focusWeekly, .focusMonthly, .focusQuarterly, .focusHalf, .focusYearly,
             .carryOver, .editPlan, .back, .thisWeek, .left, .right:
            break
        }
        return []
    }

    /// After a change or a reload, the full-screen views re-read their data.
    private static func refreshOpenView(_ state: AppState) -> [Effect] {
        switch state.mode {
        case .week: return state.weekShown.map { [.loadWeek($0)] } ?? []
        case .plan: return [.loadPlan]
        default: return []
        }
    }

    private static func weekCommand(_ state: inout AppState, _ c: Command) -> [Effect] {
        let rows = state.week?.rows ?? []
        switch c {
        case .moveDown: state.weekRow = min(state.weekRow + 1, max(0, rows.count - 1))
        case .moveUp: state.weekRow = max(state.weekRow - 1, 0)
        case .left: state.weekColumn = max(state.weekColumn - 1, 0)
        case .right: state.weekColumn = min(state.weekColumn + 1, 6)
        case .toggle, .skip:
            guard state.weekRow < rows.count, state.weekColumn < rows[state.weekRow].occurrenceIDs.count,
                  let id = rows[state.weekRow].occurrenceIDs[state.weekColumn] else {
                state.message = .init(text: state.language == .zh ? "这一天没有安排这一项。" : "This routine was not scheduled that day.", isError: true)
                return []
            }
            if c == .skip {
                state.editor = LineEditor()
                state.modeBeforeHelp = .week
                state.mode = .input(.skipReason(id))
                return []
            }
            let mark = rows[state.weekRow].marks[state.weekColumn]
            return [.apply(mark == .done || mark == .skipped ? .uncheck : .check, id: id, origin: .user)]
        case .previousPeriod, .nextPeriod, .thisWeek:
            let shown = state.weekShown ?? Period.containing(state.today, kind: .week, settings: state.calendar)
            let target: Period
            switch c {
            case .previousPeriod: target = shown.previous(settings: state.calendar)
            case .nextPeriod: target = shown.next(settings: state.calendar)
            default: target = Period.containing(state.today, kind: .week, settings: state.calendar)
            }
            state.weekShown = target
            return [.loadWeek(target)]
        case .weekReview:
            state.mode = .home
        default:
            return viewCommand(&state, c, view: .week)
        }
        return []
    }

    /// What every full-screen view does alike: undo/redo, back home, its help, quit.
    private static func viewCommand(_ state: inout AppState, _ c: Command, view: AppState.Mode) -> [Effect] {
        switch c {
        case .undo, .redo: return command(&state, c)
        case .back: state.mode = .home
        case .help:
            state.modeBeforeHelp = view
            state.mode = .help
        case .quit: return command(&state, .quit)
        default: break
        }
        return []
    }

    /// Space on an item: done or skipped items reopen, the others are checked.
    static func toggle(_ o: Occurrence) -> Effect {
        .apply(o.state == .done || o.state == .skipped ? .uncheck : .check, id: o.id, origin: .user)
    }

    private static func planCommand(_ state: inout AppState, _ c: Command) -> [Effect] {
        let entries = state.planEntries
        let entry = state.planCursor < entries.count ? entries[state.planCursor] : nil
        let zh = state.language == .zh
        switch c {
        case .moveDown: state.planCursor = min(state.planCursor + 1, max(0, entries.count - 1))
        case .moveUp: state.planCursor = max(state.planCursor - 1, 0)
        case .toggle:
            guard let o = entry?.occurrence else { return [] }
            return [toggle(o)]
        case .carryOver:
            guard let e = entry, e.section == .leftover else {
                state.message = .init(text: zh ? "只有昨天的遗留项可以转入今天。" : "Only yesterday's leftovers can be carried over.", isError: true)
                return []
            }
            return [.carryOver(e.occurrence.id)]
        case .focus:
            guard let e = entry, e.section != .leftover else { return [] }
            return [.toggleFocus(e.occurrence.id)]
        case .editPlan:
            return [.openJournal(.init(key: state.today.description, part: .plan, returnToPlan: true))]
        case .externalEditor:
            return [.externalEdit(key: state.today.description, part: .plan)]
        case .addTask:
            state.editor = LineEditor()
            state.modeBeforeHelp = .plan
            state.mode = .input(.newTask)
        case .planning:
            state.mode = .home
        default:
            return viewCommand(&state, c, view: .plan)
        }
        return []
    }

    private static func editorKey(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        guard case .journal(let target) = state.mode else { return [] }
        switch key {
        case .escape, .ctrl("s"), .function(2):
            state.mode = target.returnToPlan ? .plan : .home
            return [.saveJournal(key: target.key, part: target.part, text: state.textArea.text)]
        case .ctrl("g"):
            state.mode = target.returnToPlan ? .plan : .home
            state.message = .init(text: state.language == .zh ? "已放弃修改。" : "Changes discarded.", isError: false)
        default:
            state.textArea.apply(key)
        }
        return []
    }

    private static func input(_ state: inout AppState, _ key: KeyEvent) -> [Effect] {
        guard case .input(let purpose) = state.mode else { return [] }
        switch key {
        case .enter:
            state.mode = returnMode(state, purpose)
            let text = state.editor.text
            switch purpose {
            case .skipReason(let id): return [.apply(.skip(reason: text), id: id, origin: .user)]
            case .note(let id): return [.apply(.setNote(text), id: id, origin: .user)]
            case .newTask: return text.isEmpty ? [] : [.addTask(text)]
            case .filter:
                state.filter = text
                for k in PeriodKind.allCases { clamp(&state, k) }
                state.journalMatches = []
                return text.isEmpty ? [] : [.searchJournal(text)]
            }
        case .escape, .ctrl("c"), .ctrl("g"):
            state.mode = returnMode(state, purpose)
            if purpose == .filter {
                state.filter = ""
                for k in PeriodKind.allCases { clamp(&state, k) }
            }
        default:
            state.editor.apply(key)
            if purpose == .filter {
                state.filter = state.editor.text
                for k in PeriodKind.allCases {
                    state.cursor[k] = 0
                    state.scroll[k] = 0
                }
            }
        }
        return []
    }

    /// Where a prompt goes back to: the week review or planning when it was opened there, else home.
    private static func returnMode(_ state: AppState, _ purpose: AppState.InputPurpose) -> AppState.Mode {
        switch purpose {
        case .filter, .note: return .home
        case .skipReason, .newTask: return state.modeBeforeHelp == .week || state.modeBeforeHelp == .plan ? state.modeBeforeHelp : .home
        }
    }

    private static func mouse(_ state: inout AppState, _ event: MouseEvent) -> [Effect] {
        guard state.mode == .home else {
            if state.mode == .help, event.kind == .press { state.mode = .home }
            return []
        }
        let layout = HomeLayout.compute(state)
        if let tabs = layout.tabs, event.kind == .press, tabs.contains(x: event.x, y: event.y) {
            let slot = max(1, tabs.width / PeriodKind.allCases.count)
            focus(&state, PeriodKind.allCases[min(PeriodKind.allCases.count - 1, event.x / slot)])
            return []
        }
        if let s = layout.summaries.first(where: { $0.rect.contains(x: event.x, y: event.y) }), event.kind == .press {
            focus(&state, s.kind)
            return []
        }
        guard let pane = layout.panes.first(where: { $0.rect.contains(x: event.x, y: event.y) }) else { return [] }
        let k = pane.kind
        switch event.kind {
        case .wheelUp, .wheelDown:
            focus(&state, k)
            move(&state, k, by: event.kind == .wheelUp ? -3 : 3)
        case .press:
            state.message = nil
            focus(&state, k)
            let area = HomeLayout.itemArea(of: pane.rect)
            guard area.contains(x: event.x, y: event.y) else { return [] }
            let index = (state.scroll[k] ?? 0) + event.y - area.y
            let items = state.items(of: k)
            guard index < items.count else { return [] }
            state.cursor[k] = index
            if event.x < area.x + 4 { return command(&state, .toggle) }
        case .release:
            break
        }
        return []
    }

    /// Puts a committed change into whatever list shows that occurrence.
    private static func apply(_ state: inout AppState, _ s: OccurrenceSnapshot) {
        func update(_ o: inout Occurrence) {
            o.state = s.state == .open ? Occurrence.reopenedState(period: o.period, today: state.today) : s.state
            o.progress = s.progress
            o.doneAt = s.doneAt
            o.skipReason = s.skipReason
            o.note = s.note
        }
        for si in state.agenda.sections.indices {
            for ii in state.agenda.sections[si].items.indices where state.agenda.sections[si].items[ii].occurrence.id == s.id {
                update(&state.agenda.sections[si].items[ii].occurrence)
            }
        }
        for k in Array(state.browsing.keys) {
            guard var b = state.browsing[k] else { continue }
            for i in b.items.indices where b.items[i].id == s.id { update(&b.items[i]) }
            state.browsing[k] = b
        }
    }

    private static func focus(_ state: inout AppState, _ k: PeriodKind) {
        state.focused = k
        if k != .day { state.lastLongerPane = k }
        clamp(&state, k)
    }

    private static func move(_ state: inout AppState, _ k: PeriodKind, by delta: Int) {
        let count = state.items(of: k).count
        guard count > 0 else { state.cursor[k] = 0; return }
        let current = state.cursor[k] ?? 0
        state.cursor[k] = min(max(current.addingReportingOverflow(delta).partialValue, 0), count - 1)
        clamp(&state, k)
    }

    /// Keeps a pane's cursor inside its list and its scroll such that the cursor is visible.
    static func clamp(_ state: inout AppState, _ k: PeriodKind) {
        let count = state.items(of: k).count
        var c = min(max(state.cursor[k] ?? 0, 0), max(count - 1, 0))
        if count == 0 { c = 0 }
        state.cursor[k] = c
        let rows = HomeLayout.compute(state).visibleRows(of: k)
        var top = state.scroll[k] ?? 0
        if c < top { top = c }
        if c >= top + rows { top = c - rows + 1 }
        top = min(top, max(0, count - rows))
        state.scroll[k] = max(0, top)
    }
}
