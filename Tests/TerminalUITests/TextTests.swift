import Testing
import TerminalUI

@Suite struct TextTests {
    @Test func truncateLeavesShortTextAlone() {
        #expect(Text.truncate("abc", toWidth: 3) == "abc")
        #expect(Text.truncate("中文", toWidth: 4) == "中文")
        #expect(Text.truncate("", toWidth: 0) == "")
    }

    @Test func truncateAddsEllipsis() {
        #expect(Text.truncate("abcdef", toWidth: 4) == "abc…")
        #expect(Text.truncate("abcdef", toWidth: 1) == "…")
        #expect(Text.truncate("abcdef", toWidth: 0) == "")
        #expect(Text.truncate("abcdef", toWidth: 5, ellipsis: "...") == "ab...")
        #expect(Text.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
    }

    @Test func truncateNeverSplitsWideCharacters() {
        // 5 columns: "中文" (4) + "…" (1).
        #expect(Text.truncate("中文字符", toWidth: 5) == "中文…")
        // 6 columns: "中文" (4) + "…" = 5; the next wide char would need 7.
        let six = Text.truncate("中文字符", toWidth: 6)
        #expect(six == "中文…")
        #expect(DisplayWidth.of(six) == 5)
        #expect(Text.truncate("a中文", toWidth: 4) == "a中…")
        #expect(Text.truncate("中文", toWidth: 3) == "中…")
        #expect(Text.truncate("中文", toWidth: 2) == "…")
        for w in 0...10 {
            let t = Text.truncate("拜访王总，带上合同 bring contract", toWidth: w)
            #expect(DisplayWidth.of(t) <= w)
        }
    }

    @Test func truncateKeepsEmojiClustersWhole() {
        #expect(Text.truncate("👨‍👩‍👧👍🏽abc", toWidth: 5) == "👨‍👩‍👧👍🏽…")
        #expect(Text.truncate("e\u{301}e\u{301}e\u{301}", toWidth: 2) == "e\u{301}…")
    }

    @Test func padAndFit() {
        #expect(Text.pad("中", toWidth: 4) == "中  ")
        #expect(Text.padLeft("中", toWidth: 4) == "  中")
        #expect(Text.pad("abcdef", toWidth: 3) == "abcdef")
        #expect(Text.fit("中文字", toWidth: 5) == "中文…")
        #expect(Text.fit("中文字", toWidth: 4) == "中… ")
        #expect(DisplayWidth.of(Text.fit("中文字", toWidth: 4)) == 4)
        #expect(Text.center("ab", toWidth: 5) == " ab  ")
    }

    @Test func wrapLatinByWords() {
        #expect(Text.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(Text.wrap("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
        #expect(Text.wrap("a  b", width: 10) == ["a  b"])
        #expect(Text.wrap("", width: 10) == [""])
        #expect(Text.wrap("one\ntwo", width: 10) == ["one", "two"])
    }

    @Test func wrapCJKByCharacters() {
        #expect(Text.wrap("今天给王总打电话", width: 6) == ["今天给", "王总打", "电话"])
        // Odd width: each line holds 2 wide characters, never half of a third.
        let lines = Text.wrap("今天给王总打电话", width: 5)
        #expect(lines == ["今天", "给王", "总打", "电话"])
        for line in lines { #expect(DisplayWidth.of(line) <= 5) }
    }

    @Test func wrapMixedText() {
        let lines = Text.wrap("Call 王总 about the 合同 today", width: 9)
        #expect(lines == ["Call 王总", "about the", "合同", "today"])
        for line in lines { #expect(DisplayWidth.of(line) <= 9) }
    }

    @Test func wrapKeepsClosingPunctuationOffLineStart() {
        // "，" may not start a line; it takes "总" with it.
        let lines = Text.wrap("打给王总，然后出发", width: 8)
        #expect(lines == ["打给王", "总，然后", "出发"])
        #expect(lines.allSatisfy { !$0.hasPrefix("，") })
    }

    @Test func wrapTooNarrowForAWideCharacter() {
        #expect(Text.wrap("中文", width: 1) == ["中", "文"])
    }
}
