/// A value pulled from the team's server that this database refuses (it breaks a CHECK or another constraint of the
/// local table: a tier, status or kind this MustDo does not know). The pull's transaction is rolled back: nothing of
/// it is applied and the cursor stays, so the next sync fetches the same changes again once the value is corrected.
public struct PulledValueRefused: Error, Sendable, Equatable {
    /// The kind of row (`customer`, `visit`, …).
    public let entity: String
    /// The row as a person recognises it here: a card's `number name`, else the kind and the first characters of its uid.
    public let record: String
    /// The server field.
    public let field: String
    /// The value as it came (JSON text; nil for SQL NULL).
    public let value: String?
    /// Who owns the row on the server (the one who can correct it).
    public let owner: String

    /// A refused value.
    public init(entity: String, record: String, field: String, value: String?, owner: String) {
        self.entity = entity
        self.record = record
        self.field = field
        self.value = value
        self.owner = owner
    }

    /// The value as a person reads it: a JSON string without its quotes, null as empty.
    public var shownValue: String { PulledValueRefused.shown(value) }

    /// JSON text as a person reads it: a string without its quotes, null (or nil) as empty.
    public static func shown(_ json: String?) -> String {
        guard let json, json != "null" else { return "" }
        if json.hasPrefix("\""), json.hasSuffix("\""), json.count >= 2 { return String(json.dropFirst().dropLast()) }
        return json
    }
}
