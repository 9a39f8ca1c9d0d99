import TOMLKit

/// The user's settings from `config.toml`: calendar, language, theme, planning and key overrides.
public struct Settings: Sendable {
    /// Week start, fiscal start, day-start hour, workdays, holidays.
    public var calendar = CalendarSettings.standard
    /// The UI language, or nil to follow the environment.
    public var language: Language?
    /// The theme name, or nil for `default`.
    public var theme: String?
    /// Whether morning planning opens by itself on the first start of each day.
    public var planOnFirstStart = true
    /// Days ahead that "due soon" looks.
    public var dueSoonDays = 7
    /// Key overrides: mode → action name → key names.
    public var keys: [String: [String: [String]]] = [:]
    /// A holiday file (TOML) to read, if set.
    public var holidaysFile: String?
    /// The customer file's settings (`[customers]`: number_prefix, review_days).
    public var customers = CustomerSettings()
    /// Promise reminders (`[promises]`: remind_days, check_every_days, long_promise_days).
    public var promises = PromiseSettings()
    /// What to greet and when (`[greetings]`: festivals, days_ahead, tiers).
    public var greetings = GreetingSettings()
    /// Days between contacts per tier (`[cadence]`: key, important, general).
    public var cadence = CadenceSettings()
    /// How long planning's sections get (`[plan]`: per_section).
    public var plan = PlanSettings()

    /// Default settings.
    public init() {}

    static let knownKeys: Set<String> = ["week_start", "fiscal_start_month", "day_start_hour", "workdays", "language", "theme",
                                         "plan_on_first_start", "due_soon_days", "keys", "holidays_file", "holidays", "extra_workdays", "customers",
                                         "promises",
                                         "greetings",
                                         "team",
                                         "cadence",
                                         "plan"]

