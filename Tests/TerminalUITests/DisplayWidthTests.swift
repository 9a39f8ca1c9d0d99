import Testing
import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnAndControlsZero() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("Hello, world!") == 13)
        #expect(DisplayWidth.of("\t" as Character) == 0)
        #expect(DisplayWidth.of("\r\n" as Character) == 0)
        #expect(DisplayWidth.of(scalar: "\u{7F}") == 0)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("拜访客户 Visit") == 14)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("\u{3000}" as Character) == 2)  // ideographic space
    }

    @Test func fullWidthPunctuationIsTwoColumns() {
        for c: Character in ["，", "。", "！", "？", "：", "（", "）", "、"] {
            #expect(DisplayWidth.of(c) == 2, "\(c)")
        }
        #expect(DisplayWidth.of("，。！") == 6)
        #expect(DisplayWidth.of("ＡＢＣ") == 6)  // fullwidth Latin
        #expect(DisplayWidth.of("ｱｲｳ") == 3)  // halfwidth katakana
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of("👍" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)  // skin tone modifier
        #expect(DisplayWidth.of("👨‍👩‍👧" as Character) == 2)  // ZWJ family
        #expect(DisplayWidth.of("❤️" as Character) == 2)  // U+2764 U+FE0F
        #expect(DisplayWidth.of("❤" as Character) == 1)  // text presentation
        #expect(DisplayWidth.of("1️⃣" as Character) == 2)  // keycap
        #expect(DisplayWidth.of("🇨🇳" as Character) == 2)  // flag
        #expect(DisplayWidth.of("📞打电话") == 8)
        #expect(DisplayWidth.of("🫨" as Character) == 2)  // U+1FAE8, newer than the table's Unicode
    }

    @Test func combiningAndZeroWidth() {
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(scalar: "\u{301}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{200D}") == 0)  // ZWJ
        #expect(DisplayWidth.of(scalar: "\u{200B}") == 0)  // zero width space
        #expect(DisplayWidth.of(scalar: "\u{FE0F}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{FE00}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of(scalar: "\u{00AD}") == 1)  // soft hyphen is visible in terminals
    }

    @Test func hangul() {
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2)  // conjoining jamo
        #expect(DisplayWidth.of(scalar: "\u{1161}") == 0)
    }

    @Test func ambiguousIsNarrow() {
        for c: Character in ["…", "·", "○", "─", "│", "α", "Ж", "°", "×"] {
            #expect(DisplayWidth.of(c) == 1, "\(c)")
        }
    }

    @Test func rangeEdgesOfTheTable() {
        let expected: [(UInt32, Int)] = [
            (0x10FF, 1), (0x1100, 2), (0x115F, 2), (0x1160, 0), (0x11FF, 0), (0x1200, 1),
            (0x2E7F, 1), (0x2E80, 2), (0x4DBF, 2), (0x4E00, 2), (0x9FFF, 2), (0xA000, 2),
            (0xAC00, 2), (0xD7A3, 2), (0xD7A4, 1), (0xFF00, 1), (0xFF01, 2), (0xFF60, 2), (0xFF61, 1),
            (0x1F300, 2), (0x1F64F, 2), (0x20000, 2), (0x3FFFD, 2), (0xE0001, 0), (0x10FFFF, 1),
        ]
        for (v, w) in expected {
            #expect(DisplayWidth.of(scalar: Unicode.Scalar(v)!) == w, "U+\(String(v, radix: 16))")
        }
        #expect(DisplayWidth.unicodeVersion.hasPrefix("1"))
    }

    @Test func everyScalarHasAWidthOfZeroOneOrTwo() {
        var counts = [0, 0, 0]
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            counts[DisplayWidth.of(scalar: s)] += 1
        }
        #expect(counts[2] > 100_000)  // CJK planes
        #expect(counts[0] > 1_000)
    }

    @Test func everyEmojiPresentationScalarIsWide() {
        // Cross-checks the Python-generated table against the Swift standard library's emoji data.
        var narrow: [String] = []
        for v in UInt32(0x80)...0x1FFFF {
            guard let s = Unicode.Scalar(v), s.properties.isEmojiPresentation else { continue }
            if (0x1F1E6...0x1F1FF).contains(v) { continue }  // regional indicators: a pair is 2
            if DisplayWidth.of(scalar: s) != 2 { narrow.append(String(v, radix: 16)) }
        }
        #expect(narrow.isEmpty, "narrow emoji: \(narrow)")
    }
}
