import MustDoApp
import MustDoCore
import MustDoStore
import TerminalUI

extension AppRuntime {
    /// Feeds `keys` through `terminal` one at a time, a step each, as a user presses them.
    public func press(_ terminal: HeadlessTerminal, _ keys: KeyEvent...) {
        for k in keys {
            terminal.enqueue(k)
            step(timeoutMilliseconds: 0)
        }
    }

    /// Types `text` through `terminal`, one key per character.
    public func type(_ terminal: HeadlessTerminal, _ text: String) {
        for ch in text {
            terminal.enqueue(.char(ch))
            step(timeoutMilliseconds: 0)
        }
    }
}

extension AppFixture {
    /// A fixture in `language` with `seed` applied to its database, and a runtime on a `width` x `height` headless
    /// terminal opened on it (the screen tests' starting point).
    public static func screen(_ language: Language, width: Int, height: Int,
                              seed: (AppDatabase) throws -> Void = { _ in }) throws -> (AppRuntime, HeadlessTerminal, AppFixture) {
        let fixture = try AppFixture(language: language)
        try seed(fixture.database)
        let (runtime, terminal) = try fixture.runtime(width: width, height: height)
        return (runtime, terminal, fixture)
    }
}
