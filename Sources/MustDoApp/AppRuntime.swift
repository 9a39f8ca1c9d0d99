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
    /// The home key table.
    public let keymap: KeyMap
    /// The week review's key table.
    public var weekKeys = KeyMap.week
    /// Morning planning's key table.
    public var planKeys = KeyMap.plan
    /// The routine editor's key table.
    public var routineKeys = KeyMap.routines
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

    /// Creates a runtime.
    public init(terminal: TerminalDevice, database: AppDatabase, engine: ScheduleEngine, clock: Clock,
                keymap: KeyMap, theme: Theme, state: AppState) {
        self.terminal = terminal
        self.database = database
        self.engine = engine
        self.clock = clock
        self.keymap = keymap
        self.theme = theme
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

    /// Draws the current state.
    public func render() -> Buffer {
        AppRuntime.render(state, theme: theme, keymaps: (keymap, weekKeys, planKeys, routineKeys))
    }

    /// Draws `state` with the screen its mode calls for.
    public static func render(_ state: AppState, theme: Theme, keymaps: (home: KeyMap, week: KeyMap, plan: KeyMap, routines: KeyMap)) -> Buffer {
        var mode = state.mode
        if mode == .help { mode = state.modeBeforeHelp }
        if case .input = mode { mode = state.modeBeforeHelp == .home ? .home : state.modeBeforeHelp }
        if case .journal(let target) = mode { mode = target.returnToPlan ? .plan : .home }
        var buf: Buffer
        switch mode {
        case .week: buf = WeekScreen(state: state, theme: theme, keymap: keymaps.week).render()
        case .plan: buf = PlanScreen(state: state, theme: theme, keymap: keymaps.plan).render()
        case .routines, .routineForm, .confirmRetire: buf = RoutineEditorScreen(state: state, theme: theme, keymap: keymaps.routines).render()
        case .settings: buf = SettingsScreen(state: state, theme: theme).render()
        default: buf = HomeScreen(state: state, theme: theme, keymap: keymaps.home).render(overlays: false)
        }
        if state.width >= HomeLayout.minimumWidth, state.height >= HomeLayout.minimumHeight {
            switch state.mode {
            case .help:
                let map = state.modeBeforeHelp == .week ? keymaps.week : state.modeBeforeHelp == .plan ? keymaps.plan
                    : state.modeBeforeHelp == .routines ? keymaps.routines : keymaps.home
                HelpScreen(state: state, theme: theme, keymap: map).draw(into: &buf)
            case .journal(let target):
                JournalEditorScreen(state: state, theme: theme, target: target).draw(into: &buf)
            case .input:
                if mode != .home { HomeScreen(state: state, theme: theme, keymap: keymaps.home).drawFooter(&buf, Rect(x: 0, y: state.height - 1, width: state.width, height: 1)) }
            default: break
            }
        }
        return buf
    }

    /// Runs until the user quits or a terminating signal arrives.
    public func run() {
        terminal.draw(render())
        while !state.shouldQuit {
            step(timeoutMilliseconds: Int(pollInterval))
        }
    }

    /// One turn of the loop: waits up to `timeoutMilliseconds` for an event, handles it, polls, and redraws when something changed.
    public func step(timeoutMilliseconds: Int) {
        var changed = false
        let event = terminal.readEvent(timeoutMilliseconds: timeoutMilliseconds)
        // Another instance's new settings are taken before this key acts, so both use one shape of periods.
        if reloadSettingsIfChanged() { changed = true }
        if let event {
            if let action = action(for: event) {
                dispatch(action)
                changed = true
            }
        }
        let now = AppRuntime.milliseconds()
        if now &- lastPoll >= pollInterval {
            lastPoll = now
            if poll() { changed = true }
        }
        if changed && !state.shouldQuit { terminal.draw(render()) }
    }

    /// Maps a terminal event to an action for the current mode.
    public func action(for event: KeyEvent) -> Action? {
        switch event {
        case .resize(let w, let h): return .resize(width: w, height: h)
        case .terminate: return .command(.quit)
        case .mouse(let m): return .mouse(m)
        default: break
        }
        switch state.mode {
        case .home: return keymap.command(for: event).map { .command($0) }
        case .week: return weekKeys.command(for: event).map { .command($0) }
        case .plan: return planKeys.command(for: event).map { .command($0) }
        case .help: return keymap.command(for: event) == .quit && event != .char("q") ? .command(.quit) : .dismiss
        case .input: return .inputKey(event)
        case .journal: return .editorKey(event)
        case .routines: return routineKeys.command(for: event).map { .command($0) }
        case .routineForm: return .formKey(event)
        case .settings: return .settingsKey(event)
        case .confirmRetire: return .confirmKey(event)
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
                let r = try database.apply(change, to: id, now: clock.timestamp())
                return .applied(before: r.before, after: r.after, origin: origin)
            case .reloadAgenda:
                try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .loadPeriod(let kind, let period):
                return .periodLoaded(kind, period, try database.occurrences(periodKey: period.key, today: state.today))
            case .loadWeek(let week):
                return .weekLoaded(try database.weekReview(week, today: state.today, engine: engine))
            case .loadPlan:
                return .planLoaded(try database.morningPlan(today: state.today, engine: engine, lookAhead: lookAhead))
            case .toggleFocus(let id):
                try database.toggleFocus(id, day: state.today)
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .addTask(let title):
                try database.addTask(title: title, day: state.today, now: clock.timestamp())
                try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .carryOver(let id):
                try database.carryOver(id, to: state.today, now: clock.timestamp())
                try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
                return .agendaLoaded(try database.agenda(today: state.today, engine: engine))
            case .openJournal(let target):
                let entry = try database.journal(target.key)
                return .journalOpened(target, target.part == .plan ? entry.plan : entry.review)
            case .saveJournal(let key, let part, let text):
                let r = try database.setJournal(key, plan: part == .plan ? text : nil, review: part == .review ? text : nil, now: clock.timestamp())
                return .journalSaved(r.after, part)
            case .externalEdit(let key, let part):
                let entry = try database.journal(key)
                guard let edited = ExternalEditor.edit(part == .plan ? entry.plan : entry.review, terminal: terminal, environment: environment) else {
                    return .failed(state.language == .zh ? "编辑器没有正常退出,日志未修改。" : "The editor did not exit cleanly, so the journal was not changed.")
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
                return try afterRoutineChange()
            case .retireRoutine(let id):
                try database.retireRoutine(id: id, today: state.today, now: clock.timestamp())
                return try afterRoutineChange()
            case .restoreRoutine(let id):
                try database.restoreRoutine(id: id, today: state.today, settings: engine.settings)
                return try afterRoutineChange()
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
            }
        } catch let e as MustDoError {
            return .failed(e.message(state.language))
        } catch {
            return .failed("\(error)")
        }
    }

    /// Writes the settings into config.toml (comments kept, atomically), then applies calendar, language, theme and look-ahead.
    private func saveSettings(_ values: [String: String]) throws -> Action {
        let zh = state.language == .zh
        guard let path = configPath else {
            return .failed(zh ? "没有配置文件路径,设置未保存。" : "There is no config file path, so the settings were not saved.")
        }
        var old = ""
        switch Resources.readFile(path) {
        case .text(let t): old = t
        case .missing(let e) where e == ENOENT: old = ""
        default: return .failed(zh ? "无法读取 \(path),设置未保存。" : "Cannot read \(path), so the settings were not saved.")
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
        let language = state.ascii && settings.language == .zh ? Language.en : settings.language ?? state.language
        return .settingsApplied(settings, language: language, theme: themeName)
    }

    /// Writes a file through a temporary file and a rename, so it is never half-written.
    static func writeAtomically(_ text: String, to path: String) throws {
        try ConfigFileEditor.save(text, to: path)
    }

    /// After a routine edit: today's lists are prepared again (a new routine joins the current period), then the list reloads.
    private func afterRoutineChange() throws -> Action {
        try database.prepare(today: state.today, engine: engine, now: clock.timestamp())
        let agenda = try database.agenda(today: state.today, engine: engine)
        dispatchLater.append(.agendaLoaded(agenda))
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
        if let token = try? database.changeToken(), token != changeToken {
            changeToken = token
            dispatch(.agendaLoaded((try? database.agenda(today: state.today, engine: engine)) ?? state.agenda))
            for (kind, b) in state.browsing {
                if let items = try? database.occurrences(periodKey: b.period.key, today: state.today) {
                    dispatch(.periodLoaded(kind, b.period, items))
                }
            }
            changed = true
        }
        return changed
    }

    static func milliseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1000 + UInt64(ts.tv_nsec) / 1_000_000
    }
}
