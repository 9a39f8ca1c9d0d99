import Foundation
import Testing
@testable import MustDoCore

/// The catalogs: every language says every sentence, with the same placeholders, and Chinese is Chinese.
@Suite struct MessageCatalogTests {
    @Test func everyLanguageHasEveryKeyWithTheSamePlaceholders() {
        for key in MessageKey.allCases {
            let en = MessageCatalog.table(.en)[key]
            #expect(en != nil, "\(key) is missing from the English catalog")
            for language in Language.allCases {
                guard let text = MessageCatalog.table(language)[key] else {
                    Issue.record("\(key) is missing from the \(language) catalog")
                    continue
                }
                #expect(MessageCatalog.placeholders(in: text) == MessageCatalog.placeholders(in: en ?? ""),
                        "\(key) has other placeholders in \(language) than in English")
            }
        }
    }

    @Test func noKeyIsWrittenTwice() {
        // The catalogs are tables by key position, which keep the last of two entries for one key (a dictionary literal
        // trapped at start): a key written twice, e.g. by two merged blocks, must be caught here.
        for language in Language.allCases {
            #expect(MessageCatalog.table(language).duplicates.isEmpty, "written twice in the \(language) catalog: \(MessageCatalog.table(language).duplicates)")
        }
        let twice = MessageKey.errorUnknownRef
        let table: MessageTable = [twice: "first", .errorInvalidDate: "date", twice: "second"]
        #expect(table.duplicates == [.errorUnknownRef])
        #expect(table[.errorUnknownRef] == "second" && table[.errorInvalidDate] == "date" && table[.errorDiskFull] == nil)
    }

    @Test func chineseSentencesAreChinese() {
        // A Chinese entry may hold commands, paths and keys, but a run of three or more English
        // words outside backquotes is an untranslated sentence.
        for (key, text) in MessageCatalog.table(.zh) {
            let stripped = text.replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\\{[^}]*\\}", with: "", options: .regularExpression)
            let words = stripped.split(whereSeparator: { !$0.isLetter || !$0.isASCII })
            var run = 0, longest = 0
            var previousEnd: String.Index? = nil
            for w in words {
                if let p = previousEnd, stripped[p..<w.startIndex].allSatisfy({ $0 == " " }) { run += 1 } else { run = 1 }
                longest = max(longest, run)
                previousEnd = w.endIndex
            }
            #expect(longest < 3, "\(key) looks English in the Chinese catalog: \(text)")
        }
    }

    @Test func placeholdersAreFilledByName() {
        #expect(MessageCatalog.fill("{a} and {b}, {{literal}}", ["a": "1", "b": "2"]) == "1 and 2, {literal}")
        #expect(MessageCatalog.fill("{missing}", [:]) == "{missing}")
        #expect(Language.zh.text(.errorDatabaseBusy, ["path": "/x"]).contains("/x"))
    }

    /// The filler scans bytes: Chinese text and emoji around the placeholders, values with braces, and braces that open
    /// nothing must come out as the character-by-character reading gave them.
    @Test func placeholdersAreFilledAmongWideTextAndStrayBraces() {
        #expect(MessageCatalog.fill("还有 {count} 位客户：{command}。", ["count": "12", "command": "mustdo 客户"]) == "还有 12 位客户：mustdo 客户。")
        #expect(MessageCatalog.fill("👋🏽{name}👋🏽 é{x}", ["name": "张三", "x": "{y}"]) == "👋🏽张三👋🏽 é{y}")
        #expect(MessageCatalog.fill("a {b", ["b": "B"]) == "a {b")
        #expect(MessageCatalog.fill("a } b {c}} {{", ["c": "C"]) == "a } b C} {")
        #expect(MessageCatalog.fill("{}{a}", ["": "E", "a": "A"]) == "EA")
        #expect(MessageCatalog.fill("no braces 中文", ["a": "A"]) == "no braces 中文")
    }
}
