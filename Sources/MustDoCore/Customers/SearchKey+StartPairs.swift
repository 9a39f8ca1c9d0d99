extension SearchKey {
    /// The pairs of symbols a match of this key can begin with, as 768 bits (`pairWords` words, signed for SQLite): the
    /// database's second quick test after `storedMask`. `storedMask` only asks that the key has every symbol typed
    /// somewhere in one of its readings, which `zs` passes for three cards in four; a match must also begin with the
    /// query's first two symbols as the key has them side by side:
    /// - two neighbours of the folded text (a run of characters: `13`, `sm`), or
    /// - the first two symbols of one reading (`zh` of zhang), or
    /// - the first symbol of one reading and the first of a reading of the next syllable or word (`zs` of 张三).
    /// (The matcher's run of units begins with a whole reading's first symbol, and its second symbol is either the
    /// same reading's second or, when that reading stops after one, the next unit's first.) Only pairs of ASCII
    /// letters and digits are kept (`pairBit`); a query whose first two symbols are not both one is not tested.
    public var startPairs: [Int64] {
        var words = [UInt64](repeating: 0, count: SearchKey.pairWords)
        func add(_ a: UInt32, _ b: UInt32) {
            if let bit = SearchKey.pairBit(a, b) { words[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
        if folded.count > 1 {
            for j in 0..<(folded.count - 1) { add(folded[j], folded[j + 1]) }
        }
        var a = 0
        var previous: Range<Int> = 0..<0
        for end in unitEnds.map(Int.init) {
            let unit = a..<end
            for i in unit {
                let alternative = alternatives[i]
                guard alternative.count > 0 else { continue }
                let first = symbols[Int(alternative.start)]
                if alternative.count > 1 { add(first, symbols[Int(alternative.start) + 1]) }
                for p in previous where alternatives[p].count > 0 { add(symbols[Int(alternatives[p].start)], first) }
            }
            previous = unit
            a = end
        }
        return words.map { Int64(bitPattern: $0) }
    }

    /// How many 64-bit words `startPairs` has (one column each in the database).
    public static let pairWords = 12

    /// The bit (0 to 767) of a pair of symbols in `startPairs`; nil unless both are ASCII letters or digits. Two
    /// letters have a bit of their own (676 of them: `zs` shares its bit with no other pair, so the test is exact for
    /// two letters typed); a pair with a digit shares one of the 92 bits left.
    @inline(__always) static func pairBit(_ a: UInt32, _ b: UInt32) -> Int? {
        @inline(__always) func index(_ s: UInt32) -> Int? {
            switch s {
            case 0x61...0x7A: return Int(s - 0x61)
            case 0x30...0x39: return Int(s - 0x30) + 26
            default: return nil
            }
        }
        guard let x = index(a), let y = index(b) else { return nil }
        if x < 26 && y < 26 { return x * 26 + y }
        return 676 + (x * 36 + y) % 92
    }

    /// The word (0 to `pairWords` - 1) of `startPairs` and the bit within it that a key must have for `query` to match, as a signed
    /// 64-bit mask for SQLite; nil when the query has no pair to test (one symbol, or a first pair that is not two
    /// ASCII letters or digits).
    public static func startPair(of query: Query) -> (word: Int, mask: Int64)? {
        guard query.symbols.count > 1, let bit = pairBit(query.symbols[0], query.symbols[1]) else { return nil }
        return (bit >> 6, Int64(bitPattern: 1 << UInt64(bit & 63)))
    }
}
