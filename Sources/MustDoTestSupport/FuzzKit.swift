// The fuzzing engine shared by ParserFuzzTests (MustDoCoreTests) and ThemeFuzzTests (MustDoAppTests), from
// MustDoTestSupport: a seeded generator, mutators for text files, and a runner that bounds every case
// and, should a parser crash the process, names the case that did it.
//
// Every case is built from its own generator, seeded from (seed, parser, case number), so one case can be rerun
// alone: MUSTDO_FUZZ_SEED=S MUSTDO_FUZZ_ONLY=N swift test --filter Fuzz prints its input.
// MUSTDO_FUZZ_CASES=N runs N cases per parser instead of the CI default; `bash scripts/fuzz.sh` is the long run.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// SplitMix64: small, fast, and the same sequence on every platform.
public struct FuzzRNG: RandomNumberGenerator {
    /// The generator's whole state.
    public var state: UInt64
    /// A generator that always gives the same sequence for `seed`.
    public init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A whole number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    /// One of `items` (not empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// The seeded fuzz runner: inputs built from tokens and mutations, every case bounded in time and rerunnable alone.
public enum Fuzz {
    static let environment = ProcessInfo.processInfo.environment
    /// The seed of the whole run (MUSTDO_FUZZ_SEED, default fixed).
    static let seed: UInt64 = environment["MUSTDO_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_123
    /// Only this case (MUSTDO_FUZZ_ONLY), printed.
    static let only: Int? = environment["MUSTDO_FUZZ_ONLY"].flatMap { Int($0) }

    /// Cases per parser: MUSTDO_FUZZ_CASES (set by `scripts/fuzz.sh` for the long run), else a tenth of `ci`
    /// (at least 1,000), so that `swift test` keeps a short seeded run.
    public static func cases(ci: Int) -> Int { environment["MUSTDO_FUZZ_CASES"].flatMap { Int($0) } ?? max(1_000, ci / 10) }

    /// Text that means something to TOML, to the file formats, or to a string type.
    public static let tokens: [String] = [
        "[", "]", "[[", "]]", "[[[", "]]]", "{", "}", "=", ",", ".", "\"", "'", "\"\"\"", "'''", "#", "\n", "\r\n", "\r",
        "\t", " ", "\\", "\\u", "\\U0001F600", "\\x41", "-", "+", "_", "0x", "0o", "0b", "1e400", "-0", "+inf", "nan",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999", "0", "1", "13",
        "-1", "31", "32", "1979-05-27T07:32:00Z", "1979-05-27", "07:32:00", "true", "false", "[]", "{}", "[{}]",
        "a.b.c", "\"a\".'b'", "key", "id", "period", "title", "due", "due_month", "target", "workdays_only", "tags", "note",
        "active_from", "retired_on", "position", "[pack]", "[[routine]]", "lang", "week_start", "fiscal_start_month",
        "day_start_hour", "workdays", "holidays", "extra_workdays", "language", "theme", "keys", "[keys.home]",
        "[keys]", "toggle", "quit", "plan_on_first_start", "due_soon_days", "holidays_file", "[names]",
        "[colors]", "[roles.item_done]", "[roles]", "fg", "bg", "attrs", "\"#ff00ff\"", "\"#fff\"", "\"bright-red\"",
        "255", "256", "\"bold\"", "[\"bold\", \"dim\"]", "mon", "sun", "fri", "last-day", "last-workday", "@3", "@13",
        "2026-W53", "2026-W53-sun", "FY2026-Q1@04", "FY2026@13", "2026-H3", "2026-Q0", "0000-01-01", "9999-12-31",
        "2026-02-29", "2024-02-29", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VEVENT", "END:VEVENT",
        "DTSTART;VALUE=DATE:20261001", "DTEND:20261008", "DURATION:P3D", "DURATION:P99999999999999999999D",
        "SUMMARY:国庆节", "SUMMARY:补班", "STATUS:CANCELLED", "RRULE:FREQ=YEARLY", "DTSTART:20261001T090000Z",
        "C-", "M-", "S-tab", "ctrl-", "alt-", "f12", "f64", "^", "space", "esc",
    ]
    /// Characters that stress string handling: CJK, emoji sequences, combining marks, controls, NUL, BOM,
    /// separators, right-to-left, the replacement character, and a lone high surrogate made valid (U+FFFD).
    public static let unicode: [String] = [
        "中", "每日必做", "国庆节", "🙂", "👍🏽", "👨‍👩‍👧‍👦", "🇨🇳", "e\u{301}", "\u{0}", "\u{1}", "\u{7F}", "\u{FEFF}",
        "\u{2028}", "\u{2029}", "\u{200B}", "\u{202E}", "\u{FFFD}", "\u{10FFFF}", "ｆｕｌｌ", "٣", "½", "Ⅻ", "İ", "ß", "ﬁ",
    ]

    /// A random string of tokens, Unicode and ASCII bytes.
    public static func randomText(_ rng: inout FuzzRNG, maxParts: Int = 40) -> String {
        var s = ""
        for _ in 0..<rng.int(0...maxParts) {
            switch rng.int(0...9) {
            case 0...4: s += rng.pick(tokens)
            case 5, 6: s += rng.pick(unicode)
            case 7: s += String(UnicodeScalar(UInt8(rng.int(0...127))))
            case 8: s += String(repeating: rng.pick(["[", "{", "[[", "\"", "a.", "[ "]), count: rng.int(1...300))
            default:
                if let u = UnicodeScalar(UInt32(rng.int(0...0x2FFFF))) { s.unicodeScalars.append(u) }
            }
        }
        return s
    }

    /// A mutation of `text`: one to eight edits of bytes, lines, tokens and nesting.
    public static func mutate(_ text: String, _ rng: inout FuzzRNG) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<rng.int(1...8) {
            switch rng.int(0...11) {
            case 0 where !bytes.isEmpty:   // flip bits of a few bytes
                for _ in 0..<rng.int(1...4) {
                    let i = rng.int(0...(bytes.count - 1))
                    bytes[i] ^= UInt8(1 << rng.int(0...7))
                }
            case 1 where !bytes.isEmpty:   // truncate
                bytes.removeLast(rng.int(0...(bytes.count - 1)))
            case 2, 3:                      // insert a token or a Unicode string
                let t = Array((rng.chance(0.7) ? rng.pick(tokens) : rng.pick(unicode)).utf8)
                bytes.insert(contentsOf: t, at: rng.int(0...bytes.count))
            case 4 where !bytes.isEmpty:   // delete a run
                let i = rng.int(0...(bytes.count - 1))
                bytes.removeSubrange(i..<min(bytes.count, i + rng.int(1...40)))
            case 5, 6:                      // duplicate, delete or swap lines
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { break }
                let i = rng.int(0...(lines.count - 1)), j = rng.int(0...(lines.count - 1))
                switch rng.int(0...2) {
                case 0: lines.insert(lines[i], at: j)
                case 1: lines.remove(at: i)
                default: lines.swapAt(i, j)
                }
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            case 7:                          // deep nesting
                let open = rng.pick(["[", "{", "[[", "a = [", "a = {b = ", "\""])
                bytes.insert(contentsOf: Array(String(repeating: open, count: rng.int(1...2000)).utf8), at: rng.int(0...bytes.count))
            case 8 where !bytes.isEmpty:    // replace a byte with a random one (may break UTF-8: decoded with U+FFFD)
                bytes[rng.int(0...(bytes.count - 1))] = UInt8(rng.int(0...255))
            case 9:                          // line endings
                bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: rng.pick(["\r\n", "\r", "\n\n", " \\\n"])).utf8)
            case 10 where !bytes.isEmpty:   // duplicate a run
                let i = rng.int(0...(bytes.count - 1))
                let run = bytes[i..<min(bytes.count, i + rng.int(1...200))]
                bytes.insert(contentsOf: run, at: rng.int(0...bytes.count))
            default:                         // a random short text somewhere
                bytes.insert(contentsOf: Array(randomText(&rng, maxParts: 4).utf8), at: rng.int(0...bytes.count))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An input for case `index`: mostly a mutated corpus entry, sometimes random text or a corpus entry as is.
    static func input(_ corpus: [String], _ rng: inout FuzzRNG) -> String {
        let r = rng.int(0...19)
        if r == 0 || corpus.isEmpty { return randomText(&rng) }
        let base = rng.pick(corpus)
        if r == 1 { return base }
        if r == 2 { return base + "\n" + randomText(&rng) }
        return mutate(base, &rng)
    }

    /// What a run found.
    public struct Report: CustomStringConvertible {
        /// The parser's name.
        public var name: String
        /// Cases run, accepted, and rejected with a message.
        public var cases = 0, accepted = 0, rejected = 0
        /// The slowest case.
        public var slowestMilliseconds = 0.0
        /// Crashes, wrong answers and slow cases, each naming its case.
        public var problems: [String] = []
        /// The whole run's time.
        public var seconds = 0.0
        /// One line with the figures.
        public var description: String {
            "fuzz \(name): \(cases) cases (\(accepted) accepted, \(rejected) rejected with a message), \(problems.count) problems, "
                + "slowest case \(String(format: "%.1f", slowestMilliseconds)) ms, \(String(format: "%.1f", seconds)) s, seed \(Fuzz.seed)"
        }
    }

    /// Runs `cases` inputs through `body`, which returns true when the input was accepted, false when it was
    /// rejected with a proper message, and throws (or returns a problem through `check`) otherwise.
    /// A case slower than `limit` seconds is a problem; a case still running after 20 s ends the process with
    /// its number (a hang cannot be interrupted in-process).
    public static func run(_ name: String, cases: Int, corpus: [String], limit: Double = 2,
                    make: (([String], inout FuzzRNG) -> String)? = nil,
                    _ body: (String) throws -> Bool) -> Report {
        var report = Report(name: name)
        let slot = CrashReporter.claim(name)
        defer { CrashReporter.release(slot) }
        let nameHash = name.utf8.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
        let started = now()
        let range = only.map { $0...$0 } ?? 0...(cases - 1)
        for index in range {
            var rng = FuzzRNG(seed: seed ^ nameHash ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
            let text = make?(corpus, &rng) ?? input(corpus, &rng)
            if only != nil { print("fuzz \(name) case \(index) input (Swift literal): \(String(reflecting: text))") }
            CrashReporter.begin(slot, index: index)
            let t0 = now()
            do {
                if try body(text) { report.accepted += 1 } else { report.rejected += 1 }
            } catch {
                report.problems.append("case \(index): \(error) for input \(String(reflecting: String(text.prefix(300))))")
            }
            let ms = (now() - t0) * 1000
            report.slowestMilliseconds = max(report.slowestMilliseconds, ms)
            if ms > limit * 1000 {
                report.problems.append("case \(index) took \(Int(ms)) ms (limit \(Int(limit * 1000)) ms)")
            }
            report.cases += 1
            if report.problems.count > 20 { break }
        }
        report.seconds = now() - started
        return report
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// A problem found by a fuzz body.
public struct FuzzProblem: Error, CustomStringConvertible {
    /// What is wrong.
    public var description: String
    /// A problem saying `d`.
    public init(_ d: String) { description = d }
}

/// Names the running fuzz cases when the process dies of a signal (a trap, an abort in C++ code, a bad access),
/// and ends the process when one case runs far too long.
enum CrashReporter {
    struct Slot {
        var name: UnsafeMutablePointer<CChar>?
        var index: Int = -1
        var since: Double = 0
    }
    nonisolated(unsafe) static var slots = UnsafeMutablePointer<Slot>.allocate(capacity: 8)
    nonisolated(unsafe) static var installed = false
    static let lock = NSLock()

    static func claim(_ name: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        if !installed {
            slots.initialize(repeating: Slot(), count: 8)
            for sig in [SIGABRT, SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE] { signal(sig, crashed) }
            Thread.detachNewThread { watchdog() }
            installed = true
        }
        for i in 0..<8 where slots[i].name == nil {
            slots[i] = Slot(name: strdup(name), index: -1, since: Fuzz.now())
            return i
        }
        fatalError("more than 8 fuzz runs at once")
    }

    static func release(_ i: Int) {
        lock.lock(); defer { lock.unlock() }
        free(slots[i].name)
        slots[i] = Slot()
    }

    static func begin(_ i: Int, index: Int) {
        slots[i].since = Fuzz.now()
        slots[i].index = index
    }

    /// Writes the running cases to stderr with async-signal-safe calls only.
    static func describe(_ why: StaticString) {
        func out(_ p: UnsafePointer<CChar>) { _ = write(2, p, strlen(p)) }
        func out(_ s: StaticString) { _ = s.withUTF8Buffer { write(2, $0.baseAddress, $0.count) } }
        func number(_ v: Int) {
            var buf = [CChar](repeating: 0, count: 24)
            var n = v < 0 ? 0 : v, i = 22
            repeat { buf[i] = CChar(48 + n % 10); n /= 10; i -= 1 } while n > 0
            buf.withUnsafeBufferPointer { b in _ = write(2, b.baseAddress! + i + 1, 22 - i) }
        }
        out("\nfuzz: "); out(why); out(" while running:\n")
        for i in 0..<8 {
            guard let name = slots[i].name else { continue }
            out("  "); out(name); out(" case "); number(slots[i].index); out("\n")
        }
        out("rerun one case with MUSTDO_FUZZ_SEED="); number(Int(truncatingIfNeeded: Fuzz.seed))
        out(" MUSTDO_FUZZ_ONLY=<case> swift test --filter Fuzz to print its input\n")
    }

    static let crashed: @convention(c) (Int32) -> Void = { sig in
        describe("the process got a fatal signal")
        signal(sig, SIG_DFL)
        raise(sig)
    }

    static func watchdog() {
        while true {
            usleep(250_000)
            let t = Fuzz.now()
            for i in 0..<8 where slots[i].name != nil && slots[i].index >= 0 && t - slots[i].since > 20 {
                describe("a case ran for more than 20 s (a hang)")
                _exit(70)
            }
        }
    }
}
