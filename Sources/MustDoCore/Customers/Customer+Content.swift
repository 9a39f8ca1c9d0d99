extension Customer {
    /// Whether `other` says the same as this card: every field, the people, the tags and whether it is archived
    /// (dates and ids aside). Undo compares with it to refuse when another process changed the card since.
    public func hasSameContent(as other: Customer) -> Bool {
        CustomerField.allCases.allSatisfy { self[$0] == other[$0] } && people == other.people && tags == other.tags
            && isArchived == other.isArchived
    }
}
