import MustDoCore
#if canImport(Glibc)
import Glibc
#endif
import MustDoStore
import TerminalUI

/// Runs the app: reads keys, reduces actions, performs effects against the database, and draws whole frames.
///
/// Every change is committed (its own transaction) before the state shows it: the reducer only
/// updates an item when `.applied` comes back from the database.
public final class AppRuntime {
    /// The terminal drawn on.
    public let terminal: TerminalDevice
    /// The database.
    public let database: AppDatabase
    /// The schedule engine (replaced when the settings screen changes the calendar).
    public private(set) var engine: ScheduleEngine
    /// The clock ("today" may be fixed).
    public let clock: Clock
    /// Days ahead that planning's "due soon" looks.
    public var lookAhead = 7
    /// The theme.
    public private(set) var theme: Theme
    /// The config file the settings screen writes (nil: settings cannot be saved).
    public var configPath: String? {
        didSet { configStamp = configPath.map(AppRuntime.fileStamp) }
    }
    /// Loads a theme by name for the settings screen (adapted to this terminal); nil when unknown or broken.
    public var themeProvider: ((String) -> Result<Theme, MustDoError>)?
    /// The current state.
    public private(set) var state: AppState
    private var changeToken: Int64 = 0
    /// The environment (for $VISUAL / $EDITOR).
    public var environment: [String: String] = [:]
    private var lastPoll: UInt64 = 0
    /// How often outside changes and the date are checked, in milliseconds.
    public var pollInterval: UInt64 = 400
    /// The team server (nil: none configured; the team screen says how to join).
    public var team: TeamLink?
    /// The team's network jobs, run off the main loop.
    let teamWorker = TeamWorker()
    /// The thread the loop runs on (the one that made the runtime).
    let loopThread = pthread_self()

    /// Creates a runtime.
    public init(terminal: TerminalDevice, database: AppDatabase, engine: ScheduleEngine, clock: Clock,
                keymap: KeyMap = KeyMap.home, theme: Theme, state: AppState) {
        self.terminal = terminal
        self.database = database
        self.engine = engine
        self.clock = clock
        self.theme = theme
        var state = state
        state.keys.set(.home, keymap)
        self.state = state
        self.changeToken = (try? database.changeToken()) ?? 0
    }

    /// Builds the initial state from the database (materialising today first).
    public static func initialState(database: AppDatabase, engine: ScheduleEngine, clock: Clock, language: Language,
                                    width: Int, height: Int, ascii: Bool) throws -> AppState {
        let today = clock.today(dayStartHour: engine.settings.dayStartHour)
        try database.prepare(today: today, engine: engine, now: clock.timestamp())
        let agenda = try database.agenda(today: today, engine: engine)
        var state = AppState(language: language, calendar: engine.settings, today: today, width: width, height: height, ascii: ascii, agenda: agenda)
        for k in PeriodKind.allCases { Reducer.clamp(&state, k) }
        return state
    }

    /// Shows a message on the status line (e.g. the reason for ASCII mode).
    public func announce(_ text: String, isError: Bool = false) {
        state.message = .init(text: text, isError: isError)
    }

    /// Every view's key table (with the user's overrides).
    public var keys: KeyTables {
        get { state.keys }
        set { state.keys = newValue }
    }

    /// Draws the current state.
    public func render() -> Buffer {
        AppRuntime.render(state, theme: theme)
    }

    /// Draws `state`: the topmost full-screen view on the stack, then every overlay above it (prompts, help, forms) in order.
    public static func render(_ state: AppState, theme: Theme) -> Buffer {
        let screen = Screen(state: state, theme: theme, keys: state.keys)
        var buf = Buffer(width: max(0, state.width), height: max(0, state.height), style: theme.style(.background))
        if state.isTooSmall {
            HomeScreen.drawTooSmall(&buf, screen)
            return buf
        }
        let base = state.stack.lastIndex { !$0.isOverlay } ?? 0
        for v in state.stack[base...] { v.draw(into: &buf, screen) }
        return buf
    }

    /// Runs until the user quits, a terminating signal arrives or the terminal is gone.
    public func run() {
        terminal.draw(render())
        while !state.shouldQuit {
            step(timeoutMilliseconds: Int(pollInterval))
        }
    }

