/// A sales figure typed on one line of the sales ranking screen: `customer amount [volume]` for the month shown
/// (`张三 60000 12`, `KH-2026-0002 2500.50`). The customer is everything before the trailing numbers, so a name
/// with spaces works; it is resolved by the store like `mustdo sales add`.
public struct SalesEntryText: Hashable, Sendable {
    /// The month the figure is for.
    public var month: SalesMonth
    /// The line as typed (kept so a refused entry opens again with it).
    public var text: String
    /// The customer as typed: an id, a card number, or an exact name.
    public var customer: String
    /// The amount.
    public var amount: SalesQuantity
    /// The volume (zero when not typed).
    public var volume: SalesQuantity

    /// Reads `text` for `month`, or throws the sentence that says how to write it.
    public init(_ text: String, month: SalesMonth) throws(MustDoError) {
        self.month = month
        self.text = text
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        func isNumber(_ w: String) -> Bool { w.utf8.first.map { (48...57).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") } ?? false }
        // Up to two trailing numbers: amount, then volume.
        var numbers: [String] = []
        var rest = words[...]
        while numbers.count < 2, let last = rest.last, isNumber(last), rest.count > 1 {
            numbers.insert(last, at: 0)
            rest = rest.dropLast()
        }
        guard !numbers.isEmpty, !rest.isEmpty else {
            throw .invalidInput(.rscrSalesEntryShape, ["month": month.description])
        }
        customer = rest.joined(separator: " ")
        if let bad = customer.firstUnsafeScalar() {
            throw .invalidInput(.salesCustomerControl, ["char": "\\u{" + String(bad.value, radix: 16) + "}"])
        }
        amount = try SalesImport.parseQuantity(numbers[0], empty: nil)
        volume = numbers.count > 1 ? try SalesImport.parseQuantity(numbers[1], empty: .zero) : .zero
    }
}
