import GRDB
import MustDoCore

/// The monthly sales plan (`v11-sales-plan`): set, cleared and read, each change its own transaction.
extension AppDatabase {
    /// Sets (or, with nil, removes) the sales plan of `month` in one transaction; returns the plan before.
    @discardableResult
    public func setSalesPlan(month: SalesMonth, amount: SalesQuantity?, now: String) throws -> SalesQuantity? {
        try write { db in
            let before = try Int64.fetchOne(db, sql: "SELECT amount FROM sales_plan WHERE month = ?", arguments: [month.description]).map(SalesQuantity.init)
            if let amount {
                try db.execute(sql: """
                    INSERT INTO sales_plan (month, amount, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(month) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at
                    """, arguments: [month.description, amount.hundredths, now])
            } else {
                try db.execute(sql: "DELETE FROM sales_plan WHERE month = ?", arguments: [month.description])
            }
            return before
        }
    }

    /// The monthly plans of `months`, in month order.
    public func salesPlans(_ months: ClosedRange<SalesMonth>) throws -> [(month: SalesMonth, amount: SalesQuantity)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT month, amount FROM sales_plan WHERE month BETWEEN ? AND ? ORDER BY month",
                             arguments: [months.lowerBound.description, months.upperBound.description]).compactMap { row in
                SalesMonth(parsing: row[0] as String).map { ($0, SalesQuantity(hundredths: row[1])) }
            }
        }
    }
}
