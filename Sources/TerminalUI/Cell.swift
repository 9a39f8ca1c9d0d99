/// One terminal column: a grapheme cluster, its width and its style.
///
/// A wide character occupies a cell of width 2 followed by a continuation cell
/// (`text == ""`, `width == 0`) with the same style; a blank cell is `" "`, width 1.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, `" "` for blank, `""` for the column covered by a wide character.
    public var text: String
    /// Columns this cell's text takes: 1 or 2, or 0 for a continuation cell.
    public var width: UInt8
    /// Colours and attributes.
    public var style: Style

    /// A cell with explicit text and width; prefer `init(_:style:)`, which measures.
    public init(text: String, width: UInt8, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A cell holding `character`, measured with `DisplayWidth` (a zero-width character gives a blank).
    public init(_ character: Character, style: Style = .plain) {
        let w = DisplayWidth.of(character)
        if w == 0 {
            self.init(text: " ", width: 1, style: style)
        } else {
            self.init(text: String(character), width: UInt8(w), style: style)
        }
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }

    /// The continuation cell that follows a wide character.
    public static func continuation(_ style: Style = .plain) -> Cell { Cell(text: "", width: 0, style: style) }

    /// Whether this is the second column of a wide character.
    public var isContinuation: Bool { width == 0 }
}
