/// A terminal colour: the terminal's default, an index into the 256-colour palette, or 24-bit RGB.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background colour.
    case `default`
    /// A palette index: 0–7 basic, 8–15 bright, 16–231 the 6×6×6 cube, 232–255 greys.
    case indexed(UInt8)
    /// A 24-bit colour; backends map it to the nearest colour the terminal has.
    case rgb(UInt8, UInt8, UInt8)

    /// The basic colour names with their palette indexes.
    private static let basicNames: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
    ]

    /// The colour with a name: black, red, green, yellow, blue, magenta, cyan, white, their
    /// `bright-`/`light-` variants (palette 8–15), grey/gray (8), lightgrey (7), default.
    /// Case, spaces, `-` and `_` are ignored.
    public static func named(_ name: String) -> Color? {
        let key = String(name.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
        if let i = basicNames[key] { return .indexed(i) }
        switch key {
        case "default", "none", "reset": return .default
        case "grey", "gray", "darkgrey", "darkgray", "brightblack", "lightblack": return .indexed(8)
        case "lightgrey", "lightgray", "silver": return .indexed(7)
        default: break
        }
        for prefix in ["bright", "light"] where key.hasPrefix(prefix) {
            if let i = basicNames[String(key.dropFirst(prefix.count))] { return .indexed(i + 8) }
        }
        return nil
    }

    /// Parses a colour name (see `named(_:)`), a palette index "0"–"255", or "#rrggbb" / "#rgb".
    public init?(parsing text: String) {
        let s = text.trimmingSpaces()
        if let named = Color.named(s) {
            self = named
        } else if !s.isEmpty, s.allSatisfy(\.isASCIIDigit), s.count <= 3, let n = Int(s), n <= 255 {
            self = .indexed(UInt8(n))
        } else if s.hasPrefix("#") {
            let hex = Array(s.dropFirst())
            guard hex.allSatisfy(\.isHexDigit) else { return nil }
            let digits = hex.compactMap { $0.hexDigitValue }
            switch digits.count {
            case 6:
                self = .rgb(UInt8(digits[0] * 16 + digits[1]), UInt8(digits[2] * 16 + digits[3]),
                            UInt8(digits[4] * 16 + digits[5]))
            case 3:
                self = .rgb(UInt8(digits[0] * 17), UInt8(digits[1] * 17), UInt8(digits[2] * 17))
            default:
                return nil
            }
        } else {
            return nil
        }
    }

    /// A canonical spelling that `init(parsing:)` reads back: a name for 0–15, the index, or #rrggbb.
    public var name: String {
        switch self {
        case .default: return "default"
        case .indexed(let i):
            let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
            if i < 8 { return names[Int(i)] }
            if i < 16 { return "bright-" + names[Int(i) - 8] }
            return String(i)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
