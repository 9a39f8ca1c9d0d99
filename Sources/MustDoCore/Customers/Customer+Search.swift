extension Customer {
    /// The one search key of a card, as the customers screen and `customers list --search` both match it: the
    /// name (surname readings included), the company, the card number, the phone, and the names of its people.
    /// Build it once per card and match it against every keystroke (`SearchKey.matches`).
    public var searchKey: SearchKey {
        var fields: [(text: String, kind: SearchKey.Kind)] = [(name, .name)]
        if !self[.company].isEmpty { fields.append((self[.company], .text)) }
        fields.append((number, .text))
        if !self[.phone].isEmpty { fields.append((self[.phone], .text)) }
        for person in people where !person.name.isEmpty { fields.append((person.name, .name)) }
        return SearchKey(fields: fields)
    }

    /// Whether `query` finds this card (see `searchKey`); builds the key, so for a list build keys once instead.
    public func matches(search query: SearchKey.Query) -> Bool {
        searchKey.matches(query)
    }
}
