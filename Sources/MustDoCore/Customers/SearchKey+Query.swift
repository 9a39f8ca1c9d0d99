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
        if query.symbols.isEmpty { return true }
        if query.mask & ~symbolMask != 0 || query.first & startMask == 0 { return false }
        return folded.withUnsafeBytes { f in symbols.withUnsafeBytes { s in alternatives.withUnsafeBytes { a in
            unitEnds.withUnsafeBytes { e in unitStarts.withUnsafeBytes { u in
                View(folded: f.baseAddress, foldedCount: folded.count, symbols: s.baseAddress, alternatives: a.baseAddress,
                     unitEnds: e.baseAddress, unitStarts: u.baseAddress, unitCount: unitEnds.count).matches(query)
            }}
        }}}
    }

    /// Whether `query` finds the key stored as `bytes` (`stored`), read in place: no key is built and nothing is
    /// copied, so a list of 10,000 stored keys is searched without an allocation. Nil when the bytes are not a
    /// key's (truncated or damaged: build the key again).
    public static func matches(stored bytes: UnsafeRawBufferPointer, _ query: Query) -> Bool? {
        guard let view = View(stored: bytes) else { return nil }
        if query.symbols.isEmpty { return true }
        let symbolMask = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let startMask = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        if query.mask & ~symbolMask != 0 || query.first & startMask == 0 { return false }
        guard view.isSound(symbolCount: bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) else { return nil }
        return view.matches(query)
    }

    /// `matches(stored:_:)` for bytes already found sound (`isSound(stored:)`): the keys of a `StoredSearchKeys`.
    static func matches(sound bytes: UnsafeRawBufferPointer, _ query: Query) -> Bool {
        if query.symbols.isEmpty { return true }
        let symbolMask = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let startMask = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        if query.mask & ~symbolMask != 0 || query.first & startMask == 0 { return false }
        return View(stored: bytes)?.matches(query) ?? false
    }

    /// Whether `bytes` are a whole key whose alternatives and units stay inside its arrays (checked once when a
    /// stored key is taken into a list; `matches(stored:_:)` checks a key that passes the masks on its own).
    public static func isSound(stored bytes: UnsafeRawBufferPointer) -> Bool {
        guard let view = View(stored: bytes) else { return false }
        return view.isSound(symbolCount: bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
    }

    /// A key's arrays seen in place (the class's own arrays, or a stored key's bytes), read unaligned: the one matcher
    /// both work through.
    struct View {
        let folded: UnsafeRawPointer?
        let foldedCount: Int
        let symbols: UnsafeRawPointer?
        let alternatives: UnsafeRawPointer?
        let unitEnds: UnsafeRawPointer?
        let unitStarts: UnsafeRawPointer?
        let unitCount: Int
        /// Only for the soundness check of a stored key.
        var alternativeCount = 0

        init(folded: UnsafeRawPointer?, foldedCount: Int, symbols: UnsafeRawPointer?, alternatives: UnsafeRawPointer?,
             unitEnds: UnsafeRawPointer?, unitStarts: UnsafeRawPointer?, unitCount: Int) {
            self.folded = folded
            self.foldedCount = foldedCount
            self.symbols = symbols
            self.alternatives = alternatives
            self.unitEnds = unitEnds
            self.unitStarts = unitStarts
            self.unitCount = unitCount
        }

        /// The parts of a stored key (`SearchKey.stored`); nil when its size does not add up.
        init?(stored bytes: UnsafeRawBufferPointer) {
            guard bytes.count >= 32, let base = bytes.baseAddress else { return nil }
            func word(_ i: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
            let nf = word(0), ns = word(1), na = word(2), nu = word(3)
            guard bytes.count == 32 + 4 * (nf + ns + 2 * na + nu) + 8 * nu else { return nil }
            let f = base + 32, s = f + 4 * nf, a = s + 4 * ns, e = a + 8 * na, u = e + 4 * nu
            self.init(folded: f, foldedCount: nf, symbols: s, alternatives: a, unitEnds: e, unitStarts: u, unitCount: nu)
            alternativeCount = na
        }

        /// Whether a stored key's alternatives and unit ends stay inside its arrays (a damaged key must not send the
        /// matcher out of them).
        func isSound(symbolCount: UInt32) -> Bool {
            let ns = Int(symbolCount)
            for i in 0..<alternativeCount {
                let (start, count) = alternative(i)
                if start < 0 || count < 0 || start + count > ns { return false }
            }
            var last = 0
            for u in 0..<unitCount {
                let end = unitEnd(u)
                if end < last || end > alternativeCount { return false }
                last = end
            }
            return true
        }

        @inline(__always) func fold(_ i: Int) -> UInt32 { folded!.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self) }
        @inline(__always) func symbol(_ i: Int) -> UInt32 { symbols!.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self) }
        @inline(__always) func alternative(_ i: Int) -> (start: Int, count: Int) {
            (Int(alternatives!.loadUnaligned(fromByteOffset: 8 * i, as: Int32.self)),
             Int(alternatives!.loadUnaligned(fromByteOffset: 8 * i + 4, as: Int32.self)))
        }
        @inline(__always) func unitEnd(_ u: Int) -> Int { Int(unitEnds!.loadUnaligned(fromByteOffset: 4 * u, as: Int32.self)) }
        @inline(__always) func unitStart(_ u: Int) -> UInt64 { unitStarts!.loadUnaligned(fromByteOffset: 8 * u, as: UInt64.self) }

        /// The match after the masks passed: a run of the folded text, else a run of syllables and words.
        func matches(_ query: Query) -> Bool {
            let m = query.symbols.count
            if containsRun(query.symbols) { return true }
            guard unitCount > 0 else { return false }
            guard m < 64 else { return matchesLong(query.symbols) }
            return query.symbols.withUnsafeBufferPointer { q in
                // Bit p of `reach`: the first p symbols of the query are typed by the units so far
                // (bit 0 always: a match may start at any unit).
                let goal: UInt64 = 1 << UInt64(m)
                var reach: UInt64 = 1
                var a = 0
                let first = query.first
                for u in 0..<unitCount {
                    let end = unitEnd(u)
                    if reach == 1, unitStart(u) & first == 0 {
                        // Only a fresh start is possible, and none of this unit's readings begins with the query.
                        a = end
                        continue
                    }
                    var next: UInt64 = 0
                    while a < end {
                        let (start, count) = alternative(a)
                        a += 1
                        var bits = reach
                        while bits != 0 {
                            let p = bits.trailingZeroBitCount
                            bits &= bits - 1
                            var k = 0
                            while k < count, p + k < m, symbol(start + k) == q[p + k] {
                                k += 1
                                next |= 1 << UInt64(p + k)
                            }
                        }
                    }
                    if next & goal != 0 { return true }
                    reach = next | 1
                }
                return false
            }
        }

        /// The matcher of `matches` for a query of 64 symbols or more, with an array for the bit set (rarely used).
        private func matchesLong(_ q: [UInt32]) -> Bool {
            let m = q.count
            var reach = [Bool](repeating: false, count: m + 1)
            reach[0] = true
            var a = 0
            for u in 0..<unitCount {
                let end = unitEnd(u)
                var next = [Bool](repeating: false, count: m + 1)
                while a < end {
                    let (start, count) = alternative(a)
                    a += 1
                    for p in 0..<m where reach[p] {
                        var k = 0
                        while k < count, p + k < m, symbol(start + k) == q[p + k] {
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

        /// Whether `needle` occurs in the folded text as a run.
        func containsRun(_ needle: [UInt32]) -> Bool {
            let n = foldedCount, m = needle.count
            guard m <= n, m > 0 else { return m == 0 }
            return needle.withUnsafeBufferPointer { q in
                let first = q[0]
                var i = 0
                while i <= n - m {
                    if fold(i) == first {
                        var k = 1
                        while k < m, fold(i + k) == q[k] { k += 1 }
                        if k == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
