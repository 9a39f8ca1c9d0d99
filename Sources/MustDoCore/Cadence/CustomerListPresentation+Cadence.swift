extension CustomerListPresentation {
    /// Each row's place in the contact cadence on `today` (index as `rows`; nil for an archived or inactive card), from
    /// the lean rows themselves, so the list's overdue column and `L` filter agree with planning's "losing touch".
    public func cadence(today: LocalDate, settings: CadenceSettings) -> [CadenceEntry?] {
        rows.map { r in
            guard !r.archived else { return nil }
            let card = CadenceCard(id: r.id, number: r.number, name: r.name, tier: r.tierValue, status: r.statusValue, lastContact: r.lastContactDay,
                                   createdOn: r.createdOn ?? today, contactEvery: r.contactEvery, hasNextStep: true)
            guard card.isActive else { return nil }
            return ContactCadence.entry(card, today: today, settings: settings)
        }
    }
}
