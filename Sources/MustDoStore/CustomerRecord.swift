import GRDB
import MustDoCore

/// How a customer card maps to the `customer`, `customer_person` and `customer_tag` rows (decoded by column name).
enum CustomerRecord {
    /// The `v4-customers` migration: the card, its people, tags and history, and the serial-number sequences.
    static let migration = """
        -- The customer card (seed 002's 14 fields, seed 001's tier, prospect conditions and status, what the routines
        -- ask to learn). Empty text means "not filled in". A forgotten card keeps only its number, tier, status and dates.
        CREATE TABLE customer (
          id INTEGER PRIMARY KEY,
          number TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL DEFAULT '',
          company TEXT NOT NULL DEFAULT '',
          decision_maker TEXT NOT NULL DEFAULT '',
          grade TEXT NOT NULL DEFAULT '',
          address TEXT NOT NULL DEFAULT '',
          phone TEXT NOT NULL DEFAULT '',
          email TEXT NOT NULL DEFAULT '',
          needs TEXT NOT NULL DEFAULT '',
          financial TEXT NOT NULL DEFAULT '',
          business TEXT NOT NULL DEFAULT '',
          purchasing TEXT NOT NULL DEFAULT '',
          credit TEXT NOT NULL DEFAULT '',
          relations TEXT NOT NULL DEFAULT '',
          contact TEXT NOT NULL DEFAULT '',
          created_by TEXT NOT NULL DEFAULT '',
          notes TEXT NOT NULL DEFAULT '',
          tier TEXT NOT NULL DEFAULT '' CHECK (tier IN ('', 'key', 'important', 'general')),
          decision_date TEXT NOT NULL DEFAULT '',
          buying_power TEXT NOT NULL DEFAULT 'unknown' CHECK (buying_power IN ('yes', 'no', 'unknown')),
          has_need TEXT NOT NULL DEFAULT 'unknown' CHECK (has_need IN ('yes', 'no', 'unknown')),
          approachable TEXT NOT NULL DEFAULT 'unknown' CHECK (approachable IN ('yes', 'no', 'unknown')),
          authority TEXT NOT NULL DEFAULT 'unknown' CHECK (authority IN ('yes', 'no', 'unknown')),
          status TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'customer', 'dormant', 'lost')),
          lost_reason TEXT NOT NULL DEFAULT '',
          personality TEXT NOT NULL DEFAULT '',
          hobbies TEXT NOT NULL DEFAULT '',
          family TEXT NOT NULL DEFAULT '',
          social TEXT NOT NULL DEFAULT '',
          birthday TEXT NOT NULL DEFAULT '',
          trust TEXT NOT NULL DEFAULT '' CHECK (trust IN ('', 'greeting', 'facts', 'views', 'hobbies', 'values')),
          referred_by TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          reviewed_on TEXT,
          archived_at TEXT,
          merged_into INTEGER REFERENCES customer(id),
          forgotten_at TEXT
        );
        -- The people at a customer with their part in a purchase.
        CREATE TABLE customer_person (
          customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          role TEXT NOT NULL CHECK (role IN ('decision-maker', 'buyer', 'user', 'contact')),
          note TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (customer_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE customer_tag (
          customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
          tag TEXT NOT NULL,
          PRIMARY KEY (customer_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX customer_tag_by_tag ON customer_tag(tag);
        -- What changed and when; a forget erases old and new but keeps the lines (anonymous counts).
        CREATE TABLE customer_history (
          id INTEGER PRIMARY KEY,
          customer_id INTEGER NOT NULL REFERENCES customer(id),
          at TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('create', 'edit', 'archive', 'restore', 'merge-in', 'merge-into', 'forget', 'review')),
          field TEXT,
          old TEXT,
          new TEXT,
          other_id INTEGER REFERENCES customer(id)
        );
        CREATE INDEX customer_history_by_card ON customer_history(customer_id, id);
        -- The last sequence number handed out per prefix: only ever grows, so a number is never reused.
        CREATE TABLE customer_sequence (
          prefix TEXT PRIMARY KEY NOT NULL,
          last INTEGER NOT NULL
        ) WITHOUT ROWID;
        """

