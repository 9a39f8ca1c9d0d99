/// A cheap first test for a search over many cards that have no `SearchKey` built yet (`customers list --search`):
/// a card can match only if every symbol the user typed is among the symbols of its texts and of every reading of
/// their Chinese characters. The masks of characters are cached, so most cards are turned down without building a key;
/// the rest are matched by `Customer.searchKey` as usual. Never turns down a card the key would find.
public struct CustomerSearchPrefilter {
    private let query: SearchKey.Query
    private var cache: [UInt32: UInt64] = [:]
    private var buffer: [UInt32] = []

    /// A filter for `query`.
    public init(_ query: SearchKey.Query) { self.query = query }

    /// Whether a card with these texts may match (false: it surely does not).
    public mutating func mayMatch(_ texts: [String]) -> Bool {
        var mask: UInt64 = 0
        let wanted = query.mask
        for text in texts {
            for u in text.unicodeScalars {
                mask |= symbols(u)
                if wanted & ~mask == 0 { return true }
            }
        }
        return wanted & ~mask == 0
    }

    /// The bits of every symbol `u` can stand for in a key: itself folded, and the letters of all its readings
    /// (surname readings and compound surnames included).
    private mutating func symbols(_ u: Unicode.Scalar) -> UInt64 {
        let v = u.value
        if v < 0x80 {
            switch v {
            case 0x61...0x7A, 0x30...0x39: return SearchKey.bit(v)
            case 0x41...0x5A: return SearchKey.bit(v + 0x20)
            default: break
            }
        }
        if let known = cache[v] { return known }
        var mask: UInt64 = 0
        buffer.removeAll(keepingCapacity: true)
        SearchKey.fold(u, into: &buffer)
        for s in buffer { mask |= SearchKey.bit(s) }
        var readings = Pinyin.readings(u) + (PinyinPolyphones.surnames[u] ?? [])
        if !readings.isEmpty { mask |= SearchKey.bit(v) }
        for (compound, parts) in PinyinPolyphones.compoundSurnames where compound.unicodeScalars.contains(u) { readings += parts }
        for reading in readings {
            for b in reading.utf8 {
                mask |= SearchKey.bit(UInt32(b))
                if b == 0x76 { mask |= SearchKey.bit(0x75) }
            }
        }
        cache[v] = mask
        return mask
    }
}
