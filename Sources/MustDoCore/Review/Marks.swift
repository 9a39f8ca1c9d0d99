/// The one set of marks both faces draw (screen and console): check boxes, week-grid cells, the focus mark, and the signs of a count.
///
/// Unicode by default; `ascii` is the face for terminals and locales that cannot show UTF-8.
public struct Marks: Sendable, Equatable {
    /// Whether only ASCII is used.
    public let ascii: Bool

    /// Creates the set.
    public init(ascii: Bool) { self.ascii = ascii }

    /// The Unicode set.
    public static let unicode = Marks(ascii: false)

    /// The set a console should print for a locale environment: ASCII unless `LC_ALL`, `LC_CTYPE` or `LANG` (the first one set) names UTF-8.
    public static func forLocale(_ environment: [String: String]) -> Marks {
        let value = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        // Without Foundation's string search (NSString, locale-aware): the codeset's letters and digits, upper-cased.
        // Bytes, not `firstRange(of:)`: the string-processing generics cost 0.45M instructions, a twentieth of
        // `mustdo today` (issue 14, start-up).
        let codeset = Array(value.uppercased().utf8.filter { $0 != UInt8(ascii: "-") })
        let utf8 = Array("UTF8".utf8)
        let named = codeset.count >= utf8.count && (0...(codeset.count - utf8.count)).contains { codeset[$0..<$0 + utf8.count].elementsEqual(utf8) }
        return Marks(ascii: !named)
    }

    /// The three-column check box of an item: `[ ]`, `[✓]`, `[-]`, `[✗]` (ASCII `[x]`, `[!]`).
    public func item(_ s: OccurrenceState) -> String {
        switch s {
        case .open: return "[ ]"
        case .done: return ascii ? "[x]" : "[✓]"
        case .skipped: return "[-]"
        case .missed: return ascii ? "[!]" : "[✗]"
        }
    }

    /// One week-grid cell: `✓` done, `✗` missed, `-` skipped, `·` open, blank when not scheduled.
    public func cell(_ m: WeekReview.Mark) -> String {
        switch m {
        case .done: return done
        case .missed: return ascii ? "!" : "✗"
        case .skipped: return "-"
        case .open: return ascii ? "." : "·"
        case .none: return " "
        }
    }

    /// The mark of a focus item, beside its check box.
    public var focus: String { ascii ? "*" : "✦" }
    /// The mark beside an item just taken out of the focus (`mustdo focus` confirms with it).
    public var unfocused: String { ascii ? "-" : "✧" }
    /// The sign after a done count (`3✓`).
    public var done: String { ascii ? "x" : "✓" }
    /// The sign after a skipped count (`1–`).
    public var skipped: String { ascii ? "-" : "–" }
    /// What a percentage shows when nothing was scheduled.
    public var noPercent: String { ascii ? "-" : "–" }
}
