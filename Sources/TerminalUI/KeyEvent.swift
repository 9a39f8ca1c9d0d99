/// An input event: a key press, a mouse action, a terminal resize, or a request to quit.
public indirect enum KeyEvent: Hashable, Sendable {
    /// A printable character (any script, including CJK and emoji).
    case char(Character)
    /// Ctrl with a letter, lower-case: `.ctrl("c")` is Ctrl-C. (Tab, Enter, Backspace and Escape
    /// arrive as their own cases, not as Ctrl-I, Ctrl-M, Ctrl-H, Ctrl-[.)
    case ctrl(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter or Return.
    case enter
    /// Escape on its own.
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// A function key, F1 = `.function(1)`.
    case function(Int)
    /// Alt (Meta) held with another key.
    case alt(KeyEvent)
    /// A mouse action.
    case mouse(MouseEvent)
    /// The terminal now has this size; the next frame is redrawn in full.
    case resize(width: Int, height: Int)
    /// The process was asked to end (SIGTERM, SIGHUP, SIGINT): save and call `shutdown()`.
    case terminate
}
