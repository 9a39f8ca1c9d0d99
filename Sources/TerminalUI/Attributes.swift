/// Text attributes a cell can carry; terminals that lack one simply ignore it.
public struct Attributes: OptionSet, Hashable, Sendable {
    /// The raw bits.
    public let rawValue: UInt8

    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold or bright text.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Dim (faint) text.
    public static let dim = Attributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = Attributes(rawValue: 1 << 3)
    /// Italic text.
    public static let italic = Attributes(rawValue: 1 << 4)
    /// Blinking text.
    public static let blink = Attributes(rawValue: 1 << 5)

    /// Every attribute with its lower-case name, in a stable order (for themes and debugging).
    public static let allNamed: [(name: String, value: Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline),
        ("reverse", .reverse), ("italic", .italic), ("blink", .blink),
    ]

    /// The attribute called `name` (bold, dim, underline, reverse, italic, blink), case-insensitive.
    public static func named(_ name: String) -> Attributes? {
        let key = name.lowercased()
        return allNamed.first { $0.name == key }?.value
    }
}
