import GRDB
import MustDoCore

/// Each card's completeness kept in the card's row (`customer.missing`, the `v12-customer-summary` migration), so the
/// list reads one integer a card instead of testing its 14 items and looking up its people on every read (that test
/// was 18k instructions a card, most of `customers list` on 10,000 cards).
///
/// The stored value is never trusted blindly: triggers set it to NULL whenever anything it depends on changes (the
/// 14 items' columns, the card's people), whichever code wrote; every customer write (`customerWrite`) works the NULL
/// ones out again in its own transaction; and the list works out a NULL one in the same query (`missingOrWorkedOut`),
/// so a write made by an older MustDo or outside the store never shows a wrong count. The date-dependent checks (not
/// reviewed for too long, a decision date passed) stay in the list's query: they change with the day, not the card.
extension AppDatabase {
    /// `CardItem`'s 14 items as a bit mask of the missing ones (bit `rawValue - 1`), in SQL over the row of table or
    /// alias `row`; the same tests as `CardItem.isFilled`, in the same order.
    static func missingMaskSQL(_ row: String) -> String {
        """
        ((name = '')
          | ((decision_maker = '' AND NOT EXISTS (SELECT 1 FROM customer_person p WHERE p.customer_id = \(row).id AND p.role = 'decision-maker')) << 1)
          | ((grade = '' AND tier = '') << 2)
          | ((address = '' AND phone = '' AND email = '') << 3)
          | ((needs = '') << 4) | ((financial = '') << 5) | ((business = '') << 6) | ((purchasing = '') << 7)
          | ((credit = '') << 8) | ((relations = '') << 9)
          | ((contact = '' AND NOT EXISTS (SELECT 1 FROM customer_person p WHERE p.customer_id = \(row).id AND p.role = 'contact')) << 10)
          | ((created_by = '' OR created_at = '') << 11)
          | ((number = '') << 12) | ((notes = '') << 13))
        """
    }

    /// The card's stored mask, or, when it is not stored (NULL: written since the last customer write), worked out in
    /// place (`coalesce` evaluates its second argument only then).
    static func missingOrWorkedOut(_ row: String) -> String {
        "coalesce(\(row).missing, \(missingMaskSQL(row)))"
    }

    /// The `v12-customer-summary` migration: the column, the triggers that clear it, and every existing card's value;
    /// then the search keys' start pairs and their index (the keys are built again by `customerSummaryMigrate`).
    /// The trigger text is kept short: SQLite parses the whole schema at every connection, `mustdo today` included.
    static var customerSummaryMigration: String {
        """
        ALTER TABLE customer ADD COLUMN missing INTEGER;
        CREATE INDEX customer_missing_unknown ON customer(id) WHERE missing IS NULL;
        CREATE TRIGGER customer_summary_card AFTER UPDATE OF name, decision_maker, grade, tier, address, phone, email, needs, financial,
          business, purchasing, credit, relations, contact, created_by, created_at, number, notes ON customer
          BEGIN UPDATE customer SET missing = NULL WHERE id = NEW.id; END;
        CREATE TRIGGER customer_summary_person_in AFTER INSERT ON customer_person
          BEGIN UPDATE customer SET missing = NULL WHERE id = NEW.customer_id; END;
        CREATE TRIGGER customer_summary_person_out AFTER DELETE ON customer_person
          BEGIN UPDATE customer SET missing = NULL WHERE id = OLD.customer_id; END;
        CREATE TRIGGER customer_summary_person_change AFTER UPDATE OF customer_id, role ON customer_person
          BEGIN UPDATE customer SET missing = NULL WHERE id IN (OLD.customer_id, NEW.customer_id); END;
        \(customerSummaryRefresh);
        -- The search keys' second quick test (SearchKey.startPairs), and an index that holds both tests, so a search
        -- reads the narrow index instead of every card and key; the keys are rebuilt with it (storedVersion 3).
        ALTER TABLE customer_search_key ADD COLUMN pairs0 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs1 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs2 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs3 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs4 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs5 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs6 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs7 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs8 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs9 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs10 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE customer_search_key ADD COLUMN pairs11 INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX customer_search_key_filter ON customer_search_key(version, mask, pairs0, pairs1, pairs2, pairs3, pairs4, pairs5,
          pairs6, pairs7, pairs8, pairs9, pairs10, pairs11);
        DELETE FROM customer_search_key;
        """
    }

    /// Runs the `v12-customer-summary` migration: its SQL, then every card's search key built again.
    static func customerSummaryMigrate(_ db: Database) throws {
        try db.execute(sql: customerSummaryMigration)
        try refreshCustomerSearchKeys(db, startPairRows: false)   // `v15-customer-list` fills them
    }

    /// The start-pair columns of `customer_search_key`, in order (`SearchKey.startPairs`; the migration made
    /// `SearchKey.pairWords` of them).
    static let pairColumns = (0..<SearchKey.pairWords).map { "pairs\($0)" }.joined(separator: ", ")

    /// Works out the mask of every card whose mask is not stored (a new card's is NULL until then).
    static var customerSummaryRefresh: String {
        "UPDATE customer SET missing = \(missingMaskSQL("customer")) WHERE missing IS NULL"
    }

    /// Stores the masks that are not stored (inside a write transaction).
    static func refreshCustomerSummaries(_ db: Database) throws {
        try db.execute(sql: customerSummaryRefresh)
    }

    /// Stores the masks that are not stored (after a write by an older MustDo or outside the store); does nothing,
    /// cheaply, when all are. Returns whether any was missing.
    @discardableResult
    public func refreshCustomerSummaries() throws -> Bool {
        let missing = try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM customer WHERE missing IS NULL)") ?? false
        }
        guard missing else { return false }
        try customerWrite { _ in }
        return true
    }

    /// The items of card `id` its stored mask says are missing, in the card's order; nil when it has no stored mask
    /// (for tests and checks: it must equal `FilingReport.missing`).
    public func storedMissingItems(id: Int64) throws -> [CardItem]? {
        try read { db in
            guard let mask = try Int.fetchOne(db, sql: "SELECT missing FROM customer WHERE id = ?", arguments: [id]) else { return nil }
            return CardItem.allCases.filter { mask & (1 << ($0.rawValue - 1)) != 0 }
        }
    }
}
