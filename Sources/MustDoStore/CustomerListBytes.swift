import MustDoCore

/// One row of the customer list as SQLite holds it (`AppDatabase.customerList(_:today:reviewDays:each:)`): the texts
/// are SQLite's own UTF-8 bytes, valid only during the call that hands the row over (not checked: a text that is not
/// valid UTF-8 is the reader's to repair, as `String(decoding:as:)` does). The other values are `CustomerListRow`'s;
/// the columns only the list model uses (update time, archived, creation day, contact interval) are not read.
public struct CustomerListBytes {
    /// The row id.
    public let id: Int64
    /// The serial number's bytes.
    public let number: UnsafeBufferPointer<UInt8>
    /// The name's bytes (every line).
    public let name: UnsafeBufferPointer<UInt8>
    /// The company's bytes (every line).
    public let company: UnsafeBufferPointer<UInt8>
    /// The tier, or nil.
    public let tier: CustomerTier?
    /// The status.
    public let status: CustomerStatus
    /// How many of the 14 items are filled in.
    public let filled: Int
    /// Whether any filing check warns.
    public let warns: Bool
    /// The day of the last visit or call.
    public let lastContact: LocalDate?
}
