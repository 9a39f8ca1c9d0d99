import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// Fuzzing of every parser that reads what a user writes: config.toml, routine packs, holiday files (TOML and
/// .ics), dates, period keys and due rules. Random and mutated inputs (byte flips, truncation, duplicated and
/// swapped lines, TOML tokens, CJK, emoji, NUL and other controls, deep nesting), deterministic seed (FuzzKit).
/// Each case must end, within its time limit, either accepted or rejected with a `MustDoError` whose message is
/// one non-empty line in both languages and whose exit code is the documented one.
/// `swift test` runs a tenth of the sizes below (short and seeded); `bash scripts/fuzz.sh` runs 100,000 per parser
/// (about 12 minutes), MUSTDO_FUZZ_CASES=N any other count.
@Suite(.serialized) struct ParserFuzzTests {
    /// Rejects the error unless it is a MustDoError with a one-line message and the expected exit code.
    static func rejected(_ error: Error, exitCode: Int32) throws -> Bool {
        guard let e = error as? MustDoError else { throw FuzzProblem("not a MustDoError: \(type(of: error)) \(error)") }
        for language in [Language.en, .zh] {
            let m = e.message(language)
            if m.trimmingCharacters(in: .whitespaces).isEmpty { throw FuzzProblem("empty \(language) message for \(e)") }
            if m.contains("\n") || m.contains("\r") { throw FuzzProblem("the \(language) message is not one line: \(String(reflecting: m))") }
        }
        if e.exitCode != exitCode { throw FuzzProblem("exit code \(e.exitCode), expected \(exitCode), for \(e)") }
        return false
    }

    static func expectClean(_ report: Fuzz.Report) {
        print(report)
        #expect(report.problems.isEmpty, "\(report.name): \(report.problems.prefix(10).joined(separator: "\n"))")
    }

    static let packs: [String] = {
        let en = (try? Resources.read(try Resources.path(of: "Packs/en.toml", what: "packs"))) ?? ""
        let zh = (try? Resources.read(try Resources.path(of: "Packs/zh.toml", what: "packs"))) ?? ""
        // Short excerpts (the header and a few routines) make most cases; whole packs some.
        func excerpt(_ text: String, from: Int, count: Int) -> String {
            let parts = text.components(separatedBy: "[[routine]]")
            guard parts.count > from + count else { return text }
            return parts[0] + parts[(from + 1)...(from + count)].map { "[[routine]]" + $0 }.joined()
        }
        return [en, zh] + [(en, 0), (zh, 5), (en, 30), (zh, 50), (en, 70), (en, 90), (zh, 94)].map { excerpt($0.0, from: $0.1, count: 4) }
    }()

    @Test func routinePacks() {
        #expect(Self.packs.count == 9 && !Self.packs[0].isEmpty, "the shipped packs are readable")
        let report = Fuzz.run("RoutinePack(text:file:)", cases: Fuzz.cases(ci: 12000), corpus: Self.packs, make: { corpus, rng in
            // Whole packs are large: mutate them only one case in ten.
            let base = rng.chance(0.1) ? corpus[rng.int(0...1)] : corpus[rng.int(2...(corpus.count - 1))]
            return rng.chance(0.05) ? Fuzz.randomText(&rng) : Fuzz.mutate(base, &rng)
        }) { text in
            do {
                let pack = try RoutinePack(text: text, file: "pack.toml")
                for r in pack.routines where !Routine.isValidID(r.id) || r.title.isEmpty { throw FuzzProblem("accepted a bad routine \(r.id)") }
                return true
            } catch { return try Self.rejected(error, exitCode: 65) }
        }
        Self.expectClean(report)
    }

    static let configs = [
        """
        week_start = "monday"          # monday | sunday | saturday
        fiscal_start_month = 1         # 1–12
        day_start_hour = 0             # 0–23
        workdays = ["mon", "tue", "wed", "thu", "fri"]
        holidays = ["2026-10-01"]      # days off on a workday
        extra_workdays = ["2026-10-10"] # swapped workdays (调休)
        language = "zh"                # zh | en; default from LANG
        theme = "default"              # see `mustdo themes`
        plan_on_first_start = true
        [keys.home]
        toggle = ["x", "space"]
        """,
        "week_start = \"sunday\"\nfiscal_start_month = 4\nday_start_hour = 4\ndue_soon_days = 14\nholidays_file = \"~/holidays.toml\"\n",
        "language = \"en\"\n[keys.home]\nquit = \"C-q\"\ndown = [\"j\", \"down\", \"中\"]\n[keys.plan]\nsave = \"f2\"\n",
        "",
    ]

    @Test func settings() {
        let report = Fuzz.run("Settings(text:file:)", cases: Fuzz.cases(ci: 25000), corpus: Self.configs) { text in
            do {
                let s = try Settings(text: text, file: "config.toml")
                if !(1...12).contains(s.calendar.fiscalStartMonth) || !(0...23).contains(s.calendar.dayStartHour) {
                    throw FuzzProblem("accepted out-of-range settings")
                }
                return true
            } catch { return try Self.rejected(error, exitCode: 78) }
        }
        Self.expectClean(report)
    }

    static let holidayFiles = [
        "holidays = [\"2026-10-01\", \"2026-10-02\"]   # days off\nworkdays = [\"2026-10-10\"]\n[names]\n\"2026-10-01\" = \"国庆节\"\n",
        "holidays = []\n",
        "workdays = [\"2026-09-27\", \"2026-10-10\"]\n",
    ]

