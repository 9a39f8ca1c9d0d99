/// The vCard versions MustDo reads and writes.
public enum VCardVersion: String, Sendable, Hashable, CaseIterable {
    /// vCard 3.0 (RFC 2426), what most address books still export.
    case v3 = "3.0"
    /// vCard 4.0 (RFC 6350), with RFC 6715 (HOBBY, INTEREST) and RFC 9554 (CREATED).
    case v4 = "4.0"
}
