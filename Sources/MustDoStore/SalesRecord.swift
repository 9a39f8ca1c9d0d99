import GRDB
import MustDoCore

/// How sales figures and a card's own dates map to rows (migration `v6-sales`).
enum SalesRecord {
    /// The `v6-sales` migration: a customer's sales per month, and the dates on a card a salesperson greets on.
    static let migration = """
        -- One customer's sales in one month: amount and volume in hundredths (exact decimals with two places).
        CREATE TABLE sales (
          customer_id INTEGER NOT NULL REFERENCES customer(id),
          month TEXT NOT NULL CHECK (length(month) = 7 AND month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
          amount INTEGER NOT NULL CHECK (amount >= 0),
          volume INTEGER NOT NULL DEFAULT 0 CHECK (volume >= 0),
          updated_at TEXT NOT NULL,
          PRIMARY KEY (customer_id, month)
        ) WITHOUT ROWID;
        CREATE INDEX sales_by_month ON sales(month);
        -- Other dates on a card to greet on (a wedding anniversary, the company's founding day): solar YYYY-MM-DD
        -- or lunar:YYYY-MM-DD (L before a leap month), kept each year like a birthday.
        CREATE TABLE customer_date (
          customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
          label TEXT NOT NULL,
          date TEXT NOT NULL,
          PRIMARY KEY (customer_id, label)
        ) WITHOUT ROWID;
        """

    /// The tables `v6-sales` creates.
    static let tables = ["sales", "customer_date"]

    /// A figure from a `sales` row (`customer_id`, `month`, `amount`, `volume`).
    static func figure(_ row: Row) -> SalesFigure? {
        guard let month = SalesMonth(parsing: row["month"] as String) else { return nil }
        return SalesFigure(customerID: row["customer_id"], month: month,
                           amount: SalesQuantity(hundredths: row["amount"]), volume: SalesQuantity(hundredths: row["volume"]))
    }
}