    @Test func holidayFiles() {
        let report = Fuzz.run("HolidayCalendar(text:file:)", cases: Fuzz.cases(ci: 20000), corpus: Self.holidayFiles) { text in
            do {
                let c = try HolidayCalendar(text: text, file: "holidays.toml")
                if !c.holidays.isDisjoint(with: c.workdays) { throw FuzzProblem("a day is both holiday and workday") }
                return true
            } catch { return try Self.rejected(error, exitCode: 78) }
        }
        Self.expectClean(report)
    }

    static let icsFiles = [
        """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Example//Holidays//EN\r
        BEGIN:VEVENT\r
        DTSTART;VALUE=DATE:20261001\r
        DTEND;VALUE=DATE:20261008\r
        SUMMARY:国庆节\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;VALUE=DATE:20261010\r
        SUMMARY:补班\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART:20261225T000000Z\r
        DURATION:P2D\r
        SUMMARY:Christmas\\, Boxing Day\r
        RRULE:FREQ=YEARLY\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        DTSTART;TZID="Europe/Berlin":20260101T090000\r
        DTEND;TZID="Europe/Berlin":20260101T170000\r
        SUMMARY:New Year\r
        STATUS:CANCELLED\r
        END:VEVENT\r
        END:VCALENDAR\r

        """,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260501\nDURATION:P1W\nSUMMARY:Labour Day\n folded summary\nEND:VEVENT\nEND:VCALENDAR\n",
    ]

    @Test func icsFiles() {
        let report = Fuzz.run("HolidayCalendar.importICS", cases: Fuzz.cases(ci: 40000), corpus: Self.icsFiles) { text in
            do {
                let r = try HolidayCalendar.importICS(text: text, file: "holidays.ics")
                if !r.calendar.holidays.isDisjoint(with: r.calendar.workdays) { throw FuzzProblem("a day is both holiday and workday") }
                return true
            } catch { return try Self.rejected(error, exitCode: 65) }
        }
        Self.expectClean(report)
    }

    /// Short strings: mutations of valid ones, random tokens, and single characters.
    static func shortInput(_ corpus: [String], _ rng: inout FuzzRNG) -> String {
        switch rng.int(0...9) {
        case 0: return Fuzz.randomText(&rng, maxParts: 4)
        case 1: return String(rng.pick(corpus).shuffled(using: &rng))
        case 2: return rng.pick(Fuzz.tokens) + rng.pick(Fuzz.unicode)
        default:
            var s = rng.pick(corpus)
            for _ in 0..<rng.int(1...3) {
                var chars = Array(s)
                switch rng.int(0...4) {
                case 0 where !chars.isEmpty: chars[rng.int(0...(chars.count - 1))] = rng.pick(Array("0123456789-WQHF@YsunatmonlMTDf+ 中٣½\u{0}"))
                case 1 where !chars.isEmpty: chars.remove(at: rng.int(0...(chars.count - 1)))
                case 2: chars.insert(rng.pick(Array("0123456789-WQHFY@+ \u{301}🙂")), at: rng.int(0...chars.count))
                case 3: chars += Array(String(rng.int(-99999...99999)))
                default: chars = Array(String(repeating: "9", count: rng.int(1...40)))
                }
                s = String(chars)
            }
            return s
        }
    }

    @Test func datesKeysAndDueRules() {
        let dates = ["2026-11-23", "2024-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "2026-12-31"]
        let r1 = Fuzz.run("LocalDate(parsing:)", cases: Fuzz.cases(ci: 100000), corpus: dates, make: Self.shortInput) { text in
            guard let d = LocalDate(parsing: text) else { return false }
            if d.description != text { throw FuzzProblem("'\(text)' parsed as \(d)") }
            return true
        }
        Self.expectClean(r1)

        let keys = ["2026-11-23", "2026-W48", "2026-W53", "2020-W53", "2026-W48-sun", "2026-W01-sat", "2026-11", "2026-Q4",
                    "2026-H2", "2026", "FY2026-Q1@04", "FY2026-H2@10", "FY2026@07", "0001-W01", "9999-Q4", "FY9999@12"]
        let r2 = Fuzz.run("Period(key:)", cases: Fuzz.cases(ci: 100000), corpus: keys, make: Self.shortInput) { text in
            guard let p = Period(key: text) else { return false }
            if p.key != text || p.end < p.start || !p.contains(p.start) { throw FuzzProblem("'\(text)' parsed as \(p)") }
            return true
        }
        Self.expectClean(r2)

        let rules = ["fri", "mon", "sunday", "15", "31", "1@3", "last-day", "last-day@6", "last-workday", "last-workday@12", "last", "end"]
        let r3 = Fuzz.run("DueRule(text:)", cases: Fuzz.cases(ci: 100000), corpus: rules, make: Self.shortInput) { text in
            guard let rule = DueRule(text: text) else { return false }
            if DueRule(text: rule.description) != rule { throw FuzzProblem("'\(text)' → \(rule) does not read back") }
            for kind in PeriodKind.allCases where rule.problem(for: kind) == nil {
                let period = Period.containing(LocalDate(parsing: "2026-11-23")!, kind: kind, settings: .standard)
                let due = rule.dueDate(in: period, settings: .standard)
                if !period.contains(due) { throw FuzzProblem("'\(text)' falls due on \(due), outside \(period.key)") }
            }
            return true
        }
        Self.expectClean(r3)
    }
}
