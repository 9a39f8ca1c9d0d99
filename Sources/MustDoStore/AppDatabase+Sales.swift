import GRDB
import MustDoCore

/// Sales figures per customer and month, and the 80/20 ranking. Each user action is one transaction.
extension AppDatabase {
    /// The result of recording sales for one customer and month.
    public struct SalesEntry: Sendable {
        /// The customer.
        public var customer: Customer
        /// The month's figure after the change.
        public var figure: SalesFigure
    }

    /// Adds `amount` and `volume` to the month's figure of the customer `ref` names (id, number or exact name), in one
    /// transaction; a forgotten card is refused. Returns the new figure.
    public func addSales(customer ref: String, month: SalesMonth, amount: SalesQuantity, volume: SalesQuantity, now: String) throws -> SalesEntry {
        try write { db in
            let c = try AppDatabase.resolveCustomer(db, ref)
            if c.forgottenAt != nil { throw MustDoError.invalidInput(.salesCustomerForgotten, ["customer": c.number]) }
            let old = try Row.fetchOne(db, sql: "SELECT amount, volume FROM sales WHERE customer_id = ? AND month = ?",
                                       arguments: [c.id, month.description])
            let newAmount = SalesQuantity(hundredths: (old?["amount"] ?? 0) + amount.hundredths)
            let newVolume = SalesQuantity(hundredths: (old?["volume"] ?? 0) + volume.hundredths)
            guard newAmount <= .maximum, newVolume <= .maximum else {
                throw MustDoError.invalidInput(.salesTooLarge, ["text": newAmount.description])
            }
            try db.execute(sql: """
                INSERT INTO sales (customer_id, month, amount, volume, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(customer_id, month) DO UPDATE SET amount = excluded.amount, volume = excluded.volume, updated_at = excluded.updated_at
                """, arguments: [c.id, month.description, newAmount.hundredths, newVolume.hundredths, now])
            return SalesEntry(customer: c, figure: SalesFigure(customerID: c.id, month: month, amount: newAmount, volume: newVolume))
        }
    }

    /// What an import did.
    public struct SalesImportResult: Sendable, Equatable {
        /// Lines stored.
        public var lines: Int
        /// Of those, figures that replaced one already stored.
        public var replaced: Int
        /// Different customers named.
        public var customers: Int
        /// The first and last month.
        public var months: ClosedRange<SalesMonth>?
    }

    /// Stores every line in one transaction: each line sets its customer's figure for its month (replacing one stored
    /// before). A customer no card matches, a forgotten card, or a customer and month named twice throws a
    /// `SalesImportProblem` for that line, and nothing is written. With `dryRun` the transaction is rolled back.
    public func importSales(_ lines: [SalesImport.Line], now: String, dryRun: Bool = false) throws -> SalesImportResult {
        try write { db in
            var cache: [String: Customer] = [:]
            var seen: [String: Int] = [:]
            var result = SalesImportResult(lines: 0, replaced: 0, customers: 0, months: nil)
            var customers = Set<Int64>()
            let insert = try db.makeStatement(sql: """
                INSERT INTO sales (customer_id, month, amount, volume, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(customer_id, month) DO UPDATE SET amount = excluded.amount, volume = excluded.volume, updated_at = excluded.updated_at
                """)
            let exists = try db.makeStatement(sql: "SELECT 1 FROM sales WHERE customer_id = ? AND month = ?")
            for line in lines {
                let c: Customer
                if let known = cache[line.customer] {
                    c = known
                } else {
                    do {
                        c = try AppDatabase.resolveCustomer(db, line.customer)
                    } catch let e as MustDoError {
                        throw SalesImportProblem(line: line.line, column: "customer", error: e)
                    }
                    if c.forgottenAt != nil {
                        throw SalesImportProblem(line: line.line, column: "customer", error: .invalidInput(.salesCustomerForgotten, ["customer": c.number]))
                    }
                    cache[line.customer] = c
                }
                let key = "\(c.id) \(line.month)"
                if let first = seen[key] {
                    throw SalesImportProblem(line: line.line, column: "customer", error: .invalidInput(.salesDuplicate, [
                        "customer": (c.number + " " + c[.name]).quotedForMessage(), "month": line.month.description, "first": String(first)]))
                }
                seen[key] = line.line
                if try Bool.fetchOne(exists, arguments: [c.id, line.month.description]) == true { result.replaced += 1 }
                try insert.execute(arguments: [c.id, line.month.description, line.amount.hundredths, line.volume.hundredths, now])
                result.lines += 1
                customers.insert(c.id)
                if let m = result.months {
                    result.months = min(m.lowerBound, line.month)...max(m.upperBound, line.month)
                } else {
                    result.months = line.month...line.month
                }
            }
            result.customers = customers.count
            if dryRun { throw SalesDryRun(result: result) }
            return result
        }
    }

    /// Same as `importSales` with `dryRun`, returning what would be stored.
    public func checkSalesImport(_ lines: [SalesImport.Line], now: String) throws -> SalesImportResult {
        do {
            return try importSales(lines, now: now, dryRun: true)
        } catch let dry as SalesDryRun {
            return dry.result
        }
    }

    /// The latest month with figures on or before `month`, or nil when there are none.
    public func latestSalesMonth(notAfter month: SalesMonth) throws -> SalesMonth? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT max(month) FROM sales WHERE month <= ?", arguments: [month.description]).flatMap { SalesMonth(parsing: $0) }
        }
    }

    /// The ranking of `month`, read in one transaction. A card merged into another counts as the card it went into.
    public func salesRanking(month: SalesMonth) throws -> SalesRanking {
        try read { db in
            func figures(_ m: SalesMonth?) throws -> [SalesFigure] {
                guard let m else { return [] }
                // Columns by position, the month known: decoding by name was most of the read for 2,000 customers.
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT coalesce(c.merged_into, s.customer_id), s.amount, s.volume
                    FROM sales s JOIN customer c ON c.id = s.customer_id WHERE s.month = ?
                    """, arguments: [m.description])
                var out: [SalesFigure] = []
                while let row = try rows.next() {
                    out.append(SalesFigure(customerID: row[0], month: m, amount: SalesQuantity(hundredths: row[1]), volume: SalesQuantity(hundredths: row[2])))
                }
                return out
            }
            let current = try figures(month), previous = try figures(month.previous), yearBefore = try figures(month.yearBefore)
            var ids = Set(current.map(\.customerID))
            ids.formUnion(previous.map(\.customerID))
            ids.formUnion(yearBefore.map(\.customerID))
            var customers: [Int64: SalesRanking.Customer] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, number, name FROM customer WHERE id IN (SELECT value FROM json_each(?))",
                                           arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
            while let row = try rows.next() {
                let id: Int64 = row[0]
                customers[id] = SalesRanking.Customer(id: id, number: row[1], name: row[2])
            }
            return SalesRanking(month: month, customers: customers, current: current, previous: previous, yearBefore: yearBefore)
        }
    }

    /// The figures of one customer, newest month first.
    public func salesFigures(customerID: Int64) throws -> [SalesFigure] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT customer_id, month, amount, volume FROM sales WHERE customer_id = ? ORDER BY month DESC",
                             arguments: [customerID]).compactMap(SalesRecord.figure)
        }
    }
}

/// Unwinds a dry-run import's transaction, carrying what it would have stored.
private struct SalesDryRun: Error {
    var result: AppDatabase.SalesImportResult
}
