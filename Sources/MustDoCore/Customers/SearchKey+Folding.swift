extension SearchKey {
    /// Latin letters with accents or pinyin tone marks, lowercase, to their base letters (ü to u).
    private static let accents: [Unicode.Scalar: Unicode.Scalar] = {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăąǎ"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęěế"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįǐı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňǹ"), ("o", "òóôõöøōŏőǒ"),
            ("r", "ŕŗř"), ("s", "śŝşš"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűųǔǖǘǚǜ"), ("w", "ŵ"), ("y", "ýÿŷ"),
            ("z", "źżž"), ("m", "ḿ"),
        ]
        for (base, letters) in groups { for letter in letters.unicodeScalars { map[letter] = base } }
        return map
    }()

    /// Appends the searchable form of `scalar` to `out`: ASCII and full-width letters lowercase, digits as
    /// they are, accents and tone marks dropped (`Zhāng` -> `zhang`, `Ｚ` -> `z`), Chinese characters and
    /// other letters lowercase; spaces, punctuation, symbols and combining marks give nothing.
    static func fold(_ scalar: Unicode.Scalar, into out: inout [UInt32]) {
        var v = scalar.value
        if v >= 0xFF10, v <= 0xFF5A { v -= 0xFEE0 }  // full-width digits and letters
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x61...0x7A: out.append(v)
            case 0x41...0x5A: out.append(v + 0x20)
            default: break
            }
            return
        }
        if Pinyin.isHan(scalar) { out.append(v); return }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                out.append((accents[lower] ?? lower).value)
            }
        default:
            break
        }
    }
}
