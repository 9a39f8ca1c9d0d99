import TOMLKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of routines in a TOML file: the shipped packs, and the format of import and export.
public struct RoutinePack: Sendable {
    /// The pack's id (e.g. `sales-routines`).
    public var id: String
    /// The language of its titles.
    public var language: Language
    /// A human name.
    public var name: String
    /// The format version.
    public var version: Int
    /// The routines in file order; `activeFrom` is a placeholder until the pack is seeded.
    public var routines: [Routine]

    /// Creates a pack.
    public init(id: String, language: Language, name: String, version: Int = 1, routines: [Routine]) {
        self.id = id
        self.language = language
        self.name = name
        self.version = version
        self.routines = routines
    }

    static let routineKeys: Set<String> = ["id", "period", "title", "workdays_only", "tags", "due", "due_month", "target", "note", "active_from", "retired_on", "position", "link"]

    /// Parses and validates a whole pack file; the first problem found is thrown with its line and field.
    public init(text: String, file: String) throws {
        let src = try TOMLSource(text: text, file: file) { line, problem in
            MustDoError.packInvalid(file: file, line: line, field: "TOML", problem: problem)
        }
        func fail(_ index: Int?, _ field: String, _ problem: String) -> MustDoError {
            let line = index.map { src.line(of: field, inTable: "routine", occurrence: $0) } ?? src.line(of: field, inTable: "pack")
            return .packInvalid(file: file, line: line, field: field, problem: problem)
        }
        let pack = src.root["pack"]?.table
        id = pack?["id"]?.string ?? "custom"
        name = pack?["name"]?.string ?? id
        version = pack?["version"]?.int ?? 1
        if let code = pack?["lang"]?.string {
            guard let l = Language(code: code) else { throw fail(nil, "lang", "use \"zh\" or \"en\"") }
            language = l
        } else {
            language = .en
        }
        guard let array = src.root["routine"]?.array else {
            throw MustDoError.packInvalid(file: file, line: 0, field: "routine", problem: "the file has no [[routine]] entries")
        }
        var seen = Set<String>()
        var result: [Routine] = []
        let placeholder = LocalDate(dayNumber: 0)
        for (i, element) in array.enumerated() {
            guard let t = element.table else { throw fail(i, "routine", "each routine must be a [[routine]] table") }
            for key in t.keys where !RoutinePack.routineKeys.contains(key) {
                throw fail(i, key, "unknown field (known: \(RoutinePack.routineKeys.sorted().joined(separator: ", ")))")
            }
            guard let rid = t["id"]?.string else { throw fail(i, "id", "every routine needs an id") }
            guard Routine.isValidID(rid) else { throw fail(i, "id", "'\(rid)' is not a valid id (lowercase letters, digits and -, starting with a letter)") }
            guard seen.insert(rid).inserted else { throw fail(i, "id", "'\(rid)' appears twice") }
            guard let periodText = t["period"]?.string else { throw fail(i, "period", "every routine needs a period") }
            guard let period = PeriodKind(name: periodText) else { throw fail(i, "period", "'\(periodText)' is not one of day, week, month, quarter, half, year") }
            guard let title = t["title"]?.string, !title.trimmingCharactersInSet().isEmpty else { throw fail(i, "title", "every routine needs a non-empty title") }
            var due: DueRule?
            if let dv = t["due"] {
                let text = dv.string ?? dv.int.map(String.init)
                guard let text, var rule = DueRule(text: text) else { throw fail(i, "due", "use a weekday (mon…sun), a day 1–31, \"last-day\" or \"last-workday\"") }
                if let m = t["due_month"] {
                    guard let mv = m.int, (1...12).contains(mv) else { throw fail(i, "due_month", "must be a whole number of months") }
                    switch rule {
                    case .dayOfMonth(let d, _): rule = .dayOfMonth(d, month: mv)
                    case .lastDay: rule = .lastDay(month: mv)
                    case .lastWorkday: rule = .lastWorkday(month: mv)
                    case .weekday: throw fail(i, "due_month", "a weekly due rule cannot name a month")
                    }
                }
                if let problem = rule.problem(for: period) { throw fail(i, "due", problem) }
                due = rule
            } else if t["due_month"] != nil {
                throw fail(i, "due_month", "due_month needs a due field")
            }
            var target: Int?
            if let tv = t["target"] {
                guard let n = tv.int, n >= 1, n <= 10_000 else { throw fail(i, "target", "must be a whole number from 1 to 10000") }
                target = n
            }
            var workdaysOnly = false
            if let w = t["workdays_only"] {
                guard let b = w.bool else { throw fail(i, "workdays_only", "must be true or false") }
                guard !b || period == .day else { throw fail(i, "workdays_only", "only daily routines can be workdays-only") }
                workdaysOnly = b
            }
            var tags: [String] = []
            if let tv = t["tags"] {
                guard let arr = tv.array else { throw fail(i, "tags", "must be a list of strings, e.g. [\"customer\"]") }
                for v in arr {
                    guard let s = v.string else { throw fail(i, "tags", "must be a list of strings") }
                    tags.append(s)
                }
            }
            var note: String?
            if let nv = t["note"] {
                guard let s = nv.string else { throw fail(i, "note", "must be a string") }
                note = s
            }
            var activeFrom = placeholder
            if let av = t["active_from"] {
                guard let s = av.string, let d = LocalDate(parsing: s) else { throw fail(i, "active_from", "must be a date string \"YYYY-MM-DD\"") }
                activeFrom = d
            }
            var retiredOn: LocalDate?
            if let rv = t["retired_on"] {
                guard let s = rv.string, let d = LocalDate(parsing: s) else { throw fail(i, "retired_on", "must be a date string \"YYYY-MM-DD\"") }
                retiredOn = d
            }
            var link: ActivityKind?
            if let lv = t["link"] {
                guard let s = lv.string, let kind = ActivityKind(word: s) else {
                    throw fail(i, "link", "must be one of \(ActivityKind.names) (the kind of activity that counts toward it)")
                }
                link = kind
            }
            result.append(Routine(id: rid, title: title, period: period, position: i, due: due, target: target,
                                  workdaysOnly: workdaysOnly, tags: tags, note: note, activeFrom: activeFrom, retiredOn: retiredOn, link: link))
        }
        routines = result
    }

    /// The shipped pack in `language`, read from the program's resources.
    public static func builtIn(_ language: Language) throws -> RoutinePack {
        let path = try Resources.path(of: "Packs/\(language.rawValue).toml", what: "routine packs")
        return try RoutinePack(text: try Resources.read(path), file: path)
    }
}

extension String {
    func trimmingCharactersInSet() -> Substring { Substring(self).trimmingSpaces }
}
