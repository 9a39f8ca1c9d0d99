import Testing
@testable import MustDoCore

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhenNeededAndEndsRecordsWithCRLF() {
        var w = CSVWriter()
        w.row(["a", "b c", "客户,朋友", "say \"hi\"", "two\nlines", ""])
        w.row(["1"])
        #expect(w.text == "a,b c,\"客户,朋友\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n1\r\n")
    }

    @Test func byteOrderMark() {
        var w = CSVWriter(bom: true)
        w.row(["日期"])
        #expect(Array(w.text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(CSVWriter().text.isEmpty)
    }
}
