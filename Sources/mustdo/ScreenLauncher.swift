import MustDoApp
import MustDoCore
import MustDoStore
import MustDoTeam
import NcursesBackend
import TerminalUI

#if canImport(Glibc)
import Glibc
#endif

/// Opens the full-screen view: checks the terminal, loads theme and keys, and runs the app until quit.
struct ScreenLauncher {
    let context: AppContext
    let themeName: String?

    /// Runs the screen; a terminal that cannot host it is a `noTerminal` error with the reason.
    func run() throws {
        let language = context.language
        // Config first, like the rest of config.toml. [team]: the server the team screen reads, and sync-every (a bad interval is a config error, exit 78).
        let syncEvery = try TeamSettings.syncEvery(configPath: context.paths.config)
        let teamSettings = try TeamSettings.load(configPath: context.paths.config)
        // Refuse before touching the database or the terminal.
        if isatty(STDOUT_FILENO) != 1 || isatty(STDIN_FILENO) != 1 {
            throw MustDoError.noTerminal(reason: language.text(.launchNotATerminal))
        }
        let term = context.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw MustDoError.noTerminal(reason: term.isEmpty ? language.text(.launchNoTerm) : "TERM=dumb")
        }
        // [keys.<view>] overrides, checked before the terminal is touched: an unknown view, command or key is a config error naming it.
        let keys = try KeyTables().overridden(by: context.settings.keys, file: context.paths.config, language: context.language)
        var (theme, themeProblem) = ThemeLoader.load(name: themeName, configured: context.settings.theme, context: context)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch let e as TerminalError {
            // One sentence: the reason names the problem; `noTerminal` adds the way out (`mustdo today`) once.
            switch e {
            case .notATerminal: throw MustDoError.noTerminal(reason: language.text(.launchNotATerminal))
            case .unsupportedTerminal(let term):
                throw MustDoError.noTerminal(reason: term.map { "TERM=\($0)" } ?? language.text(.launchNoTerm))
            case .initializationFailed(let term):
                throw MustDoError.noTerminal(reason: language.text(.launchUnknownTerm, ["term": term.terminalSafe]))
            }
        }
        defer { terminal.shutdown() }
        // The database is opened once the terminal is known to work, so a terminal refused by curses leaves no new file.
        let db = try context.openPrepared()
        // The last 7 daily backups live in a backups folder beside the database.
        var backupProblem: String?
        let folder = context.paths.database.contains("/") ? String(context.paths.database[..<context.paths.database.lastIndex(of: "/")!]) : "."
        let backups = (folder.isEmpty ? "" : folder) + "/backups"
        do { try db.rotateDailyBackups(directory: backups, today: context.today, keep: 7) } catch let e as MustDoError {
            backupProblem = language.text(.launchBackupFailed, ["problem": e.message(language)])
        }
        theme = theme.adapted(colorCount: terminal.colorCount, noColor: context.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        let size = terminal.size
        // Chinese cannot be drawn without a UTF-8 locale (it would show as ????): the screen falls back to English and says so.
        let screenLanguage = context.language.drawable(ascii: !terminal.supportsUnicode)
        let chineseImpossible = screenLanguage != context.language
        var state = try AppRuntime.initialState(database: db, engine: context.engine, clock: context.clock, language: screenLanguage,
                                                width: size.width, height: size.height, ascii: !terminal.supportsUnicode)
        state.settings = context.settings
        state.availableThemes = ThemeLoader.catalog(context).available().map(\.name)
        state.themeName = themeProblem == nil ? (themeName ?? context.settings.theme ?? "default") : "default"
        let runtime = AppRuntime(terminal: terminal, database: db, engine: context.engine, clock: context.clock,
                                 keymap: keys[.home], theme: theme, state: state)
        runtime.keys = keys
        runtime.configPath = context.paths.config
        let colors = terminal.colorCount, noColor = context.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        runtime.themeProvider = { name in
            do { return .success(try ThemeLoader.catalog(context).load(name).adapted(colorCount: colors, noColor: noColor)) }
            catch let e as MustDoError { return .failure(e) }
            catch { return .failure(.invalidArgument("\(error)")) }
        }
        if let backupProblem { runtime.announce(backupProblem, isError: true) }
        runtime.lookAhead = context.settings.dueSoonDays
        runtime.environment = context.environment
        runtime.team = TeamLink.live(settings: teamSettings, configPath: context.paths.config, database: db, databasePath: context.paths.database,
                                     syncEvery: teamSettings == nil ? nil : syncEvery)
        // Morning planning opens by itself on the first start of each day (setting plan_on_first_start).
        if context.settings.planOnFirstStart, try db.meta("plan_shown_on") != context.today.description {
            try db.setMeta("plan_shown_on", context.today.description)
            runtime.dispatch(.command(.planning))
        }
        if chineseImpossible {
            runtime.announce(Language.en.text(.screenChineseNeedsUTF8))
        } else if !terminal.supportsUnicode {
            runtime.announce(screenLanguage.text(.launchNotUTF8))
        } else if let themeProblem {
            runtime.announce(themeProblem, isError: true)
        }
        nonisolated(unsafe) let waiting = runtime
        runtime.database.onBusy = { tries in waiting.waitingForLock(tries) }
        runtime.run()
        runtime.database.onBusy = nil   // breaks the database → handler → runtime cycle, so the database closes (and its WAL is folded back)
        terminal.shutdown()
        // Text typed and not saved when a signal or Ctrl-C ended the program is printed once, on the restored terminal, so it is not lost.
        if let draft = runtime.state.droppedDraft {
            let safe = String(draft.unicodeScalars.map { $0.value < 0x20 || ($0.value >= 0x7f && $0.value < 0xa0) ? " " : Character($0) })
            let line = Array((context.language.text(.screenDraftDropped, ["text": safe]) + "\n").utf8)
            _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        // For bench/screen.sh: what the last frame and the whole session sent to the terminal.
        if let statsPath = context.environment["MUSTDO_DRAW_STATS"], let f = fopen(statsPath, "w") {
            let last = terminal.lastDrawStats, total = terminal.totalDrawStats
            fputs("last_frame_bytes=\(last.bytesWritten) last_frame_cells=\(last.cellsWritten) frames=\(total.frames) total_bytes=\(total.bytesWritten)\n", f)
            fclose(f)
        }
    }
}
