import MustDoCore

/// The screen's drawing characters (bars, ellipsis, separators) in Unicode or plain ASCII; the marks shared with the console come from `Marks`.
public struct Glyphs: Sendable {
    /// Whether only ASCII is used.
    public let ascii: Bool

    /// Creates the set.
    public init(ascii: Bool) { self.ascii = ascii }

    /// The marks the console prints too (check boxes, grid cells, focus, count signs).
    public var marks: Marks { Marks(ascii: ascii) }

    /// The three-column check mark of a state.
    public func mark(_ s: OccurrenceState) -> String { marks.item(s) }

    /// A filled progress-bar cell.
    public var barFilled: String { ascii ? "#" : "█" }
    /// An empty progress-bar cell.
    public var barEmpty: String { ascii ? "." : "░" }
    /// The ellipsis used when clipping.
    public var ellipsis: String { ascii ? "~" : "…" }
    /// The mark of an item with a note.
    public var noteMark: String { ascii ? "*" : "✎" }
    /// The mark in front of a focus item.
    public var focusMark: String { marks.focus }
    /// Separator between header fields.
    public var separator: String { ascii ? "|" : "·" }
    /// Arrow shown on a browsed (not current) period.
    public var historyMark: String { ascii ? "<" : "◀" }
}