    /// The tables the migration creates.
    static let tables = ["customer", "customer_person", "customer_tag", "customer_history", "customer_sequence"]

    /// The field columns, in `CustomerField` order.
    static let fieldColumns = CustomerField.allCases.map(\.column)

    /// The columns read for a card.
    static let selection = (["id", "number"] + fieldColumns + ["created_at", "updated_at", "reviewed_on", "archived_at", "merged_into", "forgotten_at", "last_contact"])
        .joined(separator: ", ")

    /// A card from a row of `selection` (people and tags are added by the caller). Read by position in `selection`,
    /// whose column list is built right above: looking 37 columns up by name was most of the time of listing 10,000 cards.
    static func card(_ row: Row) -> Customer {
        var c = Customer(name: "", createdAt: row[2 + fieldCount])
        c.id = row[0]
        c.number = row[1]
        for (i, field) in CustomerField.allCases.enumerated() {
            let text: String = row[2 + i]
            if !text.isEmpty { c[field] = text }
        }
        c.updatedAt = row[3 + fieldCount]
        c.reviewedOn = (row[4 + fieldCount] as String?).flatMap { LocalDate(parsing: $0) }
        c.archivedAt = row[5 + fieldCount]
        c.mergedInto = row[6 + fieldCount]
        c.forgottenAt = row[7 + fieldCount]
        c.lastContact = (row[8 + fieldCount] as String?).flatMap { LocalDate(parsing: $0) }
        return c
    }

    /// How many field columns `selection` holds after `id` and `number`.
    static let fieldCount = CustomerField.allCases.count

    /// Fills in the people and tags of `cards`, in two queries.
    static func attachPeopleAndTags(_ db: Database, _ cards: inout [Customer]) throws {
        guard !cards.isEmpty else { return }
        var index: [Int64: Int] = [:]
        for (i, c) in cards.enumerated() { index[c.id] = i }
        let ids = cards.count <= 500 ? "WHERE customer_id IN (" + cards.map { String($0.id) }.joined(separator: ",") + ")" : ""
        for row in try Row.fetchAll(db, sql: "SELECT customer_id, name, role, note FROM customer_person \(ids) ORDER BY customer_id, position") {
            guard let i = index[row["customer_id"]] else { continue }
            cards[i].people.append(CustomerPerson(name: row["name"], role: PersonRole(rawValue: row["role"]) ?? .contact, note: row["note"]))
        }
        for row in try Row.fetchAll(db, sql: "SELECT customer_id, tag FROM customer_tag \(ids) ORDER BY customer_id, tag") {
            guard let i = index[row["customer_id"]] else { continue }
            cards[i].tags.append(row["tag"])
        }
    }

    /// Writes the people and tags of `card` (replacing what was stored).
    static func savePeopleAndTags(_ db: Database, _ card: Customer) throws {
        try db.execute(sql: "DELETE FROM customer_person WHERE customer_id = ?", arguments: [card.id])
        for (i, p) in card.people.enumerated() {
            try db.execute(sql: "INSERT INTO customer_person (customer_id, position, name, role, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [card.id, i, p.name, p.role.rawValue, p.note])
        }
        try db.execute(sql: "DELETE FROM customer_tag WHERE customer_id = ?", arguments: [card.id])
        for t in card.tags {
            try db.execute(sql: "INSERT INTO customer_tag (customer_id, tag) VALUES (?, ?)", arguments: [card.id, t])
        }
    }

    /// The people as one history text: `NAME:ROLE[:NOTE]; …`.
    static func peopleText(_ people: [CustomerPerson]) -> String { people.map(\.text).joined(separator: "; ") }
}
