/// A person at a customer, with the part they play in a purchase and a note on how they relate to the others.
public struct CustomerPerson: Equatable, Sendable {
    /// The person's name, unique on the card.
    public var name: String
    /// Decision-maker, buyer, user or contact.
    public var role: PersonRole
    /// How this person relates to the others ("reports to 王总, his nephew"), or empty.
    public var note: String

    /// A person with a role and an optional note.
    public init(name: String, role: PersonRole, note: String = "") {
        self.name = name
        self.role = role
        self.note = note
    }

    /// Parses `NAME:ROLE[:NOTE]` (a full-width `：` works too); throws one sentence naming the fix.
    public init(parsing text: String) throws {
        let normalized = text.replacingFullWidthColons()
        let parts = normalized.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard parts.count >= 2, !parts[0].isEmpty, let role = PersonRole(name: parts[1]) else {
            throw MustDoError.invalidInput(.custBadPerson, ["text": text.quotedForMessage()])
        }
        try CustomerField.checkLine(parts[0], option: "--person", limit: CustomerField.lineLimit)
        let note = parts.count > 2 ? parts[2] : ""
        try CustomerField.checkLine(note, option: "--person", limit: CustomerField.lineLimit)
        self.init(name: parts[0], role: role, note: note)
    }

    /// `NAME:ROLE[:NOTE]`, as `init(parsing:)` reads it back (history and export).
    public var text: String { note.isEmpty ? "\(name):\(role.rawValue)" : "\(name):\(role.rawValue):\(note)" }
}

extension String {
    /// The text with full-width colons (`：`) as ASCII ones.
    func replacingFullWidthColons() -> String { String(map { $0 == "：" ? ":" : $0 }) }
}
