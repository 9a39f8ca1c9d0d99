/// The search keys of a list, one after another in one byte buffer in their stored form (`SearchKey.stored`), as the
/// database keeps them: a list of 10,000 cards holds one array instead of 10,000 keys of five arrays each, and a
/// search reads each key in place (`SearchKey.matches(stored:_:)`).
public struct StoredSearchKeys: Sendable {
    /// The keys' bytes, concatenated.
    private var bytes: [UInt8] = []
    /// Where each key ends in `bytes` (key i runs from the end of key i-1).
    private var ends: [Int] = []

    /// No keys.
    public init() {}

    /// Room for `count` keys of about `bytesEach` bytes.
    public mutating func reserve(_ count: Int, bytesEach: Int = 256) {
        ends.reserveCapacity(count)
        bytes.reserveCapacity(count * bytesEach)
    }

    /// How many keys there are.
    public var count: Int { ends.count }

    /// Appends a key read from the database when it is sound (false, and nothing appended, when it is not a key's
    /// bytes: build it and append that instead).
    public mutating func append(stored key: UnsafeRawBufferPointer) -> Bool {
        guard SearchKey.isSound(stored: key) else { return false }
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        return true
    }

    /// Appends a key built in memory.
    public mutating func append(_ key: SearchKey) {
        key.stored.withUnsafeBytes { bytes.append(contentsOf: $0) }
        ends.append(bytes.count)
    }

    /// Whether key `i` matches `query`.
    public func matches(_ i: Int, _ query: SearchKey.Query) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1]
        return bytes.withUnsafeBytes { all in
            SearchKey.matches(sound: UnsafeRawBufferPointer(rebasing: all[start..<ends[i]]), query)
        }
    }

    /// The indices of `candidates` whose key matches `query`, in their order.
    public func matching(_ query: SearchKey.Query, in candidates: [Int]) -> [Int] {
        bytes.withUnsafeBytes { all in
            candidates.filter { i in
                let start = i == 0 ? 0 : ends[i - 1]
                return SearchKey.matches(sound: UnsafeRawBufferPointer(rebasing: all[start..<ends[i]]), query)
            }
        }
    }
}
