extension SearchKey {
    /// The pairs of symbols a match of this key can begin with, as 256 bits (four words, signed for SQLite): the
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
        var words: [UInt64] = [0, 0, 0, 0]
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

    /// The bit (0 to 255) of a pair of symbols in `startPairs`; nil unless both are ASCII letters or digits.
    @inline(__always) static func pairBit(_ a: UInt32, _ b: UInt32) -> Int? {
        @inline(__always) func index(_ s: UInt32) -> UInt32? {
            switch s {
            case 0x61...0x7A: return s - 0x61
            case 0x30...0x39: return s - 0x30 + 26
            default: return nil
            }
        }
        guard let x = index(a), let y = index(b) else { return nil }
        // 1,296 pairs over 256 bits, spread by a multiplicative hash so the common pairs of pinyin (zh, sh, ch, an)
        // do not share a bit with their neighbours.
        return Int(((x * 36 + y) &* 2_654_435_761) >> 24)
    }

    /// The word (0 to 3) of `startPairs` and the bit within it that a key must have for `query` to match, as a signed
    /// 64-bit mask for SQLite; nil when the query has no pair to test (one symbol, or a first pair that is not two
    /// ASCII letters or digits).
    public static func startPair(of query: Query) -> (word: Int, mask: Int64)? {
        guard query.symbols.count > 1, let bit = pairBit(query.symbols[0], query.symbols[1]) else { return nil }
        return (bit >> 6, Int64(bitPattern: 1 << UInt64(bit & 63)))
    }
}
