import Foundation
import Testing
import MustDoTestSupport

/// The Chinese UI answers in Chinese, ArgumentParser's own errors included (issue 9 item 9).
@Suite struct InputLanguageTests {
    let dir = TemporaryDirectory()
    var cli: CLIRunner { CLIRunner(directory: dir.path) }
    let t = ["--today", "2026-11-23"]

    /// Three English words in a row outside backquotes: an untranslated sentence.
    func hasEnglishSentence(_ s: String) -> Bool {
        let stripped = s.replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
            .replacingOccurrences(of: "mustdo [a-z-]+ ?[a-z-]* ?--help", with: "", options: .regularExpression)
        let words = stripped.split(whereSeparator: { !($0.isASCII && $0.isLetter) && $0 != " " })
        return words.contains { $0.split(separator: " ").count >= 3 }
    }

    @Test func argumentErrorsAreOneChineseSentenceNamingTheOption() throws {
        let cases: [([String], String)] = [
            (["week", "--bogus"], "没有 --bogus 这个选项"),
            (["journal", "--date"], "--date 后面缺少值"),
            (["check"], "缺少参数"),
            (["skip", "1", "2"], "这里不需要参数 “2”"),
            (["frobnicate"], "没有 “frobnicate” 这个命令"),
            (["routines", "add", "--nope"], "mustdo routines add --help"),
        ]
        for (args, expected) in cases {
            let r = try cli.run(args + ["--lang", "zh"] + t)
            #expect(r.status == 64, "\(args): \(r.status)")
            #expect(r.stderr.contains(expected), "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(!hasEnglishSentence(r.stderr), "\(args): \(r.stderr)")
        }
        // The same mistakes in English still name the option.
        let en = try cli.run(["week", "--bogus"] + t)
        #expect(en.status == 64 && en.stderr.contains("There is no option --bogus"))
    }

    @Test func focusLimitAndEmptyTitleAreChinese() throws {
        let zh = ["--lang", "zh"] + t
        _ = try cli.run(["today"] + zh)
        #expect(try cli.run(["focus", "1", "2", "3", "4", "5"] + zh).status == 0)
        let sixth = try cli.run(["focus", "6"] + zh)
        #expect(sixth.status == 64 && sixth.stderr.contains("今日重点最多 5 项"), "\(sixth.stderr)")
        let empty = try cli.run(["add", " \u{3000} "] + zh)
        #expect(empty.status == 64 && empty.stderr.contains("任务需要一个标题"), "\(empty.stderr)")
        #expect(!hasEnglishSentence(sixth.stderr) && !hasEnglishSentence(empty.stderr))
    }

    @Test func carryingASkippedItemDoesNotSayAlreadyTwice() throws {
        let zh = ["--lang", "zh"]
        _ = try cli.run(["today", "--today", "2026-11-22"] + zh)
        #expect(try cli.run(["skip", "day-motivate", "--today", "2026-11-22"] + zh).status == 0)
        let r = try cli.run(["add", "--carry", "day-motivate"] + zh + t)
        #expect(r.status == 64)
        #expect(r.stderr.contains("已跳过,不需要转到今天"), "\(r.stderr)")
        #expect(!r.stderr.contains("已经已"))
    }
}
