/// One contact as a vCard: its version and its properties in the order written (BEGIN, VERSION and END are
/// implied). Typed accessors are in `VCard+Fields.swift`; reading and writing in `VCardReader`/`VCardWriter`.
public struct VCard: Hashable, Sendable {
    /// The version the card was read as or is to be written as.
    public var version: VCardVersion
    /// Every property other than BEGIN, VERSION and END, in order.
    public var properties: [VCardProperty]

    /// Creates a card.
    public init(version: VCardVersion = .v4, properties: [VCardProperty] = []) {
        self.version = version
        self.properties = properties
    }

    /// The first property named `name` (case-insensitive), preferring one with `PREF=1` or `TYPE=pref`.
    public func first(_ name: String) -> VCardProperty? {
        let all = self.all(name)
        return all.first(where: { $0.parameter("PREF").contains("1") || $0.types.contains("pref") }) ?? all.first
    }

    /// Every property named `name` (case-insensitive), in order.
    public func all(_ name: String) -> [VCardProperty] {
        let key = name.uppercased()
        return properties.filter { $0.name == key }
    }

    /// Removes every property named `name`.
    public mutating func removeAll(_ name: String) {
        let key = name.uppercased()
        properties.removeAll { $0.name == key }
    }

    /// Replaces the properties named `property.name` with `property` (at the place of the first one, else at the end).
    public mutating func set(_ property: VCardProperty) {
        if let i = properties.firstIndex(where: { $0.name == property.name }) {
            properties[i] = property
            properties = properties.enumerated().filter { $0.offset == i || $0.element.name != property.name }.map(\.element)
        } else {
            properties.append(property)
        }
    }
}
