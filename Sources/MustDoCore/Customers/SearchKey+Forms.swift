extension SearchKey {
    /// The ways to spell `text` in pinyin, for `mustdo pinyin` and for checking against other romanisations:
    /// `full` joins one reading per Chinese character (`zhangsan`), `initials` their first letters (`zs`);
    /// words and digits stand as they are (a word by its first letter in `initials`). The first of each is
    /// the preferred spelling (a surname's reading first); polyphonic characters give further spellings, at
    /// most `limit` of each (matching itself has no such limit: it follows every reading).
    public static func spellings(_ text: String, kind: Kind = .name, limit: Int = 64) -> (full: [String], initials: [String]) {
        var full = [""]
        var initials = [""]
        func extend(_ forms: inout [String], _ options: [String]) {
            var next: [String] = []
            for form in forms {
                for option in options {
                    let candidate = form + option
                    if next.count < limit, !next.contains(candidate) { next.append(candidate) }
                }
            }
            forms = next
        }
        for segment in segments(text, kind: kind) {
            switch segment {
            case .han(_, let readings):
                extend(&full, readings)
                var firsts: [String] = []
                for reading in readings {
                    let first = String(reading.prefix(1))
                    if !firsts.contains(first) { firsts.append(first) }
                }
                extend(&initials, firsts)
            case .word(let symbols):
                let word = String(String.UnicodeScalarView(symbols.compactMap(Unicode.Scalar.init)))
                extend(&full, [word])
                extend(&initials, [String(word.prefix(1))])
            case .digits(let symbols):
                let digits = String(String.UnicodeScalarView(symbols.compactMap(Unicode.Scalar.init)))
                extend(&full, [digits])
                extend(&initials, [digits])
            }
        }
        return (full, initials)
    }
}
