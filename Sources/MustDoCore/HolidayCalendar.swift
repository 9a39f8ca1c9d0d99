/// A holiday file: days off that fall on workdays, and swapped workdays (调休) that fall on days off.
///
/// The format is TOML, named by `holidays_file` in config.toml:
///
/// ```toml
/// holidays = ["2026-10-01", "2026-10-02"]   # days off
/// workdays = ["2026-10-10"]                 # extra workdays (a Saturday worked in exchange)
/// [names]                                   # optional labels
/// "2026-10-01" = "国庆节"
/// ```
public struct HolidayCalendar: Sendable, Equatable {
    /// Days off although their weekday is a workday.
    public var holidays: Set<LocalDate>
    /// Workdays although their weekday is not.
    public var workdays: Set<LocalDate>
    /// Optional names of the days (from `[names]` or an .ics summary).
    public var names: [LocalDate: String]

    /// Creates a calendar.
    public init(holidays: Set<LocalDate> = [], workdays: Set<LocalDate> = [], names: [LocalDate: String] = [:]) {
        self.holidays = holidays
        self.workdays = workdays
        self.names = names
    }

    static let knownKeys: Set<String> = ["holidays", "workdays", "names"]

    /// Parses a holiday file; problems name the file, the line and the key.
    public init(text: String, file: String) throws {
        let src = try TOMLSource(text: text, file: file) { line, problem in
            MustDoError.configInvalid(file: file, line: line, key: "TOML", problem: problem)
        }
        func fail(_ key: String, _ problem: String, table: String? = nil) -> MustDoError {
            .configInvalid(file: file, line: src.line(of: key, inTable: table), key: key, problem: problem)
        }
        for key in src.root.keys where !HolidayCalendar.knownKeys.contains(key) {
            throw fail(key, "unknown key (known: holidays, workdays, names)")
        }
        var sets: [Set<LocalDate>] = [[], []]
        for (i, key) in ["holidays", "workdays"].enumerated() {
            guard let v = src.root[key] else { continue }
            guard let arr = v.array else { throw fail(key, "use a list of dates like [\"2026-10-01\"]") }
            for e in arr {
                guard let s = e.string, let d = LocalDate(parsing: s) else {
                    throw fail(key, "every entry must be a date string \"YYYY-MM-DD\"")
                }
                sets[i].insert(d)
            }
        }
        if let both = sets[0].intersection(sets[1]).min() {
            throw fail("workdays", "\(both) is listed both as a holiday and as a workday")
        }
        var names: [LocalDate: String] = [:]
        if let v = src.root["names"] {
            guard let t = v.table else { throw fail("names", "use a [names] table with \"YYYY-MM-DD\" = \"name\" entries") }
            for key in t.keys {
                guard let d = LocalDate(parsing: key) else { throw fail(key, "a [names] key must be a date \"YYYY-MM-DD\"", table: "names") }
                guard let s = t[key]?.string else { throw fail(key, "a name must be a string", table: "names") }
                names[d] = s
            }
        }
        self.init(holidays: sets[0], workdays: sets[1], names: names)
    }

    /// Loads the holiday file at `path`; a missing, unreadable or invalid file is a config error.
    public static func load(path: String) throws -> HolidayCalendar {
        let t = try TextFile.read(path).text(path: path, role: .holidays)!
        // Swift counts "\r\n" as one character: turn CRLF into LF so that error lines count right.
        let lf = t.unicodeScalars.contains("\r") ? String(String.UnicodeScalarView(t.unicodeScalars.filter { $0 != "\r" })) : t
        return try HolidayCalendar(text: lf, file: path)
    }

    /// The full path of a `holidays_file` value: `~/` is the home folder, a relative path is relative to the config file's folder.
    public static func resolve(_ file: String, configPath: String, home: String?) -> String {
        if file.hasPrefix("/") { return file }
        if file.hasPrefix("~/"), let home, !home.isEmpty { return home + String(file.dropFirst(1)) }
        guard let slash = configPath.lastIndex(of: "/") else { return file }
        return String(configPath[...slash]) + file
    }

    /// Adds these days to `settings` (on top of any `holidays`/`extra_workdays` in config.toml).
    public func apply(to settings: inout CalendarSettings) {
        settings.holidays.formUnion(holidays)
        settings.extraWorkdays.formUnion(workdays)
    }

    /// The calendar as a holiday file: sorted lists, one date a line, names in `[names]`.
    public func tomlText(header: [String] = []) -> String {
        var out = ""
        for line in header { out += line.isEmpty ? "#\n" : "# " + line + "\n" }
        if !header.isEmpty { out += "\n" }
        for (key, days) in [("holidays", holidays), ("workdays", workdays)] {
            if days.isEmpty {
                out += key + " = []\n"
                continue
            }
            out += key + " = [\n"
            for d in days.sorted() { out += "  \"\(d)\",\n" }
            out += "]\n"
        }
        let named = names.keys.filter { holidays.contains($0) || workdays.contains($0) }.sorted()
        if !named.isEmpty {
            out += "\n[names]\n"
            for d in named { out += "\"\(d)\" = " + TOMLWriter.quote(names[d]!) + "\n" }
        }
        return out
    }
}