    /// One turn of the loop: waits up to `timeoutMilliseconds` for an event, handles it, polls, and redraws when something changed.
    public func step(timeoutMilliseconds: Int) {
        var changed = false
        // While a team job runs, its result is looked for often, so it shows soon after it arrives.
        let event = terminal.readEvent(timeoutMilliseconds: teamWorker.busy ? min(timeoutMilliseconds, 100) : timeoutMilliseconds)
        // Another instance's new settings are taken before this key acts, so both use one shape of periods.
        if reloadSettingsIfChanged() { changed = true }
        if let event {
            if let action = action(for: event) {
                dispatch(action)
                changed = true
            }
        }
        if state.shouldQuit { return }
        if pollTeam() { changed = true }
        let now = AppRuntime.milliseconds()
        if now &- lastPoll >= pollInterval {
            lastPoll = now
            if poll() { changed = true }
        }
        if changed && !state.shouldQuit { terminal.draw(render()) }
    }

    /// While another process holds the write lock: says so on the status line (once), and gives up at once when the program is asked to end.
    public func waitingForLock(_ tries: Int) -> Bool {
        if terminal.terminationRequested { return false }
        // The background sync waits without drawing: only the loop's thread touches the terminal.
        guard pthread_equal(pthread_self(), loopThread) != 0 else { return true }
        if tries == 0 {
            var shown = state
            shown.message = .init(text: state.language.text(.screenWaitingForLock), isError: false)
            terminal.draw(AppRuntime.render(shown, theme: theme))
        }
        return true
    }

    /// Maps a terminal event to an action; keys are resolved by the reducer with the top view's table.
    public func action(for event: KeyEvent) -> Action? {
        switch event {
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .terminate: return .terminate
        case .mouse(let m): return .mouse(m)
        default: return .inputKey(event)
        }
    }

