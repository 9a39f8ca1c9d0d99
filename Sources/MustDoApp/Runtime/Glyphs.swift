import MustDoCore

/// The marks and bar characters, in Unicode or plain ASCII (for non-UTF-8 locales).
public struct Glyphs: Sendable {
    /// Whether only ASCII is used.
    public let ascii: Bool

    /// Creates the set.
    public init(ascii: Bool) { self.ascii = ascii }

    /// The three-column check mark of a state.
    public func mark(_ s: OccurrenceState) -> String {
        switch s {
        case .open: return "[ ]"
        case .done: return ascii ? "[x]" : "[✓]"
        case .skipped: return "[-]"
        case .missed: return ascii ? "[!]" : "[✗]"
        }
    }

    /// A filled progress-bar cell.
    public var barFilled: String { ascii ? "#" : "█" }
    /// An empty progress-bar cell.
    public var barEmpty: String { ascii ? "." : "░" }
    /// The ellipsis used when clipping.
    public var ellipsis: String { ascii ? "~" : "…" }
    /// The mark of an item with a note.
    public var noteMark: String { ascii ? "*" : "✎" }
    /// The mark in front of a focus item.
    public var focusMark: String { ascii ? "*" : "✦" }
    /// Separator between header fields.
    public var separator: String { ascii ? "|" : "·" }
    /// Arrow shown on a browsed (not current) period.
    public var historyMark: String { ascii ? "<" : "◀" }
}
