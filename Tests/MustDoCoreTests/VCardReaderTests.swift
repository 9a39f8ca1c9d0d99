import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// Reading vCards: unfolding, escapes, structured values, parameters, many cards, and whole-file refusal.
@Suite struct VCardReaderTests {
    @Test func unfoldsAndUnescapesTextAndSplitsStructuredValues() throws {
        let text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zhang\\, San\r\nN:张;三;;;\r\nNOTE:line one\\nline two\\; with \\\\ back\r\n slash and a fold\r\n"
            + "ADR;TYPE=work:;Suite 5;1 Main St\\; Rear;Beijing;;100000;China\r\nORG:ACME\\, Inc.;Sales\r\nEND:VCARD\r\n"
        let cards = try VCardReader.parse(text, file: "a.vcf")
        #expect(cards.count == 1)
        let c = cards[0]
        #expect(c.version == .v4)
        #expect(c.formattedName == "Zhang, San")
        #expect(c.name?.family == "张" && c.name?.given == "三")
        #expect(c.notes == ["line one\nline two; with \\ backslash and a fold"])
        #expect(c.addresses == [ContactRecord.Address(labels: ["work"], extended: "Suite 5", street: "1 Main St; Rear", locality: "Beijing", postalCode: "100000", country: "China")])
        #expect(c.organization == ["ACME, Inc.", "Sales"])
    }

    @Test func aFoldInsideAUTF8SequenceIsRefusedNotGarbled() throws {
        // MustDo never folds inside a character; a file that does is not UTF-8 and is refused whole.
        let bytes: [UInt8] = Array("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:".utf8) + [0xE5, 0xBC] + Array("\r\n ".utf8) + [0xA0] + Array("\r\nEND:VCARD\r\n".utf8)
        let dir = TemporaryDirectory()
        let path = dir.path + "/split.vcf"
        try AtomicFile.write(bytes, to: path)
        #expect(throws: MustDoError.inputFile(path: path, role: .contacts, problem: .notUTF8)) { try VCardReader.read(path: path) }
    }

    @Test func parametersQuotedListedAndBare() throws {
        let text = """
        BEGIN:VCARD
        VERSION:3.0
        FN:A
        TEL;TYPE="work,voice";PREF=1:+86 10 1234
        TEL;TYPE=cell,text:138
        TEL;CELL;VOICE:139
        item1.EMAIL;TYPE=INTERNET;X-LABEL="a:b;c":a@b.cn
        END:VCARD
        """
        let c = try VCardReader.parse(text, file: "p.vcf")[0]
        #expect(c.phones.map(\.labels) == [["work", "voice"], ["cell", "text"], ["cell", "voice"]])
        let mail = c.all("EMAIL")[0]
        #expect(mail.group == "item1")
        #expect(mail.parameter("x-label") == ["a:b;c"])
        #expect(c.emails[0].address == "a@b.cn")
    }

    @Test func manyCardsInOneFileKeepTheirOrder() throws {
        var text = ""
        for i in 0..<50 { text += "BEGIN:VCARD\nVERSION:4.0\nFN:Person \(i)\nEND:VCARD\n" }
        let cards = try VCardReader.parse(text, file: "many.vcf")
        #expect(cards.map { $0.formattedName ?? "" } == (0..<50).map { "Person \($0)" })
    }

