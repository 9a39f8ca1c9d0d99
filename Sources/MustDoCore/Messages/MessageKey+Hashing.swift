/// Equality and hashing by the case, not by the raw value.
///
/// A `String` enum inherits `RawRepresentable`'s `==` and `hash(into:)`, which build and hash the raw value's text:
/// building the English catalog (1,473 keys) hashed 1,473 strings, 0.3M instructions of every `mustdo today`
/// (issue 14, start-up). The tag of a payload-free enum is its case's position, so its bytes are hashed instead.
extension MessageKey {
    /// The case's position in the declaration, 0 first (the enum's tag, stored little-endian).
    var ordinal: Int {
        withUnsafeBytes(of: self) { bytes in
            var value = 0
            for (i, b) in bytes.enumerated() { value |= Int(b) << (8 * i) }
            return value
        }
    }

    /// Whether both are the same case.
    public static func == (lhs: MessageKey, rhs: MessageKey) -> Bool { lhs.ordinal == rhs.ordinal }

    /// Hashes the case's position.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
