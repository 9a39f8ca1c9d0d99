/// One language's sentences, written as a dictionary literal in its catalog file and stored by the key's position.
///
/// A `[MessageKey: String]` literal hashed and inserted every one of its 1,650 entries when the catalog was first used:
/// 0.55M instructions of every `mustdo today` (issue 14, start-up). Here the literal's pairs are stored in an array
/// indexed by the key's case position, which costs a store per entry; a look-up is an index.
public struct MessageTable: ExpressibleByDictionaryLiteral, Sequence, Sendable {
    /// The sentences by key position; nil where this language lacks the key.
    private let texts: [String?]
    /// The literal's pairs as written, in order (for iterating; kept, not copied).
    private let entries: [(MessageKey, String)]

    /// The keys written more than once in the literal: a dictionary literal trapped on them at start, this table keeps
    /// the last one and `MessageCatalogTests` refuses them.
    public let duplicates: [MessageKey]

    /// Builds the table from the catalog file's literal.
    public init(dictionaryLiteral elements: (MessageKey, String)...) {
        var size = 0
        for (key, _) in elements { size = Swift.max(size, key.ordinal + 1) }
        var texts = [String?](repeating: nil, count: size)
        var duplicates: [MessageKey] = []
        for (key, text) in elements {
            if texts[key.ordinal] != nil { duplicates.append(key) }
            texts[key.ordinal] = text
        }
        self.texts = texts
        self.entries = elements
        self.duplicates = duplicates
    }

    /// The sentence `key`, or nil when this language lacks it.
    public subscript(key: MessageKey) -> String? {
        let i = key.ordinal
        return i < texts.count ? texts[i] : nil
    }

    /// The entries in the order the catalog file writes them.
    public func makeIterator() -> Iterator { Iterator(base: entries.makeIterator()) }

    /// Walks the entries as `(key, value)` pairs.
    public struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[(MessageKey, String)]>

        /// The next entry, or nil after the last.
        public mutating func next() -> (key: MessageKey, value: String)? {
            base.next().map { (key: $0.0, value: $0.1) }
        }
    }
}
