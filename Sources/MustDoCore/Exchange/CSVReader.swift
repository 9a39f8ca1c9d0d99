/// RFC 4180 CSV parsing, the reading side of `CSVWriter`: records of fields separated by commas, fields
/// quoted with `"` (a quote doubled inside) may hold commas and line breaks; records end in CRLF or LF.
public enum CSVReader {
    /// One record and the line it starts on (1-based).
    public struct Record: Hashable, Sendable {
        /// The line the record starts on.
        public var line: Int
        /// The fields, unquoted.
        public var fields: [String]
    }

    /// The records of `text` (a byte-order mark already removed by the file reader is fine either way);
    /// blank lines are skipped. Throws `ExchangeError` at the line of a quote that is never closed.
    public static func records(_ text: String, file: String) throws -> [Record] {
        var out: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 0
        var afterQuote = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRecord() {
            fields.append(field)
            field = ""
            if !(fields.count == 1 && fields[0].isEmpty) { out.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while let u = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if u == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field += "\"" } else { inQuotes = false; afterQuote = true; pending = next }
                } else {
                    if u == "\n" { line += 1 }
                    if u == "\r" {
                        // A CRLF inside a field is one line break, kept as LF.
                        let next = iterator.next()
                        line += 1
                        field += "\n"
                        if next != "\n" { pending = next }
                        continue
                    }
                    field.unicodeScalars.append(u)
                }
                continue
            }
            switch u {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r", "\n":
                if u == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(u)
            }
        }
        if inQuotes {
            throw ExchangeError([ExchangeProblem(file: file, line: quoteLine, property: "", reason: .csvUnclosedQuote)])
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return out
    }
}
