import Testing
import TerminalUI
@testable import MustDoApp
@testable import MustDoCore
@testable import MustDoStore
import MustDoTestSupport

/// Issue 15, item 7: user text stored with control characters (an old database, an import, another program writing the
/// file) never reaches the terminal from the screen as control sequences: titles, notes, skip reasons and journal text.
@Suite struct ScreenTerminalSafetyTests {
    /// An escape that would clear the screen, a one-byte CSI, a bidi override and a bell.
    static let hostile = "\u{1b}[2J\u{9b}31m\u{202e}kcab\u{7}"

    @Test(arguments: [[], ["w"], ["p"], ["R"], ["n"], ["r"]])
    func storedControlCharactersAreNeverDrawn(_ keys: [String]) throws {
        let fixture = try ReviewFixture(language: .en)
        try fixture.database.write { db in
            try db.execute(sql: "UPDATE title SET text = text || ?", arguments: [Self.hostile])
            try db.execute(sql: "UPDATE routine SET title = title || ?", arguments: [Self.hostile])
            try db.execute(sql: "UPDATE occurrence SET skip_reason = ? WHERE state = 'skipped'", arguments: ["rain" + Self.hostile])
            try db.execute(sql: "UPDATE occurrence SET note = ?", arguments: ["note" + Self.hostile])
            try db.execute(sql: "INSERT OR REPLACE INTO journal(key, plan, review) VALUES ('2026-11-25', ?, ?), ('2026-11-26', ?, ?)",
                           arguments: ["route" + Self.hostile, "went well" + Self.hostile, "plan" + Self.hostile, "review" + Self.hostile])
        }
        let terminal = HeadlessTerminal(width: 120, height: 40)
        let clock = Clock(fixedToday: ReviewFixture.today)
        let state = try AppRuntime.initialState(database: fixture.database, engine: fixture.engine, clock: clock, language: .en,
                                                width: 120, height: 40, ascii: false)
        let runtime = AppRuntime(terminal: terminal, database: fixture.database, engine: fixture.engine, clock: clock, keymap: .home,
                                 theme: .fallback, state: state)
        for key in keys { terminal.enqueue(.char(Character(key))) }
        while !terminal.pendingEvents.isEmpty { runtime.step(timeoutMilliseconds: 0) }
        let text = runtime.render().lines().joined(separator: "\n")
        // The hostile text is on screen (else the test proves nothing): escaped outside the journal editor, whose text is edited as typed.
        #expect(text.contains(keys == ["r"] ? "kcab" : "\\u{1b}[2J"), "after \(keys): \(text)")
        let unsafe = text.unicodeScalars.filter { $0 != "\n" && String.isTerminalUnsafe($0) }
        #expect(unsafe.isEmpty, "control characters drawn after \(keys): \(unsafe.map { String($0.value, radix: 16) })")
    }
}
