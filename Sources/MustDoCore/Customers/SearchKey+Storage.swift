import Foundation

extension SearchKey {
    /// The version of the stored form (`stored`) together with what a key is built from (the pinyin table, the
    /// polyphones and surnames, the folding rules, the fields of `Customer.searchKey`). Raise it whenever any of
    /// them changes: keys stored under another version are rebuilt (`CustomerSearchKeyStoreTests` fails on a new
    /// table until it is raised). 3: the keys' start pairs (`startPairs`) are stored beside them.
    public static let storedVersion = 3

    /// The key as bytes for the database, in the machine's (little-endian) order: the counts of folded symbols,
    /// symbols, alternatives and units (32 bits each), the symbol and start masks (64 bits), then the folded symbols,
    /// the alternatives' symbols, each alternative's start and count, the unit ends (32 bits each) and each unit's
    /// start mask (64 bits). Reading it back is copying, no work. The text is not stored.
    public var stored: Data {
        var data = Data(capacity: 32 + 4 * (folded.count + symbols.count + 2 * alternatives.count + unitEnds.count) + 8 * unitStarts.count)
        func append<T>(_ array: [T]) { array.withUnsafeBytes { data.append(contentsOf: $0) } }
        append([UInt32(folded.count), UInt32(symbols.count), UInt32(alternatives.count), UInt32(unitEnds.count)])
        append([symbolMask, startMask])
        append(folded)
        append(symbols)
        append(alternatives)
        append(unitEnds)
        append(unitStarts)
        return data
    }

    /// The mask a query's symbols must fall within for the key to match (`Query.mask`), as a signed 64-bit
    /// integer for SQLite: `(mask & q) = q` is the key's own first test.
    public var storedMask: Int64 { Int64(bitPattern: symbolMask) }

    /// The bits a query must have within `storedMask` (the query's own mask, signed for SQLite).
    public static func storedMask(of query: Query) -> Int64 { Int64(bitPattern: query.mask) }

    /// A key read back from `stored` bytes; nil when they are not a key's (truncated or damaged: build it again).
    public convenience init?(stored bytes: UnsafeRawBufferPointer, text: String = "") {
        guard bytes.count >= 32, let base = bytes.baseAddress else { return nil }
        func word(_ i: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        let nf = word(0), ns = word(1), na = word(2), nu = word(3)
        guard bytes.count == 32 + 4 * (nf + ns + 2 * na + nu) + 8 * nu else { return nil }
        var offset = 32
        func take<T>(_ n: Int, _: T.Type) -> [T] {
            let size = n * MemoryLayout<T>.stride
            let part = [T](unsafeUninitializedCapacity: n) { buffer, count in
                if size > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base + offset, byteCount: size) }
                count = n
            }
            offset += size
            return part
        }
        let symbolMask = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let startMask = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        let folded = take(nf, UInt32.self)
        let symbols = take(ns, UInt32.self)
        let alternatives = take(na, Alternative.self)
        let unitEnds = take(nu, Int32.self)
        let unitStarts = take(nu, UInt64.self)
        // A damaged key must not send the matcher out of its arrays.
        for a in alternatives where a.start < 0 || a.count < 0 || Int(a.start) + Int(a.count) > ns { return nil }
        var last: Int32 = 0
        for end in unitEnds {
            guard end >= last, Int(end) <= na else { return nil }
            last = end
        }
        self.init(text: text, folded: folded, symbols: symbols, alternatives: alternatives, unitEnds: unitEnds,
                  unitStarts: unitStarts, symbolMask: symbolMask, startMask: startMask)
    }
}
