/// The customer file's settings (`[customers]` in config.toml): the serial-number prefix and the review interval.
public struct CustomerSettings: Equatable, Sendable {
    /// The prefix of new serial numbers; `{year}` becomes the creation year (default `KH-{year}-`, giving `KH-2026-0001`).
    public var numberPrefix = "KH-{year}-"
    /// Days after which a card not reviewed is flagged as possibly out of date (seed 002: "kept accurate").
    public var reviewDays = 90

    /// The defaults.
    public init() {}

    /// The prefix for a card created on `date`.
    public func prefix(on date: LocalDate) -> String {
        var out = ""
        var rest = Substring(numberPrefix)
        while let r = rest.firstRange(of: "{year}") {
            out += rest[..<r.lowerBound] + String(date.year)
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    /// The serial number `sequence` under `prefix`: at least four digits (`KH-2026-0001`).
    public static func number(prefix: String, sequence: Int) -> String {
        let digits = String(sequence)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Whether `text` can be a number prefix: one line, up to 20 characters, no spaces.
    public static func isValidPrefix(_ text: String) -> Bool {
        text.unicodeScalars.count <= 20 && text.firstUnsafeScalar() == nil && !text.contains(where: { $0.isWhitespace })
    }
}
