/// A sales amount or volume: a non-negative decimal with at most two decimal places, kept exactly as hundredths.
public struct SalesQuantity: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value in hundredths (`12345` is 123.45).
    public let hundredths: Int64

    /// The largest value accepted: 10 trillion (ten thousand billion), far above any one customer's month.
    public static let maximum = SalesQuantity(hundredths: 1_000_000_000_000_000)
    /// Zero.
    public static let zero = SalesQuantity(hundredths: 0)

    /// A quantity of `hundredths`.
    public init(hundredths: Int64) { self.hundredths = hundredths }

    /// Why a text is not a quantity.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a number at all (letters, two points, a comma).
        case notANumber
        /// Below zero.
        case negative
        /// More than two decimal places.
        case tooPrecise
        /// Above `maximum`.
        case tooLarge
    }

    /// Parses `1234`, `1234.5`, `1234.50`, `+12` (spaces around are fine); throws the problem otherwise.
    public static func parse(_ text: some StringProtocol) throws(Problem) -> SalesQuantity {
        var u = Array(text.utf8)
        while let f = u.first, f == 32 || f == 9 { u.removeFirst() }
        while let l = u.last, l == 32 || l == 9 { u.removeLast() }
        if u.first == UInt8(ascii: "-") {
            let rest = u.dropFirst()
            if !rest.isEmpty, rest.allSatisfy({ (48...57).contains($0) || $0 == UInt8(ascii: ".") }) { throw .negative }
            throw .notANumber
        }
        if u.first == UInt8(ascii: "+") { u.removeFirst() }
        guard !u.isEmpty else { throw .notANumber }
        var whole: Int64 = 0, fraction: Int64 = 0, decimals = 0, seenPoint = false, digits = 0
        for c in u {
            if c == UInt8(ascii: ".") {
                guard !seenPoint else { throw .notANumber }
                seenPoint = true
                continue
            }
            guard (48...57).contains(c) else { throw .notANumber }
            digits += 1
            if seenPoint {
                decimals += 1
                guard decimals <= 2 else { throw .tooPrecise }
                fraction = fraction * 10 + Int64(c - 48)
            } else {
                guard whole <= maximum.hundredths / 100 else { throw .tooLarge }
                whole = whole * 10 + Int64(c - 48)
            }
        }
        guard digits > 0 else { throw .notANumber }
        if decimals == 1 { fraction *= 10 }
        let value = SalesQuantity(hundredths: whole * 100 + fraction)
        guard value <= maximum else { throw .tooLarge }
        return value
    }

    /// `1234.5` → `1234.50`; whole numbers without decimals (`1200`).
    public var description: String {
        let whole = hundredths / 100, cents = hundredths % 100
        return cents == 0 ? String(whole) : String(whole) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// With thousands separators and always two decimals: `1,234.50` (how amounts are shown).
    public var grouped: String {
        let whole = String(hundredths / 100), cents = hundredths % 100
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The value as a floating-point number (for shares and JSON).
    public var doubleValue: Double { Double(hundredths) / 100 }

    /// The sum.
    public static func + (a: SalesQuantity, b: SalesQuantity) -> SalesQuantity { SalesQuantity(hundredths: a.hundredths + b.hundredths) }

    /// Orders by value.
    public static func < (a: SalesQuantity, b: SalesQuantity) -> Bool { a.hundredths < b.hundredths }
}
