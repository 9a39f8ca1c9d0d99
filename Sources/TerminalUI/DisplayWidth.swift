/// Terminal column widths of scalars, grapheme clusters and strings (0, 1 or 2 per cluster).
///
/// Widths come from the generated `EastAsianWidthTable`, not from the locale's `wcwidth`, so
/// layout is the same on every machine: East Asian Wide and Fullwidth characters and emoji take
/// two columns, combining marks and zero-width characters none, everything else (ambiguous
/// characters included) one.
public enum DisplayWidth {
    /// The Unicode version of the width table.
    public static var unicodeVersion: String { EastAsianWidthTable.unicodeVersion }

    /// The width of one Unicode scalar on its own: 0, 1 or 2.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x80 { return v >= 0x20 && v != 0x7F ? 1 : 0 }
        return lookup(v)
    }

    /// The width of one grapheme cluster: the width of its first scalar that has a width,
    /// 2 for an emoji made to look like one by U+FE0F, and 2 for a flag (two regional indicators).
    public static func of(_ c: Character) -> Int {
        if c.isASCII {
            // "\r\n" is one ASCII cluster; its first scalar is a control either way.
            let v = c.unicodeScalars.first!.value
            return v >= 0x20 && v != 0x7F ? 1 : 0
        }
        // Most clusters (CJK included) are one scalar.
        var scalars = c.unicodeScalars.makeIterator()
        if let only = scalars.next(), scalars.next() == nil { return of(scalar: only) }
        var width = 0
        var first: Unicode.Scalar?
        var count = 0
        for scalar in c.unicodeScalars {
            count += 1
            if first == nil {
                let w = of(scalar: scalar)
                if w > 0 {
                    first = scalar
                    width = w
                }
                continue
            }
            guard let base = first, width == 1 else { continue }
            if scalar.value == 0xFE0F, base.properties.isEmoji {
                return 2  // text-default emoji with emoji presentation selector, e.g. ❤️ 1️⃣
            }
            if isRegionalIndicator(base), isRegionalIndicator(scalar) {
                return 2  // flag
            }
        }
        return width
    }

    /// The width of a string: the sum of its grapheme clusters' widths.
    public static func of(_ s: String) -> Int {
        // ASCII fast path: one column per printable byte ("\r\n" is a control cluster, 0 either way).
        var ascii = true, printable = 0
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x20 && b != 0x7F { printable += 1 }
        }
        if ascii { return printable }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    private static func isRegionalIndicator(_ s: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(s.value)
    }

    /// Binary search in the flat triples of the generated table; code points outside every
    /// range are one column wide.
    private static func lookup(_ v: UInt32) -> Int {
        let table = EastAsianWidthTable.ranges
        var lo = 0
        var hi = table.count / 3 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let start = table[mid * 3]
            let end = table[mid * 3 + 1]
            if v < start {
                hi = mid - 1
            } else if v > end {
                lo = mid + 1
            } else {
                return Int(table[mid * 3 + 2])
            }
        }
        return 1
    }
}
