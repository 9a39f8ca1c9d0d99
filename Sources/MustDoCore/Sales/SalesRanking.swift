/// The 80/20 view of one month: customers by sales, each one's share and the cumulative share, the line below
/// which the few customers who bring 80% of the month's sales end, and each figure against the previous month
/// and the same month a year earlier. Computed once here; the console prints it as text, JSON or Markdown and
/// the screen will draw the same rows.
public struct SalesRanking: Sendable {
    /// The customer a row names.
    public struct Customer: Hashable, Sendable {
        /// The card's id.
        public var id: Int64
        /// The serial number (`KH-2026-0001`).
        public var number: String
        /// The name (empty for a forgotten card).
        public var name: String

        /// A customer.
        public init(id: Int64, number: String, name: String) {
            self.id = id
            self.number = number
            self.name = name
        }
    }

    /// One customer's line.
    public struct Row: Sendable {
        /// 1 for the best customer of the month; nil for a customer who bought nothing this month (listed
        /// because they bought in the previous month or a year earlier).
        public var rank: Int?
        /// Who.
        public var customer: Customer
        /// This month's amount.
        public var amount: SalesQuantity
        /// This month's volume.
        public var volume: SalesQuantity
        /// The share of the month's total amount, 0...1.
        public var share: Double
        /// The share of the month's total of this row and every row above it, 0...1.
        public var cumulative: Double
        /// Whether the customer is one of the few who together bring 80% of the month's sales.
        public var isVital: Bool
        /// The previous month's amount (nil when there is none).
        public var previous: SalesQuantity?
        /// The same month's amount a year earlier (nil when there is none).
        public var yearBefore: SalesQuantity?

        /// The change against the previous month as a fraction (0.125 is +12.5%); nil without a previous amount above zero.
        public var vsPrevious: Double? { SalesRanking.change(amount, against: previous) }
        /// The change against the same month a year earlier; nil without such an amount above zero.
        public var vsYearBefore: Double? { SalesRanking.change(amount, against: yearBefore) }
    }

    /// The share of sales the vital few bring (80%).
    public static let vitalShare = 0.8

    /// The month ranked.
    public let month: SalesMonth
    /// The rows: buying customers by amount (then volume, then number), then customers without sales this month.
    public let rows: [Row]
    /// The month's total amount.
    public let total: SalesQuantity
    /// The month's total volume.
    public let totalVolume: SalesQuantity
    /// The previous month's total amount (of every customer).
    public let previousTotal: SalesQuantity
    /// The same month's total amount a year earlier.
    public let yearBeforeTotal: SalesQuantity
    /// Customers who bought this month.
    public let buyingCount: Int
    /// How many of them bring 80% of the amount (the rows marked `isVital`; the line follows the last of them).
    public let vitalCount: Int

    /// Ranks `current` (this month's figures) against `previous` and `yearBefore` (the other months' figures),
    /// naming customers through `customers` (an id without a card is shown by its id).
    public init(month: SalesMonth, customers: [Int64: Customer], current: [SalesFigure], previous: [SalesFigure], yearBefore: [SalesFigure]) {
        self.month = month
        func sums(_ figures: [SalesFigure]) -> [Int64: (amount: SalesQuantity, volume: SalesQuantity)] {
            var out: [Int64: (amount: SalesQuantity, volume: SalesQuantity)] = [:]
            for f in figures {
                let old = out[f.customerID] ?? (.zero, .zero)
                out[f.customerID] = (old.amount + f.amount, old.volume + f.volume)
            }
            return out
        }
        let now = sums(current), before = sums(previous), lastYear = sums(yearBefore)
        func who(_ id: Int64) -> Customer { customers[id] ?? Customer(id: id, number: "#\(id)", name: "") }
        total = now.values.reduce(.zero) { $0 + $1.amount }
        totalVolume = now.values.reduce(.zero) { $0 + $1.volume }
        previousTotal = before.values.reduce(.zero) { $0 + $1.amount }
        yearBeforeTotal = lastYear.values.reduce(.zero) { $0 + $1.amount }
        let buying = now.filter { $0.value.amount > .zero }.map { (who($0.key), $0.value) }.sorted { a, b in
            if a.1.amount != b.1.amount { return a.1.amount > b.1.amount }
            if a.1.volume != b.1.volume { return a.1.volume > b.1.volume }
            return (a.0.number, a.0.id) < (b.0.number, b.0.id)
        }
        let totalValue = Double(total.hundredths)
        var rows: [Row] = []
        rows.reserveCapacity(buying.count)
        var running: Int64 = 0
        var vital = 0
        for (i, (c, f)) in buying.enumerated() {
            // A customer is among the vital few while the rows above have not yet reached 80%.
            let isVital = Double(running) < SalesRanking.vitalShare * totalValue
            running += f.amount.hundredths
            if isVital { vital += 1 }
            rows.append(Row(rank: i + 1, customer: c, amount: f.amount, volume: f.volume,
                            share: Double(f.amount.hundredths) / totalValue, cumulative: Double(running) / totalValue,
                            isVital: isVital, previous: before[c.id]?.amount, yearBefore: lastYear[c.id]?.amount))
        }
        // Who bought before but not this month: after the ranking, biggest previous (then year-before) amount first.
        let silent = Set(before.keys).union(lastYear.keys).filter { (now[$0]?.amount ?? .zero) == .zero }
            .filter { (before[$0]?.amount ?? .zero) > .zero || (lastYear[$0]?.amount ?? .zero) > .zero }
            .map { who($0) }
            .sorted { a, b in
                let pa = before[a.id]?.amount ?? .zero, pb = before[b.id]?.amount ?? .zero
                if pa != pb { return pa > pb }
                let ya = lastYear[a.id]?.amount ?? .zero, yb = lastYear[b.id]?.amount ?? .zero
                if ya != yb { return ya > yb }
                return (a.number, a.id) < (b.number, b.id)
            }
        for c in silent {
            rows.append(Row(rank: nil, customer: c, amount: now[c.id]?.amount ?? .zero, volume: now[c.id]?.volume ?? .zero,
                            share: 0, cumulative: rows.last?.cumulative ?? 0, isVital: false,
                            previous: before[c.id]?.amount, yearBefore: lastYear[c.id]?.amount))
        }
        self.rows = rows
        buyingCount = buying.count
        vitalCount = vital
    }

    /// The share of the month's amount the vital few bring (the cumulative share at the line), 0...1.
    public var vitalSalesShare: Double { vitalCount == 0 ? 0 : rows[vitalCount - 1].cumulative }

    /// The vital few as a share of the customers who bought, 0...1.
    public var vitalCustomerShare: Double { buyingCount == 0 ? 0 : Double(vitalCount) / Double(buyingCount) }

    /// The month's total against the previous month's (nil when that was zero).
    public var totalVsPrevious: Double? { SalesRanking.change(total, against: previousTotal) }

    /// The month's total against the same month a year earlier (nil when that was zero).
    public var totalVsYearBefore: Double? { SalesRanking.change(total, against: yearBeforeTotal) }

    /// `amount` against `base` as a fraction; nil when there is no base above zero.
    public static func change(_ amount: SalesQuantity, against base: SalesQuantity?) -> Double? {
        guard let base, base > .zero else { return nil }
        return Double(amount.hundredths - base.hundredths) / Double(base.hundredths)
    }

    /// A share as a percentage with one decimal: `42.3%`.
    public static func percent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A change as a signed percentage with one decimal: `+12.5%`, `−3.0%`, `±0.0%`.
    public static func signedPercent(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        let a = abs(tenths)
        return "\(sign)\(a / 10).\(a % 10)%"
    }
}