    @Test func brokenFileNamesFileLineAndPropertyAndReturnsNoCards() {
        let text = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Good\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bad\r\nBDAY:1990-13-45\r\nEND:VCARD\r\n"
        do {
            _ = try VCardReader.parse(text, file: "people.vcf")
            Issue.record("a card with a bad BDAY was accepted")
        } catch let e as ExchangeError {
            #expect(e.problems.count == 1)
            #expect(e.problems[0].line == 8 && e.problems[0].property == "BDAY")
            #expect(e.message(.en) == "people.vcf, line 8, BDAY: 1990-13-45 is not a date; write YYYY-MM-DD (e.g. 1990-06-12), --MM-DD without a year, or a lunar date as 1990-L05-12 with L before a leap month; nothing was imported.")
            #expect(e.message(.zh).contains("第 8 行"))
            #expect(e.exitCode == 65)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func everyProblemIsListedWithItsLine() {
        let text = """
        FN:outside
        BEGIN:VCARD
        VERSION:4.0
        FN:One
        BEGIN:VCARD
        VERSION:2.1
        FN:Two
        no colon here
        TEL;TYPE="open:1
        END:VCARD
        END:VCARD
        BEGIN:VCARD
        VERSION:4.0
        NOTE:no name
        END:VEVENT
        """
        do {
            _ = try VCardReader.parse(text, file: "f.vcf")
            Issue.record("accepted")
        } catch let e as ExchangeError {
            let got = e.problems.map { "\($0.line) \($0.property) \($0.reason)" }
            #expect(got == [
                "1 FN outsideCard",
                "5 BEGIN nestedBegin(openedAt: 2)",
                "8 no colon here noColon",
                "9 TEL unclosedQuote",
                "5 VERSION unsupportedVersion(\"2.1\")",
                "11 END endWithoutBegin",
                "15 END mismatchedEnd(\"VEVENT\")",
                "12 BEGIN unterminated",
            ])
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func cardWithoutVersionOrNameAndEmptyFileAreRefused() {
        #expect(throws: ExchangeError.self) { try VCardReader.parse("BEGIN:VCARD\nFN:x\nEND:VCARD\n", file: "v") }
        #expect(throws: ExchangeError.self) { try VCardReader.parse("BEGIN:VCARD\nVERSION:3.0\nTEL:1\nEND:VCARD\n", file: "v") }
        do { _ = try VCardReader.parse("hello\n", file: "h.vcf"); Issue.record("accepted") } catch let e as ExchangeError {
            #expect(e.problems.first?.reason == .noColon)
        } catch { Issue.record("\(error)") }
        do { _ = try VCardReader.parse("\n\n", file: "empty.vcf"); Issue.record("accepted") } catch let e as ExchangeError {
            #expect(e.message(.en).hasPrefix("empty.vcf: it holds no vCard"))
        } catch { Issue.record("\(error)") }
    }

    @Test func propertyAndFileLimits() throws {
        let long = String(repeating: "x", count: VCardReader.propertyLimit + 1)
        do { _ = try VCardReader.parse("BEGIN:VCARD\nVERSION:4.0\nFN:a\nNOTE:\(long)\nEND:VCARD\n", file: "l.vcf"); Issue.record("accepted") }
        catch let e as ExchangeError { #expect(e.problems.map(\.line) == [4]); #expect(e.message(.en).contains("64 KiB")) }
        // A photo may be larger than a text property.
        let photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + String(repeating: "QUJD", count: 40_000)
        #expect(try VCardReader.parse("BEGIN:VCARD\nVERSION:3.0\nFN:a\n\(photo)\nEND:VCARD\n", file: "p").count == 1)
        // Folded lines are counted after unfolding.
        let folded = "NOTE:" + (0..<2000).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789" }.joined(separator: "\r\n ")
        #expect(throws: ExchangeError.self) { try VCardReader.parse("BEGIN:VCARD\nVERSION:4.0\nFN:a\n\(folded)\nEND:VCARD\n", file: "f") }
        // The file cap is explicit and above the 4 MiB config cap.
        #expect(VCardReader.fileSizeLimit == 64 * 1024 * 1024 && VCardReader.fileSizeLimit > TextFile.sizeLimit)
        let dir = TemporaryDirectory()
        #expect(throws: MustDoError.inputFile(path: dir.path + "/none.vcf", role: .contacts, problem: .missing)) {
            try VCardReader.read(path: dir.path + "/none.vcf")
        }
        #expect(MustDoError.inputFile(path: "x", role: .contacts, problem: .notUTF8).exitCode == 65)
    }

    @Test func birthdaysSolarLunarAndYearless() throws {
        let text = """
        BEGIN:VCARD
        VERSION:4.0
        FN:a
        BDAY:19900612
        END:VCARD
        BEGIN:VCARD
        VERSION:4.0
        FN:b
        BDAY:--0612
        END:VCARD
        BEGIN:VCARD
        VERSION:4.0
        FN:c
        BDAY:19900705
        X-MUSTDO-LUNAR-BDAY:1990-L05-13
        END:VCARD
        BEGIN:VCARD
        VERSION:4.0
        FN:d
        BDAY;CALSCALE=chinese:--0815
        END:VCARD
        BEGIN:VCARD
        VERSION:3.0
        FN:e
        BDAY:1985-01-31T00:00:00Z
        END:VCARD
        """
        let b = try VCardReader.parse(text, file: "b").map(\.birthday)
        #expect(b[0] == ContactBirthday(calendar: .solar, year: 1990, month: 6, day: 12))
        #expect(b[1] == ContactBirthday(calendar: .solar, year: nil, month: 6, day: 12))
        #expect(b[2] == ContactBirthday(calendar: .lunar, year: 1990, month: 5, day: 13, isLeapMonth: true))
        #expect(b[3] == ContactBirthday(calendar: .lunar, year: nil, month: 8, day: 15))
        #expect(b[4] == ContactBirthday(calendar: .solar, year: 1985, month: 1, day: 31))
        // 1990 has a leap fifth month; its 13th day is 1990-07-05 (checked against borax in LunarDateTests' table).
        #expect(b[2]?.solarDate == LocalDate(year: 1990, month: 7, day: 5))
        #expect(ContactBirthday(calendar: .lunar, year: 1991, month: 5, day: 1, isLeapMonth: true) == nil)
    }

    @Test func typedAccessorsForTheMappedProperties() throws {
        let text = """
        BEGIN:VCARD
        VERSION:4.0
        UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1
        FN:李四
        TITLE:采购经理
        ROLE:decision-maker
        TEL;VALUE=uri;TYPE=cell:tel:+86-138-0000-0000
        EMAIL;TYPE=work:li@example.cn
        CATEGORIES:key,golf\\, weekends
        CATEGORIES:vip
        RELATED;TYPE=colleague;VALUE=text:王五
        REV:20261127T093000Z
        CREATED:20260101T080000Z
        HOBBY;LEVEL=high:钓鱼
        INTEREST:茶
        X-MUSTDO-GRADE:A
        X-MUSTDO-FIELD;X-NAME="Credit status":good
        END:VCARD
        """
        let c = try VCardReader.parse(text, file: "t")[0]
        #expect(c.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1")
        #expect(c.title == "采购经理" && c.role == "decision-maker")
        #expect(c.phones == [ContactRecord.Phone(labels: ["cell"], number: "+86-138-0000-0000")])
        #expect(c.categories == ["key", "golf, weekends", "vip"])
        #expect(c.related == [ContactRecord.Relation(types: ["colleague"], value: "王五")])
        #expect(c.revision == "20261127T093000Z" && c.created == "20260101T080000Z")
        #expect(c.hobbies == ["钓鱼"] && c.interests == ["茶"])
        #expect(c.extensions == [ContactRecord.Field(name: "grade", value: "A"), ContactRecord.Field(name: "Credit status", value: "good")])
    }

    @Test func cardsWithoutUIDGetAStableOne() throws {
        let text = "BEGIN:VCARD\nVERSION:3.0\nFN:张三\nORG:ACME\nTEL:138 0000 0000\nEND:VCARD\n"
        let a = try VCardReader.parse(text, file: "a")[0].resolvedUID
        let b = try VCardReader.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), file: "b")[0].resolvedUID
        #expect(a == b)
        #expect(a.count == 36 && Array(a)[14] == "5")
        let other = try VCardReader.parse(text.replacingOccurrences(of: "张三", with: "李四"), file: "c")[0].resolvedUID
        #expect(a != other)
        // RFC 9562's example: the version-5 UUID of www.example.com in the DNS namespace.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(StableUID.uuid("www.example.com", namespace: dns) == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }
}

