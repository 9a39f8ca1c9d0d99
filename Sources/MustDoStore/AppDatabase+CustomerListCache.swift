import MustDoCore

/// The finished `customers list` tables kept in the file (`customer_list_cache`, migration `v16-customer-list-cache`),
/// so the same list asked again, with nothing changed, is written from one stored value instead of being worked out from
/// 10,000 cards (`QuickCustomerList`).
///
/// A stored table is never trusted past a change: triggers empty the table whenever a card, a card's tag or a card's
/// person is added, changed or removed (`customerListCacheTriggers`), whichever code wrote (MustDo, a team sync, the sqlite3 shell). Everything
/// else a table depends on is in its key (the day, the language, the review interval, the options, this binary), so a
/// table is only ever replayed for the same question on the same data. A table is stored only in the transaction of
/// the read that made it: if anything was written since that read began, SQLite refuses the write and nothing is kept.
extension AppDatabase {
    /// The `v16-customer-list-cache` migration: the table and the triggers that empty it.
    static var customerListCacheMigration: String {
        var sql = """
            -- Finished customers-list tables by question (QuickCustomerList); emptied by any change of what they show.
            CREATE TABLE customer_list_cache (
              id INTEGER PRIMARY KEY,
              key TEXT NOT NULL UNIQUE,
              day TEXT NOT NULL,
              output BLOB  -- NULL: asked once since the cards last changed, not kept yet
            );

            """
        for (table, event, name) in customerListCacheTriggers {
            sql += "CREATE TRIGGER \(table)_\(name)_list_cache AFTER \(event) ON \(table) WHEN EXISTS (SELECT 1 FROM customer_list_cache) BEGIN DELETE FROM customer_list_cache; END;\n"
        }
        return sql
    }

    /// The changes that empty `customer_list_cache`: of the cards (every column the list shows, filters or warns on),
    /// of their tags (`--tag`) and of their people's names (a search matches them). A person added or removed needs no
    /// trigger of its own: `v12-customer-summary`'s triggers update the card then (its completeness), which fires the
    /// card's. Each trigger costs every command its parse (about 35K instructions), so there are no more than these.
    static let customerListCacheTriggers = [("customer", "INSERT", "added"), ("customer", "UPDATE", "changed"), ("customer", "DELETE", "removed"),
                                            ("customer_tag", "INSERT", "added"), ("customer_tag", "UPDATE", "changed"),
                                            ("customer_tag", "DELETE", "removed"), ("customer_person", "UPDATE", "changed")]

    /// The tables the `v16-customer-list-cache` migration creates.
    static let customerListCacheTables = ["customer_list_cache"]

    /// How many tables are kept at most (the newest; any of another day goes first).
    static let customerListCacheLimit = 8

    /// The size from which a table is kept (the second time it is asked for: a megabyte's write is a third of a full
    /// list's time, wasted when the cards change before the list is asked again). A smaller table is never kept: the
    /// write and the checkpoint at close (about 1.3 ms) cost what working it out again does.
    public static let customerListKeptFrom = 1 << 16
}
