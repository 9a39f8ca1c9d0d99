import MustDoCore
import MustDoStore

#if canImport(Glibc)
import Glibc
#endif

/// Everything a command needs, resolved once from options, environment and config: paths, settings, language, clock, database.
struct AppContext {
    let paths: DataPaths
    let settings: Settings
    let language: Language
    let clock: Clock
    let today: LocalDate
    let engine: ScheduleEngine
    let environment: [String: String]

    /// The process environment as a dictionary.
    ///
    /// Split at the first `=` byte: searching the decoded `String` for the `Character` "=" walked every entry by
    /// grapheme, 0.38M instructions of each `mustdo today` (issue 14, start-up).
    static func processEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self), count: strlen(entry))
            if let eq = bytes.firstIndex(of: UInt8(ascii: "=")) {
                env[String(decoding: UnsafeBufferPointer(rebasing: bytes[..<eq]), as: UTF8.self)] =
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(eq + 1)...]), as: UTF8.self)
            }
            p += 1
        }
        return env
    }

    /// The variables whose values become paths, dates or languages: they must be UTF-8 to mean what they say.
    static let pathVariables: Set<String> = ["MUSTDO_DB", "MUSTDO_CONFIG", "MUSTDO_TODAY", "MUSTDO_LANG", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME"]

    /// The raw `NAME=value` bytes of the environment.
    static func rawEnvironment() -> [[UInt8]] {
        var entries: [[UInt8]] = []
        var p = environ
        while let entry = p.pointee {
            entries.append(Array(UnsafeBufferPointer(start: UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self), count: strlen(entry))))
            p += 1
        }
        return entries
    }

    /// The raw bytes of the command-line arguments, without the program name.
    static func rawArguments() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).compactMap { i in
            CommandLine.unsafeArgv[i].map { p in Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p))) }
        }
    }

    /// Resolves options; throws a user-facing error for a bad date, language or config file.
    init(_ options: GlobalOptions) throws {
        try self.init(options.values)
    }

    /// Resolves plain option values (the fast path of `mustdo today` has no parsed GlobalOptions).
    init(_ options: GlobalValues) throws {
        // Arguments whose bytes are not UTF-8 would reach the database changed (a --db path, a title): refuse them.
        try InputText.checkArguments(AppContext.rawArguments())
        try InputText.checkEnvironment(AppContext.rawEnvironment(), names: AppContext.pathVariables)
        let env = AppContext.processEnvironment()
        environment = env
        paths = DataPaths(environment: env, databaseOverride: options.db, configOverride: options.config)
        var lang: Language?
        if let l = options.lang {
            guard let parsed = Language(code: l) else {
                throw MustDoError.invalidArgument(CLIText.helpLanguage.text(.langInvalid, ["value": l]))
            }
            lang = parsed
        } else if let m = env["MUSTDO_LANG"], !m.isEmpty {
            lang = Language(code: m)
        }
        var loaded = Settings()
        var configError: Error?
        do { loaded = try Settings.load(path: paths.config) } catch { configError = error }
        language = lang ?? loaded.language ?? Language.fromEnvironment(env)
        if let configError { throw configError }
        if let file = loaded.holidaysFile {
            // The holiday file named in config.toml: a relative path is relative to the config file's folder.
            let path = HolidayCalendar.resolve(file, configPath: paths.config, home: env["HOME"])
            try HolidayCalendar.load(path: path).apply(to: &loaded.calendar)
        }
        settings = loaded
        var fixed: LocalDate?
        if let t = options.today {
            guard let d = LocalDate(parsing: t) else { throw MustDoError.invalidDate(t, source: "--today") }
            try ScheduleEngine.checkLookAhead(d, realToday: Clock.wallNow().date, source: "--today")
            fixed = d
        } else if let t = env["MUSTDO_TODAY"], !t.isEmpty {
            guard let d = LocalDate(parsing: t) else { throw MustDoError.invalidDate(t, source: "MUSTDO_TODAY") }
            try ScheduleEngine.checkLookAhead(d, realToday: Clock.wallNow().date, source: "MUSTDO_TODAY")
            fixed = d
        }
        clock = Clock(fixedToday: fixed)
        today = clock.today(dayStartHour: settings.calendar.dayStartHour)
        engine = ScheduleEngine(settings: settings.calendar)
    }

    /// Opens the database, seeds it with the built-in pack on first use, and materialises what is due today.
    func openPrepared(seedLanguage: Language? = nil) throws -> AppDatabase {
        // A new database needs the shipped pack: read it first, so a missing pack leaves no file behind.
        let pack = access(paths.database, F_OK) == 0 ? nil : try RoutinePack.builtIn(seedLanguage ?? language)
        let db = try AppDatabase.open(path: paths.database)
        try prepare(db, pack: pack, seedLanguage: seedLanguage)
        return db
    }

    /// Seeds `db` on first use (with `pack`, else the shipped one) and materialises what is due today.
    private func prepare(_ db: AppDatabase, pack: RoutinePack?, seedLanguage: Language?) throws {
        if try !db.isSeeded() {
            try db.seed(pack: try pack ?? RoutinePack.builtIn(seedLanguage ?? language), activeFrom: today, now: clock.timestamp())
        }
        try db.prepare(today: today, engine: engine, now: clock.timestamp())
    }

    /// Today's agenda read straight through SQLite when the database and the day need nothing done (the usual
    /// `mustdo today`, issue 14 start-up); nil to take `openWithAgenda`, which checks, migrates, seeds and prepares.
    func quickAgenda() -> Agenda? {
        AppDatabase.quickAgenda(path: paths.database, today: today, engine: engine)
    }

    /// Opens the database prepared as `openPrepared` does, with today's agenda: read in one transaction when the day
    /// needs no preparing (the usual case), else read after seeding and preparing.
    func openWithAgenda() throws -> (AppDatabase, Agenda) {
        guard access(paths.database, F_OK) == 0 else {
            let db = try openPrepared()
            return (db, try db.agenda(today: today, engine: engine))
        }
        let db = try AppDatabase.open(path: paths.database)
        if let agenda = try db.agendaIfPrepared(today: today, engine: engine) { return (db, agenda) }
        try prepare(db, pack: nil, seedLanguage: nil)
        return (db, try db.agenda(today: today, engine: engine))
    }
}
