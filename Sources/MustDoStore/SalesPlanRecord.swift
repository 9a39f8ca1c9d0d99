/// The `v11-sales-plan` migration: the sales plan (target) per month the period review measures sales against.
enum SalesPlanRecord {
    /// One row per month with a plan; the amount in hundredths like the sales figures.
    static let migration = """
        CREATE TABLE sales_plan (
          month TEXT PRIMARY KEY NOT NULL CHECK (length(month) = 7 AND month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
          amount INTEGER NOT NULL CHECK (amount >= 0),
          updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """

    /// The tables the migration creates.
    static let tables = ["sales_plan"]
}
