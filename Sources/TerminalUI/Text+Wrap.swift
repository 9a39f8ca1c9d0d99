extension Text {
    /// Wraps `s` into lines of at most `width` columns: Latin text breaks between words, CJK text
    /// between any two characters, a word longer than a line breaks between characters, and a
    /// wide character is never split. Newlines start new lines; spaces at a break are dropped;
    /// CJK closing punctuation (，。！) does not start a line. A line is wider than `width` only
    /// when a single character is (a wide character with `width` 1).
    public static func wrap(_ s: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(Substring(paragraph), width: width)
        }
        return lines
    }

    /// One unbreakable piece of a paragraph: a Latin word, a single wide character, or spaces.
    private struct Token {
        var text: [Character]
        var width: Int
        var isSpace: Bool
    }

    private static func tokens(_ p: Substring) -> [Token] {
        var tokens: [Token] = []
        var word: [Character] = []
        var wordWidth = 0
        var spaceRun = 0
        func flushWord() {
            if !word.isEmpty { tokens.append(Token(text: word, width: wordWidth, isSpace: false)) }
            word = []
            wordWidth = 0
        }
        func flushSpaces() {
            if spaceRun > 0 {
                tokens.append(Token(text: Array(repeating: " ", count: spaceRun), width: spaceRun, isSpace: true))
            }
            spaceRun = 0
        }
        for c in p {
            if c == " " || c == "\t" {
                flushWord()
                spaceRun += 1
                continue
            }
            flushSpaces()
            let w = DisplayWidth.of(c)
            if w == 2 || isBreakableNarrow(c) {
                // Each wide (CJK) character is its own token: a line may break on either side.
                flushWord()
                tokens.append(Token(text: [c], width: w, isSpace: false))
            } else {
                word.append(c)
                wordWidth += w
            }
        }
        flushWord()
        flushSpaces()
        return tokens
    }

    /// Narrow characters of scripts written without spaces (halfwidth katakana, Thai is left alone).
    private static func isBreakableNarrow(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0xFF61...0xFF9F).contains(v)
    }

    /// Characters that must not begin a line (a small kinsoku set for Chinese and Japanese).
    private static let noLineStart: Set<Character> = [
        "，", "。", "、", "！", "？", "；", "：", "）", "」", "』", "】", "》", "〉", "”", "’",
        "…", "·", "ー", "～", "〕", "｝", "］", "％", ",", ".", "!", "?", ";", ":", ")", "]", "}",
    ]

    private static func wrapParagraph(_ p: Substring, width: Int) -> [String] {
        let tokens = tokens(p)
        var lines: [[Character]] = []
        var line: [Character] = []
        var lineWidth = 0
        var lastTokenStart = 0  // index in `line` where the last non-space token started
        var lastTokenWasWide = false

        func newLine() {
            while line.last == " " { line.removeLast() }
            lines.append(line)
            line = []
            lineWidth = 0
        }

        for (i, token) in tokens.enumerated() {
            if token.isSpace {
                if lineWidth == 0 && !lines.isEmpty { continue }  // no leading spaces after a break
                let room = width - lineWidth
                line += token.text.prefix(max(room, 0))
                lineWidth += min(token.width, max(room, 0))
                continue
            }
            if lineWidth + token.width <= width {
                lastTokenStart = line.count
                lastTokenWasWide = token.width == 2 && token.text.count == 1
                line += token.text
                lineWidth += token.width
                continue
            }
            // Does not fit. A closing punctuation mark takes the previous CJK character with it.
            if token.text.count == 1, noLineStart.contains(token.text[0]), lastTokenWasWide,
               lastTokenStart > 0, i > 0, !tokens[i - 1].isSpace
            {
                let carried = Array(line[lastTokenStart...])
                line.removeSubrange(lastTokenStart...)
                newLine()
                line = carried
                lineWidth = carried.reduce(0) { $0 + DisplayWidth.of($1) }
            } else if lineWidth > 0 {
                newLine()
            }
            if token.width <= width - lineWidth {
                lastTokenStart = line.count
                lastTokenWasWide = token.width == 2 && token.text.count == 1
                line += token.text
                lineWidth += token.width
                continue
            }
            // Longer than a whole line: break between characters.
            for c in token.text {
                let w = DisplayWidth.of(c)
                if lineWidth + w > width && lineWidth > 0 { newLine() }
                line.append(c)
                lineWidth += w
            }
            lastTokenStart = 0
            lastTokenWasWide = false
        }
        if !line.isEmpty || lines.isEmpty { newLine() }
        return lines.map { String($0) }
    }
}
