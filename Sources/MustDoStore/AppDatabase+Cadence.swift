import GRDB
import MustDoCore

/// The contact cadence's reading (issue 12): every active card with its last contact, its own interval and whether a
/// planned appointment or a pending promise moves it forward, in one query over indexed columns.
extension AppDatabase {
    /// The `v10-contact-cadence` migration: the card's own contact interval, and the two indexes that answer "does this
    /// customer have a next step" without scanning every promise and appointment.
    static let contactCadenceMigration = """
        -- Days between contacts for this card ('' follows its tier's interval from [cadence]).
        ALTER TABLE customer ADD COLUMN contact_every TEXT NOT NULL DEFAULT '';
        CREATE INDEX promise_pending_by_customer ON promise(customer_id) WHERE state IN ('open', 'renegotiated');
        CREATE INDEX appointment_planned_by_customer ON appointment(customer_id, at) WHERE state = 'planned';
        """

    /// Every current prospect and customer (not archived, merged or forgotten) as the cadence sees it on `today`.
    public func cadenceCards(today: LocalDate) throws -> [CadenceCard] {
        try read { db in try AppDatabase.cadenceCards(db, today: today) }
    }

    /// Customers losing touch and customers with no next step on `today`, read in one transaction.
    public func contactCadence(today: LocalDate, settings: CadenceSettings) throws -> ContactCadence {
        ContactCadence(today: today, cards: try cadenceCards(today: today), settings: settings)
    }

    static func cadenceCards(_ db: Database, today: LocalDate) throws -> [CadenceCard] {
        // Columns by position (as the customer list does): decoding 2,000 rows by name costs more than the query.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.number, c.name, c.tier, c.status, c.last_contact, substr(c.created_at, 1, 10), c.contact_every,
                   EXISTS (SELECT 1 FROM appointment a WHERE a.customer_id = c.id AND a.state = 'planned' AND a.at >= ?)
                   OR EXISTS (SELECT 1 FROM promise p WHERE p.customer_id = c.id AND p.state IN ('open', 'renegotiated'))
            FROM customer c
            WHERE c.archived_at IS NULL AND c.forgotten_at IS NULL AND c.merged_into IS NULL AND c.status IN ('prospect', 'customer')
            ORDER BY c.number
            """, arguments: [today.description])
        var out: [CadenceCard] = []
        while let row = try rows.next() {
            let last: String? = row[5]
            let created: String = row[6]
            let every: String = row[7]
            out.append(CadenceCard(id: row[0], number: row[1], name: row[2], tier: CustomerTier(rawValue: row[3]),
                                   status: CustomerStatus(rawValue: row[4]) ?? .prospect, lastContact: last.flatMap { LocalDate(parsing: $0) },
                                   createdOn: LocalDate(parsing: created) ?? today, contactEvery: Int(every), hasNextStep: row[8]))
        }
        return out
    }
}
