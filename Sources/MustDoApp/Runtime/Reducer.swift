import MustDoCore
import MustDoStore
import TerminalUI

/// The pure heart of the app: routes an action to the view on top of the stack (or to every view, for arriving data), applies the transition it asks for, and returns the effects. No I/O.
public enum Reducer {
    /// Applies `action` to `state` and returns the effects the runtime must perform.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .terminate:
            return end(&state)
        case .resize(let w, let h):
            state.width = max(0, w)
            state.height = max(0, h)
            for k in PeriodKind.allCases { clamp(&state, k) }
            return []
        case .inputKey(let key):
            let kind = state.stack.last?.kind ?? .home
            if let c = state.keys.command(for: key, in: kind) { return reduce(&state, .command(c)) }
            if state.isTooSmall { return [] }
            return route(&state) { v, s in v.handleKey(key, &s) }
        case .command(let c):
            return command(&state, c)
        case .mouse(let event):
            if state.isTooSmall { return [] }
            return route(&state) { v, s in v.handleMouse(event, &s) }
        case .applied(let before, let after, let origin, let title, let task):
            return applied(&state, before, after, origin, title, task)
        case .undoRefused(let entry, let redo):
            state.say(redo ? .screenRedoRefused : .screenUndoRefused, ["title": entry.title], error: true)
            return []
        case .agendaLoaded(let agenda):
            state.agenda = agenda
            if let id = state.pendingSelection { select(&state, id) }
            for k in PeriodKind.allCases { clamp(&state, k) }
            return broadcast(&state, action) + refresh(state)
        case .select(let id):
            state.pendingSelection = id
            select(&state, id)
            return []
        case .periodLoaded(let kind, let period, let items):
            guard state.browsing[kind]?.period == period else { return [] }
            state.browsing[kind] = .init(period: period, items: items, loaded: true)
            clamp(&state, kind)
            return []
        case .dayChanged(let day):
            state.today = day
            state.browsing.removeAll()
            return [.reloadAgenda]
        case .settingsApplied(let settings, let language, let theme):
            // The settings form waits for this report: only settings actually applied close it.
            state.stack.removeAll { $0 is SettingsView }
            if state.stack.isEmpty { state.stack = [HomeView()] }
            state.settings = settings
            state.calendar = settings.calendar
            state.language = language
            state.themeName = theme
            state.browsing.removeAll()
            state.say(.screenSettingsSaved)
            return [.reloadAgenda]
        case .journalFound(let text, let entries):
            guard text == state.filter else { return [] }
            state.journalMatches = entries
            if !entries.isEmpty {
                let days = entries.prefix(6).map { e -> String in
                    let body = e.plan.lowercased().contains(text.lowercased()) ? e.plan : e.review
                    let line = body.split(separator: "\n").first { $0.lowercased().contains(text.lowercased()) }.map(String.init) ?? body
                    return "\(e.key) “\(line.prefix(24))”"
                }
                state.say(.screenJournalMatches, ["count": String(entries.count), "matches": days.joined(separator: " · ")])
            }
            return []
        case .journalSaved:
            state.say(.screenJournalSaved)
            return broadcast(&state, action)
        case .failed(let text):
            state.message = .init(text: text, isError: true)
            return []
        case .status(let text):
            state.message = .init(text: text, isError: false)
            return []
        case .journalOpened(let target, let text):
            state.stack.append(JournalEditorView(target: target, text: text))
            return []
        case .weekLoaded, .planLoaded, .routinesLoaded:
            return broadcast(&state, action)
        case .customersLoaded, .customerCardLoaded, .customerTextEdited:
            return broadcast(&state, action)
        case .timelineLoaded, .lastGoalLoaded, .ledgerLoaded, .visitsLoaded:
            return broadcast(&state, action)
        case .customerFormOpened(let card):
            state.stack.append(CustomerFormView(card: card, language: state.language))
            return []
        case .periodReviewLoaded, .salesLoaded:
            return broadcast(&state, action)
        case .salesAdded, .salesEntryRefused:
            return salesEntryDone(&state, action)
        case .visitFormOpened(let now, let customer):
            state.stack.append(VisitFormView(now: now, customer: customer, language: state.language))
            return [.loadCustomers(archived: false)]
        case .visitApplied(let visit, let removed, let origin):
            visitApplied(&state, visit, removed: removed, origin)
            // A visit counts toward linked routines (or takes its count back): the checklist is read again.
            return broadcast(&state, action) + refresh(state) + [.reloadAgenda]
        case .ledgerApplied(let undo, let origin, let said):
            ledgerApplied(&state, undo, origin, said)
            return broadcast(&state, action) + refresh(state)
        case .customerApplied(let before, let after, let origin, let said):
            customerApplied(&state, before, after, origin, said)
            // A new card or personal details learned count toward linked routines: the checklist is read again.
            return broadcast(&state, action) + refresh(state) + [.reloadAgenda]
        case .teamReportLoaded, .teamSyncStarted, .teamSynced:
            return team(&state, action)
        }
    }

    /// A named command: the global ones (help, quit, undo, redo, interrupt) act the same from every view; the rest go to the view on top.
    static func command(_ state: inout AppState, _ c: Command) -> [Effect] {
        let top = state.stack.last?.kind ?? .home
        if c == .interrupt { return end(&state) }
        if state.isTooSmall {
            // Only quitting works while "terminal too small" is shown: nothing acts unseen.
            return c == .quit ? end(&state) : []
        }
        if !top.takesText { state.message = nil }
        // The inherited commands act the same over every view that does not take text; over help they close it first.
        let inherited = !top.takesText && top != .help
        switch c {
        case .quit where !top.takesText:
            return end(&state)
        case .help where inherited:
            state.stack.append(HelpView(for: top, keys: state.keys))
            return []
        case .undo where inherited:
            guard let e = state.undoStack.popLast() else {
                state.say(.screenNothingToUndo)
                return []
            }
            if let c = e.customer { return [.revertCustomer(from: c.after, to: c.before, origin: .undo(e))] }
            if let v = e.visit { return [.removeVisit(v, origin: .undo(e))] }
            if let l = e.ledger { return [.revertLedger(l, origin: .undo(e))] }
            return [.apply(.revert(from: e.after, to: e.before), id: e.after.id, origin: .undo(e))]
        case .redo where inherited:
            guard let e = state.redoStack.popLast() else {
                state.say(.screenNothingToRedo)
                return []
            }
            if let c = e.customer { return [.revertCustomer(from: c.before, to: c.after, origin: .redo(e))] }
            if let v = e.visit { return [.logVisit(v, origin: .redo(e))] }
            if let l = e.ledger { return [.changeLedger(l.change, origin: .redo(e))] }
            return [.apply(.revert(from: e.before, to: e.after), id: e.after.id, origin: .redo(e))]
        case .customersScreen where inherited:
            return openCustomers(&state)
        case .visitForm where inherited:
            return openVisitForm(&state)
        case .ledger where inherited:
            return openLedger(&state)
        case .visitsScreen where inherited:
            return openVisits(&state)
        case .teamScreen where inherited:
            return openTeam(&state)
        default:
            return route(&state) { v, s in v.handle(c, &s) }
        }
    }

    /// Ends the program from any view (Ctrl-C, a signal, a lost terminal): what was typed and not saved is dropped and kept for the closing line.
    static func end(_ state: inout AppState) -> [Effect] {
        if state.droppedDraft == nil {
            state.droppedDraft = state.stack.reversed().lazy.compactMap { $0.draft }.first { !$0.isEmpty }
        }
        state.shouldQuit = true
        return [.quit]
    }

    /// Runs an update on the view on top and applies the transition it asks for.
    static func route(_ state: inout AppState, _ update: (inout any View, inout AppState) -> ViewStep) -> [Effect] {
        guard var top = state.stack.popLast() else {
            state.stack = [HomeView()]
            return []
        }
        let step = update(&top, &state)
        switch step.transition {
        case .stay: state.stack.append(top)
        case .pop: break
        case .push(let v): state.stack.append(top); state.stack.append(v)
        case .replace(let v): state.stack.append(v)
        }
        if state.stack.isEmpty { state.stack = [HomeView()] }
        return step.effects
    }

    /// Hands arriving data to every view on the stack, bottom first.
    static func broadcast(_ state: inout AppState, _ action: Action) -> [Effect] {
        var views = state.stack
        var effects: [Effect] = []
        for i in views.indices { effects += views[i].receive(action, &state) }
        state.stack = views
        return effects
    }

    /// After a change or a reload, the views on the stack re-read their data.
    static func refresh(_ state: AppState) -> [Effect] {
        state.stack.flatMap { $0.refresh(state) }
    }

    /// A committed change: shown in every list, put on the undo or redo stack, and said on the status line.
    static func applied(_ state: inout AppState, _ before: OccurrenceSnapshot, _ after: OccurrenceSnapshot, _ origin: ChangeOrigin, _ title: String?, _ task: Int64?) -> [Effect] {
        apply(&state, after)
        let name = title ?? state.occurrence(id: after.id)?.title ?? ""
        let entry = UndoEntry(before: before, after: after, title: name, createdTask: task)
        switch origin {
        case .user:
            if before != after {
                state.undoStack.append(entry)
                if state.undoStack.count > 500 { state.undoStack.removeFirst() }
                state.redoStack.removeAll()
            }
            if let sentence = describe(before, after, name, state.language) { state.message = .init(text: sentence, isError: false) }
        case .undo(let original):
            // The redo starts from the row as the undo left it (its change counter included).
            state.redoStack.append(UndoEntry(before: after, after: original.after, title: original.title.isEmpty ? name : original.title, createdTask: original.createdTask))
            state.say(.screenUndid, ["title": original.title.isEmpty ? name : original.title])
        case .redo(let original):
            state.undoStack.append(UndoEntry(before: original.before, after: after, title: original.title.isEmpty ? name : original.title, createdTask: original.createdTask))
            state.say(.screenRedid, ["title": original.title.isEmpty ? name : original.title])
        }
        for k in PeriodKind.allCases { clamp(&state, k) }
        return refresh(state)
    }

    /// The status line after a change: what was done to which item.
    static func describe(_ before: OccurrenceSnapshot, _ after: OccurrenceSnapshot, _ title: String, _ language: Language) -> String? {
        let v = ["title": title]
        if before.state != after.state {
            switch after.state {
            case .done: return language.text(.screenDidCheck, v)
            case .skipped: return language.text(.screenDidSkip, v)
            case .open, .missed: return language.text(.screenDidReopen, v)
            }
        }
        if before.progress != after.progress { return language.text(.screenDidCount, ["title": title, "count": String(after.progress)]) }
        if before.skipReason != after.skipReason { return language.text(.screenDidSkip, v) }
        if before.note != after.note { return language.text(after.note == nil ? .screenDidRemoveNote : .screenDidNote, v) }
        if before == after { return language.text(.screenDidNothing, v) }
        return nil
    }

    /// Space on an item: done or skipped items reopen, the others are checked.
    static func toggle(_ o: Occurrence) -> Effect {
        .apply(o.state == .done || o.state == .skipped ? .uncheck : .check, id: o.id, origin: .user)
    }

    /// Puts a committed change into whatever list shows that occurrence.
    static func apply(_ state: inout AppState, _ s: OccurrenceSnapshot) {
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

    /// Moves the home cursor onto occurrence `id` (in the focused pane, else the first pane that lists it); the selection is kept pending until the item shows.
    static func select(_ state: inout AppState, _ id: Int64) {
        let panes = [state.focused] + PeriodKind.allCases.filter { $0 != state.focused }
        for k in panes {
            if let i = state.items(of: k).firstIndex(where: { $0.occurrence.id == id }) {
                if k != state.focused { focus(&state, k) }
                state.cursor[k] = i
                clamp(&state, k)
                state.pendingSelection = nil
                return
            }
        }
    }

    static func focus(_ state: inout AppState, _ k: PeriodKind) {
        state.focused = k
        if k != .day { state.lastLongerPane = k }
        clamp(&state, k)
    }

    static func move(_ state: inout AppState, _ k: PeriodKind, by delta: Int) {
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
