import Foundation
import Testing
@testable import MustDoCore
import MustDoTestSupport

/// Fuzzing of the contact readers (FuzzKit: mutated vCards and CSVs, deterministic seed). Each case must end
/// either accepted, and then write→read again gives the same cards (records), or refused with an
/// `ExchangeError` whose sentences are single non-empty lines in both languages with exit code 65.
@Suite(.serialized) struct ExchangeFuzzTests {
    static func refused(_ error: Error) throws -> Bool {
        guard let e = error as? ExchangeError else { throw FuzzProblem("not an ExchangeError: \(type(of: error)) \(error)") }
        if e.problems.isEmpty { throw FuzzProblem("an ExchangeError without problems") }
        for language in [Language.en, .zh] {
            for line in e.lines(language) + [e.message(language)] where line.isEmpty || line.contains("\n") || line.contains("\r") {
                throw FuzzProblem("a \(language) sentence that is empty or not one line: \(String(reflecting: line))")
            }
        }
        if e.exitCode != 65 { throw FuzzProblem("exit code \(e.exitCode)") }
        return false
    }

    /// The first field in which two records differ, as "label: old became new".
    static func difference(_ a: ContactRecord, _ b: ContactRecord) -> String {
        for (x, y) in zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children) where "\(x.value)" != "\(y.value)" {
            return "\(x.label ?? "?"): \(String(reflecting: x.value)) became \(String(reflecting: y.value))"
        }
        return "records differ"
    }

    static let vcards: [String] = VCardVersion.allCases.map { v in
        VCardWriter.write(VCardOracleTests.records().map { VCard(record: $0, version: v) })
    } + ["BEGIN:VCARD\nVERSION:3.0\nFN:a\nTEL;TYPE=\"work,voice\";CELL:1\nitem1.ADR:;;x\\;y;z\nEND:VCARD\n"]

    @Test func vCardReader() {
        let report = Fuzz.run("VCardReader.parse", cases: Fuzz.cases(ci: 20000), corpus: Self.vcards) { text in
            do {
                let cards = try VCardReader.parse(text, file: "f.vcf")
                let again = try VCardReader.parse(VCardWriter.write(cards), file: "again.vcf")
                // The writer completes a card (FN, N in 3.0); a completed card is unchanged by a second trip.
                let expected = cards.map(VCardWriter.completed)
                if again != expected {
                    let pairs = zip(again.flatMap(\.properties), expected.flatMap(\.properties))
                    let first = pairs.first { $0.0 != $0.1 }.map { "\($0.1) became \($0.0)" } ?? "\(expected.count) cards became \(again.count)"
                    throw FuzzProblem("write→read changed the cards: \(first)")
                }
                return true
            } catch let p as FuzzProblem { throw p } catch { return try Self.refused(error) }
        }
        print(report)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(10).joined(separator: "\n"))")
    }

    static let csvs: [String] = [ContactCSVWriter.write(VCardOracleTests.records()),
        "First Name,Last Name,Company,Mobile Phone,E-mail Address,Birthday,Categories\r\nJohn,Smith,ACME,1,j@x,6/12/1990,a;b\r\n",
        "First Name,Middle Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n三,,张,华东,* Work,z@x.cn,Mobile,1 ::: 2\n"]

    @Test func contactCSVReader() {
        let report = Fuzz.run("ContactCSVReader.parse", cases: Fuzz.cases(ci: 20000), corpus: Self.csvs) { text in
            do {
                let (format, records) = try ContactCSVReader.parse(text, file: "c.csv")
                if format == .mustdo {
                    let again = try ContactCSVReader.parse(ContactCSVWriter.write(records), file: "again.csv").records
                    // A CSV has one column order for all records: custom fields come back in column order.
                    func sorted(_ rs: [ContactRecord]) -> [ContactRecord] { rs.map { var r = $0; r.custom.sort { $0.name < $1.name }; return r } }
                    if sorted(again) != sorted(records) {
                        let first = zip(sorted(again), sorted(records)).first { $0.0 != $0.1 }.map { Self.difference($0.1, $0.0) } ?? "\(records.count) records became \(again.count)"
                        throw FuzzProblem("MustDo CSV write→read changed the records: \(first)")
                    }
                }
                return true
            } catch let p as FuzzProblem { throw p } catch { return try Self.refused(error) }
        }
        print(report)
        #expect(report.problems.isEmpty, "\(report.problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func tenThousandCardsInOneFileReadBackWhole() throws {
        var cards: [VCard] = []
        for i in 0..<10_000 {
            cards.append(VCard(record: ContactRecord(formattedName: "客户 \(i)", name: .init(family: "客", given: "户\(i)"), organization: "公司 \(i % 97)",
                                                     phones: [.init(labels: ["cell"], number: "+86 138 \(10_000_000 + i)")],
                                                     emails: [.init(labels: ["work"], address: "c\(i)@example.cn")],
                                                     notes: "第 \(i) 位客户; 喜欢钓鱼, 周末有空")))
        }
        let text = VCardWriter.write(cards)
        let started = Date()
        let back = try VCardReader.parse(text, file: "big.vcf")
        print("vcard: read 10,000 cards (\(text.utf8.count) bytes) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        #expect(back == cards)
        #expect(Set(back.map(\.resolvedUID)).count == 10_000)
    }
}
