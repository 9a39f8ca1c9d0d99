extension SearchKey {
    /// What the user typed, folded once per keystroke and then matched against every key.
    public struct Query: Sendable {
        /// The typed text's letters, digits and Chinese characters, folded as keys fold theirs.
        let symbols: [UInt32]
        /// `SearchKey.bit` of every symbol typed.
        let mask: UInt64
        /// `SearchKey.bit` of the first symbol typed.
        let first: UInt64

        /// Folds `text`: case, full width, accents and tone marks ignored; spaces, apostrophes and punctuation dropped.
        public init(_ text: String) {
            var symbols: [UInt32] = []
            for scalar in text.unicodeScalars { SearchKey.fold(scalar, into: &symbols) }
            self.symbols = symbols
            mask = symbols.reduce(0) { $0 | SearchKey.bit($1) }
            first = symbols.first.map(SearchKey.bit) ?? 0
        }

        /// Whether nothing searchable was typed (every key matches an empty query).
        public var isEmpty: Bool { symbols.isEmpty }
    }

    /// Whether `query` finds this text (the rules are on `SearchKey`).
    public func matches(_ query: Query) -> Bool {
        let q = query.symbols
        let m = q.count
        if m == 0 { return true }
        // Most keys fail here: a typed symbol the key lacks, or no place a match could start.
        if query.mask & ~symbolMask != 0 || query.first & startMask == 0 { return false }
        if SearchKey.contains(folded, q) { return true }
        guard !unitEnds.isEmpty else { return false }
        guard m < 64 else { return matchesLong(q) }
        return q.withUnsafeBufferPointer { q in
            symbols.withUnsafeBufferPointer { symbols in
                alternatives.withUnsafeBufferPointer { alternatives in
                    unitEnds.withUnsafeBufferPointer { unitEnds in unitStarts.withUnsafeBufferPointer { unitStarts in
                        // Bit p of `reach`: the first p symbols of the query are typed by the units so far
                        // (bit 0 always: a match may start at any unit).
                        let goal: UInt64 = 1 << UInt64(m)
                        var reach: UInt64 = 1
                        var a = 0
                        let first = query.first
                        for (u, end) in unitEnds.enumerated() {
                            if reach == 1, unitStarts[u] & first == 0 {
                                // Only a fresh start is possible, and none of this unit's readings begins with the query.
                                a = Int(end)
                                continue
                            }
                            var next: UInt64 = 0
                            while a < Int(end) {
                                let alternative = alternatives[a]
                                a += 1
                                let start = Int(alternative.start)
                                let count = Int(alternative.count)
                                var bits = reach
                                while bits != 0 {
                                    let p = bits.trailingZeroBitCount
                                    bits &= bits - 1
                                    var k = 0
                                    while k < count, p + k < m, symbols[start + k] == q[p + k] {
                                        k += 1
                                        next |= 1 << UInt64(p + k)
                                    }
                                }
                            }
                            if next & goal != 0 { return true }
                            reach = next | 1
                        }
                        return false
                    }}
                }
            }
        }
    }

    /// The matcher of `matches` for a query of 64 symbols or more, with an array for the bit set (rarely used).
    private func matchesLong(_ q: [UInt32]) -> Bool {
        let m = q.count
        var reach = [Bool](repeating: false, count: m + 1)
        reach[0] = true
        var a = 0
        for end in unitEnds {
            var next = [Bool](repeating: false, count: m + 1)
            while a < Int(end) {
                let alternative = alternatives[a]
                a += 1
                for p in 0..<m where reach[p] {
                    var k = 0
                    while k < Int(alternative.count), p + k < m, symbols[Int(alternative.start) + k] == q[p + k] {
                        k += 1
                        next[p + k] = true
                    }
                }
            }
            if next[m] { return true }
            next[0] = true
            reach = next
        }
        return false
    }

    /// Whether `needle` occurs in `haystack` as a run.
    static func contains(_ haystack: [UInt32], _ needle: [UInt32]) -> Bool {
        let n = haystack.count, m = needle.count
        guard m <= n else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { q in
                let first = q[0]
                var i = 0
                while i <= n - m {
                    if h[i] == first {
                        var k = 1
                        while k < m, h[i + k] == q[k] { k += 1 }
                        if k == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
