/// Toneless Mandarin readings of Chinese characters, for searching names by pinyin.
///
/// Every character of the CJK Unified Ideographs and Extension A has ICU's reading (the generated
/// `PinyinTable`); polyphonic characters add the readings of the hand-written `PinyinPolyphones`, and a
/// name's first character (or two, for a compound surname) adds its surname reading (单 shan, 曾 zeng).
/// No Foundation and no ICU at run time: the table is decoded once, on first use, in about a millisecond.
public enum Pinyin {
    /// One reading index per code point of `PinyinTable.ranges`, in order (0: no reading).
    private static let index: [UInt16] = {
        var value = [UInt8](repeating: 0, count: 128)
        for (i, symbol) in PinyinTable.alphabet.utf8.enumerated() { value[Int(symbol)] = UInt8(i) }
        let count = PinyinTable.ranges.reduce(0) { $0 + $1.count }
        var result = [UInt16]()
        result.reserveCapacity(count)
        var high: UInt16?
        for byte in PinyinTable.indices.utf8 where byte != 10 {
            if let h = high {
                result.append(h << 6 | UInt16(value[Int(byte)]))
                high = nil
            } else {
                high = UInt16(value[Int(byte)])
            }
        }
        precondition(result.count == count, "PinyinTable.indices does not match its ranges")
        return result
    }()

    /// ICU's reading of `scalar` (from the generated table), or nil when it is not a covered ideograph.
    public static func tableReading(_ scalar: Unicode.Scalar) -> String? {
        var offset = 0
        for range in PinyinTable.ranges {
            if range.contains(scalar.value) {
                let i = Int(index[offset + Int(scalar.value - range.lowerBound)])
                return i == 0 ? nil : PinyinTable.syllables[i]
            }
            offset += range.count
        }
        return nil
    }

    /// Every reading of `scalar` anywhere in a text: ICU's first, then the other common readings of a
    /// polyphonic character; empty for a scalar that is not a Chinese character.
    public static func readings(_ scalar: Unicode.Scalar) -> [String] {
        if scalar.value < 0x3000 { return [] }  // below every Chinese character: most of a phone, number or Latin name
        var result: [String] = tableReading(scalar).map { [$0] } ?? []
        for extra in PinyinPolyphones.readings[scalar] ?? [] where !result.contains(extra) { result.append(extra) }
        return result
    }

    /// The readings of each scalar of a person's name: the surname's readings first for its first one or
    /// two characters (单 shan before dan, 尉迟 yu chi), then every other reading. Empty lists for the
    /// scalars that are not Chinese characters.
    public static func nameReadings(_ scalars: [Unicode.Scalar]) -> [[String]] {
        var result = scalars.map(readings)
        // The surname is the first character after any leading spaces.
        guard let s = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return result }
        if s + 1 < scalars.count, let pair = PinyinPolyphones.compoundSurnames[String(String.UnicodeScalarView(scalars[s...s + 1]))] {
            for (i, reading) in pair.enumerated() { result[s + i] = [reading] + result[s + i].filter { $0 != reading } }
        } else if let surname = PinyinPolyphones.surnames[scalars[s]] {
            result[s] = surname + result[s].filter { !surname.contains($0) }
        }
        return result
    }

    /// Whether `scalar` is a Chinese character MustDo has a reading for.
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        tableReading(scalar) != nil || PinyinPolyphones.readings[scalar] != nil
    }
}
