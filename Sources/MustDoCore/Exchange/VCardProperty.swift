/// One content line of a vCard: `[group.]NAME;PARAM=…:value`, unfolded, with its value kept as written
/// (escapes included) so that writing it back changes nothing.
public struct VCardProperty: Hashable, Sendable {
    /// The group prefix (`item1` in `item1.TEL`), or nil.
    public var group: String?
    /// The property name in upper case (`FN`, `TEL`, `X-MUSTDO-GRADE`).
    public var name: String
    /// The parameters in the order written.
    public var parameters: [VCardParameter]
    /// The value exactly as written in the file after unfolding: escapes are still in it.
    public var rawValue: String

    /// Creates a property from its raw (already escaped) value.
    public init(group: String? = nil, name: String, parameters: [VCardParameter] = [], rawValue: String) {
        self.group = group
        self.name = name.uppercased()
        self.parameters = parameters
        self.rawValue = rawValue
    }

    /// A property whose value is one piece of text (escaped here).
    public static func text(_ name: String, _ text: String, parameters: [VCardParameter] = []) -> VCardProperty {
        VCardProperty(name: name, parameters: parameters, rawValue: VCardText.escape(text))
    }

    /// A structured property (N, ADR, ORG): components separated by `;`, each escaped here.
    public static func structured(_ name: String, _ components: [String], parameters: [VCardParameter] = []) -> VCardProperty {
        VCardProperty(name: name, parameters: parameters, rawValue: components.map(VCardText.escape).joined(separator: ";"))
    }

    /// A list property (CATEGORIES, NICKNAME): items separated by `,`, each escaped here.
    public static func list(_ name: String, _ items: [String], parameters: [VCardParameter] = []) -> VCardProperty {
        VCardProperty(name: name, parameters: parameters, rawValue: items.map(VCardText.escape).joined(separator: ","))
    }

    /// The value as one piece of text, unescaped.
    public var text: String { VCardText.unescape(rawValue) }

    /// The components of a structured value, split at unescaped `;` and then unescaped.
    public var components: [String] { VCardText.split(rawValue, on: ";").map { VCardText.unescape($0) } }

    /// The items of a list value, split at unescaped `,` and then unescaped; empty items dropped.
    public var list: [String] { VCardText.split(rawValue, on: ",").map { VCardText.unescape($0) }.filter { !$0.isEmpty } }

    /// The values of parameter `name` (case-insensitive), every occurrence together.
    public func parameter(_ name: String) -> [String] {
        let key = name.uppercased()
        return parameters.filter { $0.name == key }.flatMap(\.values)
    }

    /// The TYPE values in lower case, each comma-separated item on its own (`TYPE="work,voice"` gives two).
    public var types: [String] {
        parameter("TYPE").flatMap { $0.split(separator: ",").map { $0.trimmingSpaces.lowercased() } }.filter { !$0.isEmpty }
    }
}

