extension Customer {
    /// The card's own days between contacts (`--contact-every`), or nil to follow its tier's interval.
    public var contactEvery: Int? { Int(self[.contactEvery]) }
}

extension Customer {
    /// The card's place in the contact cadence on `today` (its interval and days since the last contact), or nil for a
    /// card the cadence does not follow: archived, merged or forgotten, dormant or lost. Whether it has a next step is
    /// not known from the card alone and is left true.
    public func cadenceEntry(today: LocalDate, settings: CadenceSettings) -> CadenceEntry? {
        guard archivedAt == nil, forgottenAt == nil, mergedInto == nil else { return nil }
        let card = CadenceCard(id: id, number: number, name: name, tier: tier, status: status, lastContact: lastContact,
                               createdOn: LocalDate(parsing: createdAt.prefix(10)) ?? today, contactEvery: contactEvery, hasNextStep: true)
        guard card.isActive else { return nil }
        return ContactCadence.entry(card, today: today, settings: settings)
    }
}

extension CustomerField {
    /// Fields kept on this device only, not sent to the team server. None since the team schema's
    /// `t9-customer-contact-every`: the card's own contact interval is synced like its other fields.
    public static let localOnly: Set<CustomerField> = []
}
