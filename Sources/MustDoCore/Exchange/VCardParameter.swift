/// One parameter of a vCard property: a name (upper case) and its values (`TYPE=work,voice` has two).
public struct VCardParameter: Hashable, Sendable {
    /// The name in upper case (`TYPE`, `PREF`, `CALSCALE`, `X-…`).
    public var name: String
    /// The values, unquoted and unescaped, in the order written.
    public var values: [String]

    /// Creates a parameter; the name is stored in upper case.
    public init(_ name: String, _ values: [String]) {
        self.name = name.uppercased()
        self.values = values
    }
}
