/// The searchable forms of one text (a customer's name, company, number or phone), built once, matched
/// against every keystroke of a search (a class: a list of 10,000 is walked with one reference count a key).
///
/// A query matches when, with case, width, accents, tones, spaces and punctuation ignored, it is
/// - a run of the text's characters (`张`, `张三`, `138 0013`, `kh-2026`, `smith`), or
/// - a run of consecutive syllables and words, each typed whole or shortened to any beginning of one of
///   its readings, starting at any syllable: `zhangsan`, `zhang san`, `zs`, `zhangs`, `zsan`, `san`,
///   `张san` and `zhs` all find 张三; `js` finds John Smith. A polyphonic character matches in every reading
///   it has (长 chang and zhang), a name's surname in its surname reading too (单 shan), `v` or `u` for ü.
/// Digits match only as a run (a phone's `108` does not match 1-3-8, 0-0-1-3, 8-0-0-0 by beginnings).
public final class SearchKey: Sendable {
    /// What a text is: a person's name (its first characters may be a surname) or any other text.
    public enum Kind: Sendable {
        /// A person's name: a surname's reading (单 shan, 尉迟 yu chi) is indexed for its first characters.
        case name
        /// A company, number, phone or any other text.
        case text
    }

    /// The text as given (the fields joined by line breaks, for a key of several fields).
    public let text: String
    /// Letters, digits and Chinese characters of the text, folded (see `SearchKey.fold`).
    let folded: [UInt32]
    /// The alternatives' symbols, concatenated.
    let symbols: [UInt32]
    /// Each alternative: where its symbols start in `symbols` and how many there are.
    let alternatives: [Alternative]
    /// For each syllable or word, in order: the end of its alternatives in `alternatives`.
    let unitEnds: [Int32]
    /// For each unit, `SearchKey.bit` of the first symbols of its alternatives: a unit that cannot start a
    /// match is skipped with one test.
    let unitStarts: [UInt64]
    /// `SearchKey.bit` of every symbol the key has: a query with a symbol outside it cannot match.
    let symbolMask: UInt64
    /// `SearchKey.bit` of every symbol a match can start with (any of `folded`, the first of an alternative).
    let startMask: UInt64

    /// One way to type a syllable or word: a range of `symbols`.
    struct Alternative: Sendable {
        var start: Int32
        var count: Int32
    }

    /// Indexes `text`; `kind` says whether its first characters may be a surname.
    public convenience init(_ text: String, kind: Kind = .text) {
        self.init(fields: [(text, kind)])
    }

    /// Indexes several fields of one record (a customer's name, company, number and phone) as one key, so a
    /// list walks one key a record; a match never runs from one field into the next.
    public convenience init(fields: [(text: String, kind: Kind)]) {
        var folded: [UInt32] = []
        var symbols: [UInt32] = []
        var alternatives: [Alternative] = []
        var unitEnds: [Int32] = []
        func add(_ alternative: [UInt32]) {
            alternatives.append(Alternative(start: Int32(symbols.count), count: Int32(alternative.count)))
            symbols.append(contentsOf: alternative)
        }
        // A reading straight from its UTF-8 (no array per reading: keys for 10,000 customers are built at once).
        func add(_ reading: String, uForV: Bool) {
            let start = symbols.count
            for byte in reading.utf8 { symbols.append(uForV && byte == 0x76 ? 0x75 : UInt32(byte)) }
            alternatives.append(Alternative(start: Int32(start), count: Int32(symbols.count - start)))
        }
        for (index, field) in fields.enumerated() {
            if index > 0 {
                // A barrier between fields: a symbol no query has, and a unit without alternatives (it resets the matcher).
                folded.append(0)
                unitEnds.append(Int32(alternatives.count))
            }
            for segment in SearchKey.segments(field.text, kind: field.kind) {
                folded.append(contentsOf: segment.folded)
                switch segment {
                case .han(let scalar, let readings):
                    alternatives.append(Alternative(start: Int32(symbols.count), count: 1))
                    symbols.append(scalar.value)
                    for reading in readings {
                        add(reading, uForV: false)
                        // ü is written v in the table; u is what many type (lü -> lv, lu).
                        if reading.utf8.contains(0x76) { add(reading, uForV: true) }
                    }
                case .word(let letters):
                    add(letters)
                case .digits:
                    break  // digits match only as a run of `folded`; as a unit without alternatives they end a run of syllables
                }
                unitEnds.append(Int32(alternatives.count))
            }
        }
        self.init(text: fields.map(\.text).joined(separator: "\n"), folded: folded, symbols: symbols,
                  alternatives: alternatives, unitEnds: unitEnds)
    }

