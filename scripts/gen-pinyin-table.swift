// Prints ICU's Mandarin reading (Han-Latin transform, through Foundation on Linux) of every code point of
// the CJK Unified Ideographs (U+4E00...U+9FFF) and Extension A (U+3400...U+4DBF), one a line: the code
// point in hex, a tab, and the reading with tone marks ("-" when ICU leaves the character as it is).
// Run by scripts/gen-pinyin-table.py.
import Foundation
var out = ""
for range in [0x3400...0x4DBF, 0x4E00...0x9FFF] {
    for cp in range {
        let s = String(Character(Unicode.Scalar(UInt32(cp))!))
        let latin = s.applyingTransform(.mandarinToLatin, reverse: false) ?? s
        out += String(cp, radix: 16) + "\t" + (latin == s ? "-" : latin) + "\n"
    }
}
FileHandle.standardOutput.write(out.data(using: .utf8)!)
