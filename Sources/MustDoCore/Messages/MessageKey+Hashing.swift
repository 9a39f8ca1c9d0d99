/// Equality and hashing by the case, not by the raw value.
///
/// A `String` enum inherits `RawRepresentable`'s `==` and `hash(into:)`, which build and hash the raw value's text:
/// building the English catalog (1,473 keys) hashed 1,473 strings, 0.3M instructions of every `mustdo today`
/// (issue 14, start-up). The tag of a payload-free enum is its case's position, so its bytes are hashed instead.
extension MessageKey {
    /// The case's position (the bytes of the enum's tag).
    var ordinal: Int { withUnsafeBytes(of: self) { $0.reduce(0) { $0 << 8 | Int($1) } } }

    /// Whether both are the same case.
    public static func == (lhs: MessageKey, rhs: MessageKey) -> Bool { lhs.ordinal == rhs.ordinal }

    /// Hashes the case's position.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
