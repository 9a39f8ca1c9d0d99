import Foundation
import Testing
@testable import MustDoCore

/// Writing vCards: folding, escaping, version forms, and write→read round trips that change nothing.
@Suite struct VCardWriterTests {
    static func sample(_ version: VCardVersion) -> ContactRecord {
        ContactRecord(
            uid: "kh-2026-0001@mustdo", formattedName: "张三",
            name: .init(family: "张", given: "三"), organization: "华东贸易; 有限公司", department: "采购部", title: "采购经理", role: "decision-maker",
            phones: [.init(labels: ["cell"], number: "+86 138 0000 0000"), .init(labels: ["work", "voice"], number: "021-1234 5678")],
            emails: [.init(labels: ["work"], address: "zhang@example.cn")],
            addresses: [.init(labels: ["work"], street: "南京路 1 号, 5 楼", locality: "上海", postalCode: "200000", country: "中国")],
            birthday: ContactBirthday(calendar: .lunar, year: 1990, month: 5, day: 13, isLeapMonth: true),
            notes: "喜欢钓鱼\n周末有空; 不要早上打电话 \\ 谢谢", categories: ["key", "a,b"], hobbies: ["钓鱼", "围棋"], interests: ["茶"],
            related: [.init(types: ["colleague"], value: "李四"), .init(types: ["spouse"], value: "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1")],
            revision: "20261127T093000Z", created: "20260101T080000Z",
            custom: [.init(name: "grade", value: "A"), .init(name: "Credit status", value: "good, pays on time"),
                     .init(name: "serial", value: "KH-2026-0001")],
            otherProperties: [VCardProperty(name: "URL", rawValue: "https://example.cn/a?b=c;d")])
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacterAndEndsLinesInCRLF() throws {
        var card = VCard(version: .v4)
        card.properties = [.text("FN", "a"), .text("NOTE", String(repeating: "客户档案", count: 40) + String(repeating: "x", count: 7))]
        let text = VCardWriter.write(card)
        #expect(text.hasSuffix("END:VCARD\r\n"))
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = [[]]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D { #expect(bytes[i + 1] == 0x0A, "a bare CR"); lines.append([]); i += 2; continue }
            #expect(bytes[i] != 0x0A, "a bare LF")
            lines[lines.count - 1].append(bytes[i]); i += 1
        }
        for l in lines {
            #expect(l.count <= 75)
            #expect(String(validating: l, as: UTF8.self) != nil, "a line break inside a UTF-8 character")
        }
        #expect(lines.filter { $0.first == 0x20 }.count >= 6)
        #expect(try VCardReader.parse(text, file: "f")[0] == card)
    }

    @Test func escapesTextAndStructuredComponents() {
        let card = VCard(version: .v4, properties: [.text("FN", "A, B; C\\D\nE"), .structured("ADR", ["", "", "1; Main, St", "X", "", "", ""])])
        let text = VCardWriter.write(card)
        #expect(text.contains("FN:A\\, B\\; C\\\\D\\nE\r\n"))
        #expect(text.contains("ADR:;;1\\; Main\\, St;X;;;\r\n"))
    }

    @Test func textEscapesRoundTripAndSplittingRespectsThem() {
        for text in ["a,b;c\\d\ne", "\\n is not a newline", "tab\tstays", "", "张三, 李四; 王五", "crlf\r\nbecomes one"] {
            let back = VCardText.unescape(VCardText.escape(text))
            #expect(back == text.replacingOccurrences(of: "\r\n", with: "\n"))
        }
        #expect(VCardText.unescape("A\\NB\\:C\\xD\\") == "A\nB:C\\xD\\")
        #expect(VCardText.split("a\\;b;c\\\\;d", on: ";") == ["a\\;b", "c\\\\", "d"])
        #expect(VCardText.split("x,y\\,z", on: ",").map { VCardText.unescape($0) } == ["x", "y,z"])
        #expect(VCardText.caretDecode("a^nb^'c^^d^x") == "a\nb\"c^d^x")
    }

    @Test(arguments: VCardVersion.allCases)
    func recordRoundTripsThroughTheCardUnchanged(version: VCardVersion) throws {
        let record = Self.sample(version)
        let card = VCard(record: record, version: version)
        let text = VCardWriter.write(card)
        let back = try VCardReader.parse(text, file: "rt.vcf")
        #expect(back.count == 1)
        #expect(back[0] == card, "write→read changed the card")
        #expect(VCardWriter.write(back) == text, "read→write changed the text")
        #expect(ContactRecord(card: back[0]) == record)
        #expect(text.contains("VERSION:\(version.rawValue)\r\n"))
    }

    @Test func versionFormsOfTheBirthday() {
        let solar = ContactRecord(formattedName: "a", birthday: ContactBirthday(calendar: .solar, year: 1990, month: 6, day: 12))
        #expect(VCardWriter.write(VCard(record: solar, version: .v4)).contains("BDAY:19900612\r\n"))
        #expect(VCardWriter.write(VCard(record: solar, version: .v3)).contains("BDAY:1990-06-12\r\n"))
        let yearless = ContactRecord(formattedName: "a", birthday: ContactBirthday(calendar: .solar, year: nil, month: 6, day: 12))
        #expect(VCardWriter.write(VCard(record: yearless, version: .v4)).contains("BDAY:--0612\r\n"))
        // A lunar birthday: BDAY is the solar day of birth, the lunar date is MustDo's extension.
        let lunar = ContactRecord(formattedName: "a", birthday: ContactBirthday(calendar: .lunar, year: 1990, month: 5, day: 13, isLeapMonth: true))
        let text = VCardWriter.write(VCard(record: lunar, version: .v4))
        #expect(text.contains("BDAY:19900705\r\nX-MUSTDO-LUNAR-BDAY:1990-L05-13\r\n"))
        let lunarNoYear = ContactRecord(formattedName: "a", birthday: ContactBirthday(calendar: .lunar, year: nil, month: 8, day: 15))
        let t2 = VCardWriter.write(VCard(record: lunarNoYear, version: .v3))
        #expect(!t2.contains("BDAY:") || t2.contains("X-MUSTDO-LUNAR-BDAY:--08-15\r\n"))
        #expect(!t2.contains("\r\nBDAY"))
    }

    @Test func aCardIsCompletedWithWhatItsVersionRequires() throws {
        let card = VCard(version: .v3, properties: [.structured("ORG", ["ACME"])])
        let text = VCardWriter.write(card)
        #expect(text.contains("FN:ACME\r\nN:;ACME;;;\r\n"))
        #expect(try VCardReader.parse(text, file: "c").count == 1)
    }

    @Test func parameterValuesAreQuotedOrCaretEscaped() throws {
        let p = VCardProperty(name: "X-MUSTDO-FIELD", parameters: [VCardParameter("X-NAME", ["Say \"hi\"; ok"])], rawValue: "v")
        let v4 = VCardWriter.line(p, version: .v4)
        #expect(v4 == "X-MUSTDO-FIELD;X-NAME=\"Say ^'hi^'; ok\":v")
        let back = try VCardReader.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:a\r\n\(v4)\r\nEND:VCARD\r\n", file: "q")[0]
        #expect(back.extensions == [ContactRecord.Field(name: "Say \"hi\"; ok", value: "v")])
    }
}
