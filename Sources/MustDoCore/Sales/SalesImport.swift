/// Reading a CSV file of monthly sales: a header naming the columns `customer`, `month`, `amount` and optionally
/// `volume` (in any order; 客户, 月份, 金额, 销量 also work), then one line per customer and month.
///
/// The whole file is checked before anything is stored; the first problem is thrown with its line and column.
/// Customers are resolved by the store, inside the transaction that writes the lines.
public enum SalesImport {
    /// One line of the file, checked except for the customer (resolved when it is stored).
    public struct Line: Hashable, Sendable {
        /// The line in the file.
        public var line: Int
        /// The customer as written: an id, a serial number, or an exact name or company.
        public var customer: String
        /// The month.
        public var month: SalesMonth
        /// The amount.
        public var amount: SalesQuantity
        /// The volume (zero when the column is absent or empty).
        public var volume: SalesQuantity

        /// A line.
        public init(line: Int, customer: String, month: SalesMonth, amount: SalesQuantity, volume: SalesQuantity) {
            self.line = line
            self.customer = customer
            self.month = month
            self.amount = amount
            self.volume = volume
        }
    }

    /// The columns, with the header names each accepts (compared without case and surrounding spaces).
    static let headerNames: [(column: String, names: Set<String>)] = [
        ("customer", ["customer", "客户"]),
        ("month", ["month", "月份"]),
        ("amount", ["amount", "金额", "销售额"]),
        ("volume", ["volume", "销量", "数量"]),
    ]

    /// The checked lines of `csv`.
    public static func lines(csv text: String) throws(SalesImportProblem) -> [Line] {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text, file: "")
        } catch let e as ExchangeError {
            throw SalesImportProblem(line: e.problems.first?.line ?? 0, column: "CSV", error: .invalidInput(.salesCSVBroken, [:]))
        } catch {
            throw SalesImportProblem(line: 0, column: "CSV", error: .invalidInput(.salesCSVBroken, [:]))
        }
        guard let header = records.first else {
            throw SalesImportProblem(line: 1, column: "header", error: .invalidInput(.salesFileEmpty, [:]))
        }
        var position: [String: Int] = [:]
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace().lowercased()
            guard let column = headerNames.first(where: { $0.names.contains(name) })?.column, position[column] == nil else {
                throw SalesImportProblem(line: header.line, column: "header", error: .invalidInput(.salesHeaderInvalid, ["found": header.fields.joined(separator: ",").quotedForMessage()]))
            }
            position[column] = i
        }
        guard let c = position["customer"], let m = position["month"], let a = position["amount"] else {
            throw SalesImportProblem(line: header.line, column: "header", error: .invalidInput(.salesHeaderInvalid, ["found": header.fields.joined(separator: ",").quotedForMessage()]))
        }
        let v = position["volume"]
        guard records.count > 1 else {
            throw SalesImportProblem(line: header.line, column: "header", error: .invalidInput(.salesFileEmpty, [:]))
        }
        var out: [Line] = []
        out.reserveCapacity(records.count - 1)
        for r in records.dropFirst() {
            guard r.fields.count == header.fields.count else {
                throw SalesImportProblem(line: r.line, column: "CSV", error: .invalidInput(.salesFieldCount, [
                    "count": String(r.fields.count), "expected": String(header.fields.count)]))
            }
            let customer = r.fields[c].trimmingWhitespace()
            guard !customer.isEmpty else { throw SalesImportProblem(line: r.line, column: "customer", error: .invalidInput(.salesCustomerEmpty, [:])) }
            if let bad = customer.firstUnsafeScalar() {
                throw SalesImportProblem(line: r.line, column: "customer", error: .invalidInput(.salesCustomerControl, ["char": "\\u{" + String(bad.value, radix: 16) + "}"]))
            }
            let month: SalesMonth
            do { month = try parseMonth(r.fields[m]) } catch { throw SalesImportProblem(line: r.line, column: "month", error: error) }
            let amount: SalesQuantity
            do { amount = try parseQuantity(r.fields[a], empty: nil) } catch { throw SalesImportProblem(line: r.line, column: "amount", error: error) }
            var volume = SalesQuantity.zero
            if let v {
                do { volume = try parseQuantity(r.fields[v], empty: .zero) } catch { throw SalesImportProblem(line: r.line, column: "volume", error: error) }
            }
            out.append(Line(line: r.line, customer: customer, month: month, amount: amount, volume: volume))
        }
        return out
    }

    /// A month typed by the user (`2026-11`), or the sentence that says how to write one.
    public static func parseMonth(_ text: String) throws(MustDoError) -> SalesMonth {
        let t = text.trimmingWhitespace()
        guard let month = SalesMonth(parsing: t) else {
            throw .invalidInput(.salesMonthInvalid, ["text": String(t.prefix(40)).quotedForMessage()])
        }
        return month
    }

    /// An amount or volume typed by the user; an empty text is `empty` (nil: refused).
    public static func parseQuantity(_ text: String, empty: SalesQuantity?) throws(MustDoError) -> SalesQuantity {
        let t = text.trimmingWhitespace()
        if t.isEmpty {
            if let empty { return empty }
            throw .invalidInput(.salesAmountEmpty, [:])
        }
        let shown = String(t.prefix(40)).quotedForMessage()
        do {
            return try SalesQuantity.parse(t)
        } catch {
            switch error {
            case .notANumber: throw .invalidInput(.salesNotANumber, ["text": shown])
            case .negative: throw .invalidInput(.salesNegative, ["text": shown])
            case .tooPrecise: throw .invalidInput(.salesTooPrecise, ["text": shown])
            case .tooLarge: throw .invalidInput(.salesTooLarge, ["text": shown])
            }
        }
    }
}
