import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// Contact CSV: Google's and Outlook's exports, MustDo's own (round trip), and wrong headers.
@Suite struct ContactCSVReaderTests {
    @Test func googleCurrentExport() throws {
        let csv = "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Relation 1 - Label,Relation 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value\r\n"
            + "三,,张,,,,小张,,华东贸易,采购经理,采购部,1990-06-12,\"喜欢钓鱼\n周末有空\",,* myContacts ::: 重点客户,* Work,zhang@example.cn,Home,z@home.cn,Mobile,+86 138 0000 0000 ::: +86 139 0000 0000,Work Fax,021-1,Work,\"南京路 1 号\n上海\",南京路 1 号,上海,,,200000,中国,,Spouse,王芳,Grade,A\r\n"
        let (format, records) = try ContactCSVReader.parse(csv, file: "google.csv")
        #expect(format == .google)
        let r = try #require(records.first)
        #expect(r.formattedName == "张三")
        #expect(r.organization == "华东贸易" && r.title == "采购经理" && r.department == "采购部")
        #expect(r.birthday == ContactBirthday(calendar: .solar, year: 1990, month: 6, day: 12))
        #expect(r.notes == "喜欢钓鱼\n周末有空")
        #expect(r.categories == ["重点客户"])
        #expect(r.emails == [.init(labels: ["pref", "work"], address: "zhang@example.cn"), .init(labels: ["home"], address: "z@home.cn")])
        #expect(r.phones == [.init(labels: ["cell"], number: "+86 138 0000 0000"), .init(labels: ["cell"], number: "+86 139 0000 0000"),
                             .init(labels: ["work", "fax"], number: "021-1")])
        #expect(r.addresses == [.init(labels: ["work"], street: "南京路 1 号", locality: "上海", postalCode: "200000", country: "中国")])
        #expect(r.related == [.init(types: ["spouse"], value: "王芳")])
        #expect(r.custom == [.init(name: "Grade", value: "A"), .init(name: "Nickname", value: "小张")])
    }

    @Test func googleLegacyExport() throws {
        let csv = "Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n"
            + "Li Si,Si,,Li,--03-04,,* My Contacts ::: Friends,* Other,li@x.cn,Mobile,138,,ACME,Buyer\n"
        let r = try ContactCSVReader.parse(csv, file: "g.csv").records[0]
        #expect(r.formattedName == "Li Si" && r.name.given == "Si" && r.name.family == "Li")
        #expect(r.birthday == ContactBirthday(calendar: .solar, year: nil, month: 3, day: 4))
        #expect(r.organization == "ACME" && r.title == "Buyer")
        #expect(r.categories == ["Friends"])
        #expect(r.phones == [.init(labels: ["cell"], number: "138")])
    }

    @Test func outlookExport() throws {
        let csv = "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business Street 2,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Business Fax,Business Phone,Home Phone,Mobile Phone,Anniversary,Birthday,Categories,E-mail Address,E-mail Type,E-mail Display Name,Notes,Priority,Private,Sensitivity,Spouse\r\n"
            + "Mr.,John,Q,Smith,Jr.,Contoso,Sales,Buyer,1 Main St,Floor 2,Seattle,WA,98101,United States,,425-1,425-2,425-3,425-4,0/0/00,6/12/1990,Key;Golf,john@contoso.com,SMTP,John Smith,\"Met at the fair\",Normal,False,Normal,Jane\r\n"
        let (format, records) = try ContactCSVReader.parse(csv, file: "outlook.csv")
        #expect(format == .outlook)
        let r = records[0]
        #expect(r.formattedName == "Mr. John Q Smith Jr.")
        #expect(r.organization == "Contoso" && r.department == "Sales" && r.title == "Buyer")
        #expect(r.phones.map(\.labels) == [["cell"], ["work", "voice"], ["home", "voice"], ["work", "fax"]])
        #expect(r.addresses == [.init(labels: ["work"], street: "1 Main St\nFloor 2", locality: "Seattle", region: "WA", postalCode: "98101", country: "United States")])
        #expect(r.birthday == ContactBirthday(calendar: .solar, year: 1990, month: 6, day: 12))
        #expect(r.categories == ["Key", "Golf"])
        #expect(r.emails == [.init(address: "john@contoso.com")])
        #expect(r.notes == "Met at the fair")
        #expect(r.custom == [.init(name: "Spouse", value: "Jane")])
    }

    @Test func mustDoCSVRoundTripsUnchanged() throws {
        let records = [VCardWriterTests.sample(.v4),
                       ContactRecord(formattedName: "Plain", birthday: ContactBirthday(calendar: .lunar, year: nil, month: 8, day: 15),
                                     custom: [.init(name: "only here", value: "x\ny")])]
        let text = ContactCSVWriter.write(records)
        #expect(text.hasPrefix("\u{FEFF}uid,formatted_name,"))
        let (format, back) = try ContactCSVReader.parse(text, file: "mine.csv")
        #expect(format == .mustdo)
        #expect(back == records)
        // Through a file too (the reader strips the byte-order mark).
        let tmp = TemporaryDirectory()
        try AtomicFile.write(text, to: tmp.path + "/c.csv")
        #expect(try ContactCSVReader.read(path: tmp.path + "/c.csv").records == records)
    }

    @Test func wrongHeadersAreOneSentenceNamingWhatWasExpected() {
        do { _ = try ContactCSVReader.parse("name,phone\nA,1\n", file: "x.csv"); Issue.record("accepted") } catch let e as ExchangeError {
            #expect(e.problems.count == 1)
            #expect(e.message(.en) == "x.csv, line 1: the first line name,phone is not the header line of a contact CSV MustDo reads; export as Google CSV from Google Contacts or as CSV from Outlook, or use MustDo's CSV whose first line starts with `uid,formatted_name`; nothing was imported.")
            #expect(e.message(.zh).contains("uid,formatted_name"))
        } catch { Issue.record("\(error)") }
    }

    @Test func badRowsAreAllListedWithLinesAndNothingIsReturned() {
        let csv = "First Name,Last Name,Company,Birthday\nA,B,C,13/45/1990\n\"multi\nline\",x,y,\nD,E,F,1990-02-30,extra\nG,\"open,H,I\n"
        do { _ = try ContactCSVReader.parse(csv, file: "o.csv"); Issue.record("accepted") } catch let e as ExchangeError {
            #expect(e.problems.map(\.line) == [6])   // an unclosed quote is found first: the rest cannot be split into records
        } catch { Issue.record("\(error)") }
        let csv2 = "First Name,Last Name,Company,Birthday\nA,B,C,13/45/1990\n\"multi\nline\",x,y,\nD,E,F,1990-02-30,extra\n"
        do { _ = try ContactCSVReader.parse(csv2, file: "o.csv"); Issue.record("accepted") } catch let e as ExchangeError {
            #expect(e.problems.map { "\($0.line) \($0.property)" } == ["2 Birthday", "5 "])
            #expect(e.message(.en).hasPrefix("o.csv, line 2, Birthday: 13/45/1990 is not a date"))
        } catch { Issue.record("\(error)") }
    }

    @Test func csvReaderHandlesQuotesCommasAndLineBreaks() throws {
        let recs = try CSVReader.records("a,\"b,\"\"c\"\"\",\"d\r\ne\"\r\n\r\n,,\n", file: "r")
        #expect(recs.map(\.fields) == [["a", "b,\"c\"", "d\ne"], ["", "", ""]])
        #expect(recs.map(\.line) == [1, 4])
        var w = CSVWriter()
        w.row(["x,y", "q\"q", "l\nm"])
        #expect(try CSVReader.records(w.text, file: "w").map(\.fields) == [["x,y", "q\"q", "l\nm"]])
    }
}