    /// Parses config text; problems name the file, line and key.
    public init(text: String, file: String) throws {
        let src = try TOMLSource(text: text, file: file) { line, problem in
            MustDoError.configInvalid(file: file, line: line, key: "TOML", problem: problem)
        }
        func fail(_ key: String, _ problem: String, table: String? = nil) -> MustDoError {
            .configInvalid(file: file, line: src.line(of: key, inTable: table), key: key, problem: problem)
        }
        let root = src.root
        for key in root.keys where !Settings.knownKeys.contains(key) {
            throw fail(key, "unknown setting (known: \(Settings.knownKeys.sorted().joined(separator: ", ")))")
        }
        if let v = root["week_start"] {
            guard let s = v.string, let w = Weekday(name: s), [.monday, .sunday, .saturday].contains(w) else {
                throw fail("week_start", "use \"monday\", \"sunday\" or \"saturday\"")
            }
            calendar.weekStart = w
        }
        if let v = root["fiscal_start_month"] {
            guard let m = v.int, (1...12).contains(m) else { throw fail("fiscal_start_month", "use a month number 1–12") }
            calendar.fiscalStartMonth = m
        }
        if let v = root["day_start_hour"] {
            guard let h = v.int, (0...23).contains(h) else { throw fail("day_start_hour", "use an hour 0–23") }
            calendar.dayStartHour = h
        }
        if let v = root["workdays"] {
            guard let arr = v.array else { throw fail("workdays", "use a list like [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]") }
            var days = Set<Weekday>()
            for e in arr {
                guard let s = e.string, let w = Weekday(name: s) else { throw fail("workdays", "use weekday names mon … sun") }
                days.insert(w)
            }
            calendar.workdays = days
        }
        for (key, isHoliday) in [("holidays", true), ("extra_workdays", false)] {
            guard let v = root[key] else { continue }
            guard let arr = v.array else { throw fail(key, "use a list of dates like [\"2026-10-01\"]") }
            for e in arr {
                guard let s = e.string, let d = LocalDate(parsing: s) else { throw fail(key, "every entry must be a date string \"YYYY-MM-DD\"") }
                if isHoliday { calendar.holidays.insert(d) } else { calendar.extraWorkdays.insert(d) }
            }
        }
        if let v = root["language"] {
            guard let s = v.string, let l = Language(code: s) else { throw fail("language", "use \"zh\" or \"en\"") }
            language = l
        }
        if let v = root["theme"] {
            guard let s = v.string, !s.isEmpty else { throw fail("theme", "use a theme name such as \"default\"") }
            theme = s
        }
        if let v = root["plan_on_first_start"] {
            guard let b = v.bool else { throw fail("plan_on_first_start", "use true or false") }
            planOnFirstStart = b
        }
        if let v = root["due_soon_days"] {
            guard let n = v.int, (1...90).contains(n) else { throw fail("due_soon_days", "use a number of days 1–90") }
            dueSoonDays = n
        }
        if let v = root["holidays_file"] {
            guard let s = v.string, !s.isEmpty else { throw fail("holidays_file", "use a file path") }
            holidaysFile = s
        }
        if let v = root["customers"] {
            guard let t = v.table else { throw fail("customers", "use a table [customers] with number_prefix and review_days") }
            for key in t.keys where !["number_prefix", "review_days"].contains(key) {
                throw fail(key, "unknown setting (known: number_prefix, review_days)", table: "customers")
            }
            if let p = t["number_prefix"] {
                guard let s = p.string, CustomerSettings.isValidPrefix(s) else {
                    throw fail("number_prefix", "use a prefix of up to 20 characters without spaces, e.g. \"KH-{year}-\"", table: "customers")
                }
                customers.numberPrefix = s
            }
            if let d = t["review_days"] {
                guard let n = d.int, (1...3650).contains(n) else { throw fail("review_days", "use a number of days 1–3650", table: "customers") }
                customers.reviewDays = n
            }
        }
        if let v = root["promises"] {
            guard let t = v.table else { throw fail("promises", "use a table [promises] with remind_days, check_every_days, long_promise_days") }
            try promises.read(t) { key, problem in fail(key, problem, table: "promises") }
        }
        if let v = root["greetings"] {
            guard let t = v.table else { throw fail("greetings", "use a table [greetings] with festivals, days_ahead and tiers") }
            greetings = try GreetingSettings(table: t) { fail($0, $1, table: "greetings") }
        }
        if let v = root["cadence"] {
            guard let t = v.table else { throw fail("cadence", "use a table [cadence] with key, important and general (days between contacts)") }
            try cadence.read(t) { key, problem in fail(key, problem, table: "cadence") }
        }
        if let v = root["plan"] {
            guard let t = v.table else { throw fail("plan", "use a table [plan] with per_section (lines per planning section)") }
            try plan.read(t) { key, problem in fail(key, problem, table: "plan") }
        }
        if let v = root["keys"] {
            guard let modes = v.table else { throw fail("keys", "use tables like [keys.home] with action = \"key\" or [\"key\", …]") }
            for mode in modes.keys {
                guard let actions = modes[mode]?.table else { throw fail(mode, "use action = \"key\" entries", table: "keys") }
                var map: [String: [String]] = [:]
                for action in actions.keys {
                    let value = actions[action]!
                    if let s = value.string { map[action] = [s] } else if let arr = value.array {
                        map[action] = try arr.map { e in
                            guard let s = e.string else { throw fail(action, "key names must be strings", table: "keys.\(mode)") }
                            return s
                        }
                    } else {
                        throw fail(action, "use a key name or a list of key names", table: "keys.\(mode)")
                    }
                }
                keys[mode] = map
            }
        }
    }

    /// Loads `path`; a missing file gives the defaults, an unreadable or invalid one an error.
    public static func load(path: String) throws -> Settings {
        guard let text = try TextFile.read(path).text(path: path, role: .config, missingIsFine: true) else { return Settings() }
        return try Settings(text: text, file: path)
    }
}
