import Foundation
import Testing
@testable import MustDoApp
import MustDoCore
import TerminalUI
import MustDoTestSupport

/// Fuzzing of the theme file parser and of key names (the `[keys.*]` values of config.toml), with the engine in
/// MustDoTestSupport/FuzzKit.swift. A theme is accepted or rejected with a
/// one-line `MustDoError` (exit code 78); an accepted theme adapts to every terminal without trouble. A key
/// name that parses reads back from its canonical name.
@Suite(.serialized) struct ThemeFuzzTests {
    static let themes: [String] = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes").standardized
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".toml") }.sorted() ?? []
        return files.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    }()

    @Test func themeFiles() {
        #expect(Self.themes.count >= 5, "the shipped themes are found")
        let report = Fuzz.run("Theme(text:file:name:)", cases: Fuzz.cases(ci: 12000), corpus: Self.themes) { text in
            do {
                let theme = try Theme(text: text, file: "broken.toml", name: "broken")
                for colors in [8, 16, 256, 1 << 24] { _ = theme.adapted(colorCount: colors, noColor: false) }
                _ = theme.adapted(colorCount: 256, noColor: true)
                return true
            } catch let e as MustDoError {
                for language in [Language.en, .zh] {
                    let m = e.message(language)
                    if m.isEmpty || m.contains("\n") || m.contains("\r") { throw FuzzProblem("bad \(language) message \(String(reflecting: m))") }
                }
                if e.exitCode != 78 { throw FuzzProblem("exit code \(e.exitCode) for \(e)") }
                return false
            }
        }
        print(report)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(10).joined(separator: "\n"))")
    }

    /// A key binding of 100,000 "M-" once overflowed the stack (the parser recursed once per prefix).
    @Test func deeplyNestedModifiersEndQuickly() {
        for n in [2, 10_000, 100_000] { #expect(KeyEvent(name: String(repeating: "M-", count: n) + "x") == nil) }
        #expect(KeyEvent(name: "M-C-x") == .alt(.ctrl("x")))
    }

    @Test func keyNames() {
        let names = ["j", "J", "space", "enter", "esc", "tab", "S-tab", "up", "pgup", "pgdn", "home", "end", "C-c", "M-j",
                     "f1", "f12", "backspace", "del", "中", "?", "ctrl-x", "alt-enter", "^r", "C-space", "M-C-a", "Page-Down"]
        let report = Fuzz.run("KeyEvent(name:)", cases: Fuzz.cases(ci: 200000), corpus: names, make: { corpus, rng in
            var chars = Array(rng.pick(corpus))
            switch rng.int(0...5) {
            case 0: return Fuzz.randomText(&rng, maxParts: 3)
            case 1: return rng.pick(["C-", "M-", "ctrl-", "alt-", "meta-", "^", "S-", "f"]) + rng.pick(corpus + Fuzz.unicode)
            case 2: return String(repeating: rng.pick(["M-", "C-", "alt-"]), count: rng.int(1...(rng.chance(0.02) ? 50_000 : 500))) + rng.pick(corpus)
            case 3 where !chars.isEmpty: chars[rng.int(0...(chars.count - 1))] = rng.pick(Array("-^fFcCmM0123456789 \u{0}\u{301}🙂"))
            case 4: chars += Array(String(rng.int(-99...99_999_999)))
            default: chars.insert(contentsOf: Array(rng.pick(Fuzz.unicode)), at: rng.int(0...chars.count))
            }
            return String(chars)
        }) { text in
            guard let key = KeyEvent(name: text) else { return false }
            if KeyEvent(name: key.name) != key { throw FuzzProblem("'\(text)' → \(key) → '\(key.name)' does not read back") }
            return true
        }
        print(report)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(10).joined(separator: "\n"))")
    }
}