    /// Reduces an action and performs its effects, feeding their results back in.
    public func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next) {
                if let result = perform(effect) { queue.append(result) }
                queue += dispatchLater
                dispatchLater.removeAll()
            }
        }
    }

    /// Performs one effect; returns the action that reports its outcome.
    func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .apply(let change, let id, let origin):
                let r: (before: OccurrenceSnapshot, after: OccurrenceSnapshot)
                do {
                    switch origin {
                    case .undo(let e) where e.createdTask != nil:
                        r = try database.undoCarryOver(task: e.createdTask!, from: e.after, to: e.before, now: clock.timestamp())
                        dispatchLater.append(.agendaLoaded(try database.agenda(today: state.today, engine: engine)))
                    case .redo(let e) where e.createdTask != nil:
                        let c = try database.carryOverSettling(id, to: state.today, reason: state.language.text(.screenCarriedReason, ["day": state.today.description]), now: clock.timestamp())
                        dispatchLater.append(.agendaLoaded(try database.agenda(today: state.today, engine: engine)))
                        var entry = e
                        entry.createdTask = c.task
                        return .applied(before: c.before, after: c.after, origin: .redo(entry), title: c.title)
                    default:
                        r = try database.apply(change, to: id, now: clock.timestamp())
                    }
                } catch AppDatabase.ChangedSince.changedSince {
                    switch origin {
                    case .undo(let e): return .undoRefused(e, redo: false)
                    case .redo(let e): return .undoRefused(e, redo: true)
                    case .user: return .failed(state.language.text(.screenChangedElsewhere))
                    }
                }
                let title = state.occurrence(id: id) == nil ? (try? database.occurrence(id: id, today: state.today))?.title : nil
                return .applied(before: r.before, after: r.after, origin: origin, title: title)
            case .reloadAgenda:
                try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .loadPeriod(let kind, let period):
                return .periodLoaded(kind, period, try database.occurrences(periodKey: period.key, today: state.today))
            case .loadWeek(let week):
                return .weekLoaded(try database.weekReview(week, today: state.today, engine: engine, cadence: state.settings.cadence))
            case .loadPlan:
                return .planLoaded(try database.morningPlan(today: state.today, engine: engine, lookAhead: lookAhead,
                                                            promises: state.settings.promises, cadence: state.settings.cadence,
                                                            greetings: state.settings.greetings, language: state.language))
            case .toggleFocus(let id):
                let focus = try database.toggleFocus(id, day: state.today)
                let title = state.occurrence(id: id)?.title ?? ""
                dispatchLater.append(.select(id))
                dispatchLater.append(.status(state.language.text(focus.contains(id) ? .screenFocusAdded : .screenFocusRemoved, ["title": title])))
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .addTask(let title):
                let id = try database.addTask(title: title, day: state.today, now: clock.timestamp())
                try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
                dispatchLater.append(.select(id))
                dispatchLater.append(.status(state.language.text(.screenTaskAdded, ["title": title])))
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .carryOver(let id):
                let r = try database.carryOverSettling(id, to: state.today, reason: state.language.text(.screenCarriedReason, ["day": state.today.description]), now: clock.timestamp())
                try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
                dispatchLater.append(.agendaLoaded(try database.agenda(today: state.today, engine: engine)))
                dispatchLater.append(.status(state.language.text(.screenCarriedOver, ["title": r.title])))
                return .applied(before: r.before, after: r.after, origin: .user, title: r.title, createdTask: r.task)
            case .openJournal(let target):
                let entry = try database.journal(target.key)
                return .journalOpened(target, target.part == .plan ? entry.plan : entry.review)
            case .saveJournal(let key, let part, let text):
                let r = try database.setJournal(key, plan: part == .plan ? text : nil, review: part == .review ? text : nil, now: clock.timestamp())
                return .journalSaved(r.after, part)
            case .externalEdit(let key, let part):
                let entry = try database.journal(key)
                guard let edited = ExternalEditor.edit(part == .plan ? entry.plan : entry.review, terminal: terminal, environment: environment) else {
                    return .failed(state.language.text(.screenEditorFailed))
                }
                let r = try database.setJournal(key, plan: part == .plan ? edited : nil, review: part == .review ? edited : nil, now: clock.timestamp())
                return .journalSaved(r.after, part)
            case .loadRoutines:
                return .routinesLoaded(try database.routines())
            case .saveRoutine(let routine, let isNew):
                if isNew {
                    var r = routine
                    r.position = (try database.routines(period: r.period).map(\.position).max() ?? -1) + 1
                    try database.addRoutine(r, now: clock.timestamp())
                } else {
                    try database.editRoutine(routine, today: state.today, settings: engine.settings, now: clock.timestamp())
                }
                return try afterRoutineChange(saying: .formRoutineSaved, routine.title)
            case .retireRoutine(let id):
                try database.retireRoutine(id: id, today: state.today, now: clock.timestamp())
                return try afterRoutineChange(saying: .routinesRetired, try database.routines().first { $0.id == id }?.title ?? id)
            case .restoreRoutine(let id):
                try database.restoreRoutine(id: id, today: state.today, settings: engine.settings)
                return try afterRoutineChange(saying: .routinesRestored, try database.routines().first { $0.id == id }?.title ?? id)
            case .moveRoutine(let id, let before, let after):
                let placement: RoutinePlacement = before.map { .before($0) } ?? .after(after!)
                try database.moveRoutine(id: id, placement, today: state.today, now: clock.timestamp())
                return try afterRoutineChange()
            case .searchJournal(let text):
                return .journalFound(text, try database.searchJournal(text))
            case .saveSettings(let values):
                return try saveSettings(values)
            case .quit:
                return nil
            case .loadCustomers, .loadCustomerCard, .saveCustomer, .archiveCustomer, .revertCustomer, .externalEditCustomerText, .openCustomerForm:
                return try performCustomer(effect)
            case .loadTimeline, .openVisitForm, .loadLastGoal, .logVisit, .removeVisit, .loadLedger, .changeLedger, .revertLedger, .loadVisits:
                return try performVisit(effect)
            case .loadPeriodReview, .loadSales, .addSales:
                return try performReview(effect)
            case .loadTeamReport(let period):
                return loadTeamReport(period)
            }
        } catch let e as MustDoError {
            return .failed(e.message(state.language))
        } catch {
            return .failed("\(error)")
        }
    }

    /// Writes the settings into config.toml (comments kept, atomically), then applies calendar, language, theme and look-ahead.
    private func saveSettings(_ values: [String: String]) throws -> Action {
        guard let path = configPath else {
            return .failed(state.language.text(.screenNoConfigPath))
        }
        var old = ""
        switch Resources.readFile(path) {
        case .text(let t): old = t
        case .missing(let e) where e == ENOENT: old = ""
        default: return .failed(state.language.text(.screenConfigUnreadable, ["path": path]))
        }
        let order = SettingsForm.Field.allCases.map(\.key)
        let text = ConfigFileEditor.update(old, with: order.compactMap { k in values[k].map { (k, $0) } })
        let settings = try Settings(text: text, file: path)
        return try apply(settings) {
            try AppRuntime.writeAtomically(text, to: path)
            configStamp = AppRuntime.fileStamp(path)
        }
    }

    /// Applies settings read from config.toml: the theme is loaded first (a broken one changes nothing), then `commit`
    /// runs (the file write, if any), then calendar, theme and look-ahead take effect.
    private func apply(_ new: Settings, commit: () throws -> Void = {}) throws -> Action {
        var settings = new
        var themeName = state.themeName
        var newTheme = theme
        if let name = settings.theme, name != state.themeName, let provider = themeProvider {
            switch provider(name) {
            case .success(let t): newTheme = t; themeName = name
            case .failure(let e): return .failed(e.message(state.language))
            }
        }
        try commit()
        settings.calendar.holidays.formUnion(engine.settings.holidays.subtracting(state.settings.calendar.holidays))
        settings.calendar.extraWorkdays.formUnion(engine.settings.extraWorkdays.subtracting(state.settings.calendar.extraWorkdays))
        engine = ScheduleEngine(settings: settings.calendar)
        theme = newTheme
        lookAhead = settings.dueSoonDays
        // Without a UTF-8 locale (ASCII mode) Chinese cannot be drawn, so the screen stays in English.
        let language = (settings.language ?? state.language).drawable(ascii: state.ascii)
        return .settingsApplied(settings, language: language, theme: themeName)
    }

    /// Writes a file through a temporary file and a rename, so it is never half-written.
    static func writeAtomically(_ text: String, to path: String) throws {
        try ConfigFileEditor.save(text, to: path)
    }

    /// After a routine edit: today's lists are prepared again (a new routine joins the current period), then the list reloads.
    private func afterRoutineChange(saying key: MessageKey? = nil, _ title: String = "") throws -> Action {
        try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
        let agenda = try database.agenda(today: state.today, engine: engine)
        dispatchLater.append(.agendaLoaded(agenda))
        if let key { dispatchLater.append(.status(state.language.text(key, ["title": title]))) }
        return .routinesLoaded(try database.routines())
    }

    /// What config.toml looked like when it was last read or written (nil: not looked at yet).
    private var configStamp: [Int]?

    /// Device, inode, size and modification time of a file (empty when it cannot be read), to notice another change.
    static func fileStamp(_ path: String) -> [Int] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        return [Int(info.st_dev), Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    }

    /// Picks up config.toml changed by another MustDo or by hand (another instance's settings screen changing the
    /// week start): the new settings are applied as if saved here, so both instances agree on the shape of periods.
    /// Skipped while this instance's settings form is open (its save would apply the user's values anyway).
    @discardableResult
    func reloadSettingsIfChanged() -> Bool {
        guard let path = configPath, state.mode != .settings else { return false }
        let stamp = AppRuntime.fileStamp(path)
        guard let old = configStamp else { configStamp = stamp; return false }
        guard stamp != old else { return false }
        configStamp = stamp
        do {
            let settings = try Settings.load(path: path)
            let result = try apply(settings)
            dispatch(result)
            if case .failed = result { return true }
            announce(state.language.text(.settingsReloaded, ["file": path]))
        } catch let e as MustDoError {
            announce(state.language.text(.settingsReloadFailed, ["file": path, "reason": e.message(state.language)]), isError: true)
        } catch {
            announce(state.language.text(.settingsReloadFailed, ["file": path, "reason": "\(error)"]), isError: true)
        }
        return true
    }

    /// Actions queued by an effect besides its result.
    private var dispatchLater: [Action] = []

    /// Notices another process's changes and the day rolling over; returns whether the state changed.
    @discardableResult
    public func poll() -> Bool {
        var changed = false
        let today = clock.today(dayStartHour: engine.settings.dayStartHour)
        if today != state.today {
            dispatch(.dayChanged(today))
            changed = true
        }
        do {
            let token = try database.changeToken()
            if token != changeToken {
                changeToken = token
                dispatch(.agendaLoaded(try database.agenda(today: state.today, engine: engine)))
                for (kind, b) in state.browsing {
                    dispatch(.periodLoaded(kind, b.period, try database.occurrences(periodKey: b.period.key, today: state.today)))
                }
                changed = true
            }
        } catch {
            // Shown, never swallowed; said once rather than on every poll.
            let text = (error as? MustDoError)?.message(state.language) ?? "\(error)"
            if state.message?.text != text {
                dispatch(.failed(text))
                changed = true
            }
        }
        return changed
    }

    static func milliseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1000 + UInt64(ts.tv_nsec) / 1_000_000
    }
}
