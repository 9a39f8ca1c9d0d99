import Foundation

extension SearchKey {
    /// The version of the stored form (`stored`) together with what a key is built from (the pinyin table, the
    /// polyphones and surnames, the folding rules, the fields of `Customer.searchKey`). Raise it whenever any of
    /// them changes: keys stored under another version are rebuilt (`SearchKeyStorageTests` fails on a new table
    /// until it is raised).
    public static let storedVersion = 1

    /// The key as bytes for the database: four counts, then the folded symbols, the alternatives' symbols, each
    /// alternative's start and count, and the unit ends, all 32-bit little-endian. The text is not stored.
    public var stored: Data {
        var words: [UInt32] = [UInt32(folded.count), UInt32(symbols.count), UInt32(alternatives.count), UInt32(unitEnds.count)]
        words.reserveCapacity(4 + folded.count + symbols.count + 2 * alternatives.count + unitEnds.count)
        words += folded
        words += symbols
        for a in alternatives { words.append(UInt32(bitPattern: a.start)); words.append(UInt32(bitPattern: a.count)) }
        for e in unitEnds { words.append(UInt32(bitPattern: e)) }
        return words.withUnsafeBufferPointer { buffer in
            var data = Data(capacity: buffer.count * 4)
            for w in buffer { withUnsafeBytes(of: w.littleEndian) { data.append(contentsOf: $0) } }
            return data
        }
    }

    /// The mask a query's symbols must fall within for the key to match (`Query.mask`), as a signed 64-bit
    /// integer for SQLite: `(mask & q) = q` is the key's own first test.
    public var storedMask: Int64 { Int64(bitPattern: symbolMask) }

    /// The bits a query must have within `storedMask` (the query's own mask, signed for SQLite).
    public static func storedMask(of query: Query) -> Int64 { Int64(bitPattern: query.mask) }

    /// A key read back from `stored` bytes; nil when they are not a key's (truncated or damaged: build it again).
    public convenience init?(stored bytes: UnsafeRawBufferPointer, text: String = "") {
        let total = bytes.count / 4
        guard bytes.count % 4 == 0, total >= 4 else { return nil }
        func word(_ i: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        let nf = Int(word(0)), ns = Int(word(1)), na = Int(word(2)), nu = Int(word(3))
        guard 4 + nf + ns + 2 * na + nu == total else { return nil }
        var i = 4
        func take(_ n: Int) -> [UInt32] {
            let part = [UInt32](unsafeUninitializedCapacity: n) { buffer, count in
                for k in 0..<n { buffer[k] = word(i + k) }
                count = n
            }
            i += n
            return part
        }
        let folded = take(nf)
        let symbols = take(ns)
        let pairs = take(2 * na)
        let ends = take(nu)
        var alternatives: [Alternative] = []
        alternatives.reserveCapacity(na)
        for k in 0..<na {
            let start = Int32(bitPattern: pairs[2 * k]), count = Int32(bitPattern: pairs[2 * k + 1])
            guard start >= 0, count >= 0, Int(start) + Int(count) <= ns else { return nil }
            alternatives.append(Alternative(start: start, count: count))
        }
        var unitEnds: [Int32] = []
        unitEnds.reserveCapacity(nu)
        var last: Int32 = 0
        for e in ends {
            let end = Int32(bitPattern: e)
            guard end >= last, Int(end) <= na else { return nil }
            unitEnds.append(end)
            last = end
        }
        self.init(text: text, folded: folded, symbols: symbols, alternatives: alternatives, unitEnds: unitEnds)
    }
}
