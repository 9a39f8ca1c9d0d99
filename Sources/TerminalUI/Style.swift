/// How a cell looks: foreground and background colour and attributes.
public struct Style: Hashable, Sendable {
    /// The foreground (text) colour.
    public var fg: Color
    /// The background colour.
    public var bg: Color
    /// Bold, underline, reverse and so on.
    public var attrs: Attributes

    /// A style from its parts; everything defaults to the terminal's own look.
    public init(fg: Color = .default, bg: Color = .default, attrs: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attrs = attrs
    }

    /// The terminal's default colours with no attributes.
    public static let plain = Style()

    /// This style laid over `base`: colours that are not `.default` here win, attributes add up.
    public func merged(over base: Style) -> Style {
        Style(fg: fg == .default ? base.fg : fg,
              bg: bg == .default ? base.bg : bg,
              attrs: attrs.union(base.attrs))
    }

    /// This style with `extra` attributes added.
    public func adding(_ extra: Attributes) -> Style {
        var s = self
        s.attrs.formUnion(extra)
        return s
    }
}
