/// A screen the app runtime draws frames on and reads input from (ncurses, or headless in tests).
public protocol TerminalDevice: AnyObject {
    /// The current size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Whether the terminal shows UTF-8 (otherwise draw ASCII boxes; other text shows as "?").
    var supportsUnicode: Bool { get }
    /// How many colours the terminal has (8, 16, 256, or 2^24 for direct colour; 0 or 1 for none).
    var colorCount: Int { get }
    /// Shows `buffer`, writing only the cells that differ from the previous frame.
    func draw(_ buffer: Buffer)
    /// The next input event, waiting at most `timeoutMilliseconds` (negative: wait for one);
    /// nil when the time ran out.
    func readEvent(timeoutMilliseconds: Int) -> KeyEvent?
    /// Whether the program was asked to end (a terminating signal, or the terminal is gone) and has not read that as an event yet;
    /// long waits (a locked database) check it so that quitting never waits for them.
    var terminationRequested: Bool { get }
    /// Gives the terminal back to the shell (e.g. to run `$EDITOR`) until `resume()`.
    func suspend()
    /// Takes the terminal again after `suspend()` and repaints the whole screen.
    func resume()
    /// Restores the terminal for good; safe to call more than once.
    func shutdown()
    /// The cost of the last `draw` call (`frames == 1`).
    var lastDrawStats: DrawStats { get }
    /// The cost of every `draw` call so far.
    var totalDrawStats: DrawStats { get }
}
