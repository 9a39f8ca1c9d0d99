/// One card to import, with the UID it is known by elsewhere and where it stands in its file (for messages).
public struct CustomerImportItem: Sendable {
    /// The card, checked; `number` set when the file carried one.
    public var card: Customer
    /// The contact's UID, or nil when the format has none (MustDo's CSV and JSON: the card's derived UID is used).
    public var uid: String?
    /// Where the card stands, as shown to the user: `people.vcf, line 12`.
    public var place: String

    /// An item to import.
    public init(card: Customer, uid: String?, place: String) {
        self.card = card
        self.uid = uid
        self.place = place
    }
}
