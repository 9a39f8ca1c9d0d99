/// A card of an import file that is already in the customer file, or twice in the file: what it matches and why.
public struct CustomerDuplicate: Equatable, Sendable {
    /// What makes the two cards the same.
    public enum Reason: String, Sendable {
        /// The same serial number.
        case number
        /// The same UID.
        case uid
        /// A phone number in common (its digits).
        case phone
        /// The same name and company.
        case nameAndCompany = "name-and-company"
    }

    /// What an import did (or would do) with a duplicate.
    public enum Outcome: String, Sendable {
        /// Merged into the card it matches.
        case merged
        /// Left out.
        case skipped
        /// Identical to the stored card: nothing to do.
        case unchanged
        /// Waiting for the user's choice (`--duplicates merge|skip`).
        case undecided
    }

    /// Where the incoming card stands (`people.vcf, line 12`).
    public var place: String
    /// The incoming card's name.
    public var name: String
    /// Why it is a duplicate.
    public var reason: Reason
    /// The card it matches: `KH-2026-0001 张三` in the customer file, or the place of the earlier card in the file.
    public var existing: String
    /// Whether the match is an earlier card of the same file.
    public var inFile: Bool
    /// What happened to it.
    public var outcome: Outcome

    /// A duplicate.
    public init(place: String, name: String, reason: Reason, existing: String, inFile: Bool, outcome: Outcome) {
        self.place = place
        self.name = name
        self.reason = reason
        self.existing = existing
        self.inFile = inFile
        self.outcome = outcome
    }
}

/// What the user chose to do with duplicates (`--duplicates merge|skip`).
public enum CustomerDuplicateChoice: String, CaseIterable, Sendable {
    /// Merge the incoming card into the one it matches (fields it lacks filled, long texts appended, people and tags added).
    case merge
    /// Leave the incoming card out.
    case skip
}

/// What an import did or, with `--dry-run`, would do.
public struct CustomerImportResult: Sendable {
    /// Cards added.
    public var added: Int = 0
    /// Cards merged into another.
    public var merged: Int = 0
    /// Cards left out.
    public var skipped: Int = 0
    /// Cards identical to a stored one.
    public var unchanged: Int = 0
    /// Every duplicate found, in file order.
    public var duplicates: [CustomerDuplicate] = []

    /// Nothing done yet.
    public init() {}
}

/// An import stopped because duplicates were found and no `--duplicates` choice was given; nothing was written.
public struct CustomerImportNeedsChoice: Error, Sendable {
    /// The duplicates that need a choice (and those that were identical, for the listing).
    public var duplicates: [CustomerDuplicate]

    /// The error for `duplicates`.
    public init(duplicates: [CustomerDuplicate]) { self.duplicates = duplicates }
}
