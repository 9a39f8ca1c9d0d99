/// One line of a card's history: what happened, when, and for an edit the field with its old and new text.
public struct CustomerHistoryEntry: Equatable, Sendable {
    /// What kind of event a history line records.
    public enum Action: String, Sendable {
        /// The card was created.
        case create
        /// A field, the people or the tags changed.
        case edit
        /// The card was archived.
        case archive
        /// The card was restored.
        case restore
        /// Another card was merged into this one.
        case mergeIn = "merge-in"
        /// This card was merged into another.
        case mergeInto = "merge-into"
        /// The person's data was erased.
        case forget
        /// The card was checked as accurate.
        case review
    }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var at: String
    /// What happened.
    public var action: Action
    /// The field's option name (`phone`, `people`, `tags`) for an edit, else nil.
    public var field: String?
    /// The text before an edit (nil once erased).
    public var old: String?
    /// The text after an edit (nil once erased).
    public var new: String?
    /// The other card's number for a merge, else nil.
    public var other: String?
    /// The number of the card the line belongs to (a merged card's lines show under the card it went into).
    public var card: String

    /// A history line.
    public init(at: String, action: Action, field: String? = nil, old: String? = nil, new: String? = nil, other: String? = nil, card: String) {
        self.at = at
        self.action = action
        self.field = field
        self.old = old
        self.new = new
        self.other = other
        self.card = card
    }
}