    /// A key from its parts (built by `init(fields:)`, or read back from the database by `init(stored:text:)`);
    /// the quick-rejection masks are worked out here.
    convenience init(text: String, folded: [UInt32], symbols: [UInt32], alternatives: [Alternative], unitEnds: [Int32]) {
        var unitStarts: [UInt64] = []
        unitStarts.reserveCapacity(unitEnds.count)
        var a = 0
        for end in unitEnds {
            var mask: UInt64 = 0
            while a < Int(end) {
                if alternatives[a].count > 0 { mask |= SearchKey.bit(symbols[Int(alternatives[a].start)]) }
                a += 1
            }
            unitStarts.append(mask)
        }
        var symbolMask: UInt64 = 0, startMask: UInt64 = 0
        for symbol in folded where symbol != 0 { symbolMask |= SearchKey.bit(symbol) }
        startMask = symbolMask
        for symbol in symbols { symbolMask |= SearchKey.bit(symbol) }
        for alternative in alternatives where alternative.count > 0 { startMask |= SearchKey.bit(symbols[Int(alternative.start)]) }
        self.init(text: text, folded: folded, symbols: symbols, alternatives: alternatives, unitEnds: unitEnds,
                  unitStarts: unitStarts, symbolMask: symbolMask, startMask: startMask)
    }

    /// A key from all its parts, masks included (read back from the database: nothing to work out).
    init(text: String, folded: [UInt32], symbols: [UInt32], alternatives: [Alternative], unitEnds: [Int32],
         unitStarts: [UInt64], symbolMask: UInt64, startMask: UInt64) {
        self.text = text
        self.folded = folded
        self.symbols = symbols
        self.alternatives = alternatives
        self.unitEnds = unitEnds
        self.unitStarts = unitStarts
        self.symbolMask = symbolMask
        self.startMask = startMask
    }

    /// A symbol's bit in the quick-rejection masks: a to z, 0 to 9 each their own, any other symbol one of 28 shared.
    @inline(__always) static func bit(_ symbol: UInt32) -> UInt64 {
        switch symbol {
        case 0x61...0x7A: return 1 << UInt64(symbol - 0x61)
        case 0x30...0x39: return 1 << UInt64(symbol - 0x30 + 26)
        default: return 1 << UInt64(36 + symbol % 28)
        }
    }

    /// A piece of a text: one Chinese character, a run of letters, or a run of digits.
    enum Segment {
        /// A Chinese character and its readings, the preferred first.
        case han(Unicode.Scalar, [String])
        /// A run of letters (other scripts included), folded.
        case word([UInt32])
        /// A run of digits.
        case digits([UInt32])

        /// The segment's folded symbols as they stand in the text.
        var folded: [UInt32] {
            switch self {
            case .han(let scalar, _): return [scalar.value]
            case .word(let symbols), .digits(let symbols): return symbols
            }
        }
    }

    /// Splits `text` into Chinese characters, words and digit runs; spaces and punctuation separate and vanish.
    static func segments(_ text: String, kind: Kind) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        let readings = kind == .name ? Pinyin.nameReadings(scalars) : scalars.map(Pinyin.readings)
        var result: [Segment] = []
        var run: [UInt32] = []
        var runIsDigits = false
        func flush() {
            if !run.isEmpty { result.append(runIsDigits ? .digits(run) : .word(run)) }
            run = []
        }
        var buffer: [UInt32] = []
        for (i, scalar) in scalars.enumerated() {
            if !readings[i].isEmpty {
                flush()
                result.append(.han(scalar, readings[i]))
                continue
            }
            buffer.removeAll(keepingCapacity: true)
            SearchKey.fold(scalar, into: &buffer)
            guard !buffer.isEmpty else { flush(); continue }
            for symbol in buffer {
                let isDigit = symbol >= 0x30 && symbol <= 0x39
                if !run.isEmpty, isDigit != runIsDigits { flush() }
                runIsDigits = isDigit
                run.append(symbol)
            }
        }
        flush()
        return result
    }
}
