import MustDoCore
import TerminalUI

/// One view's key table: which keys run which command. The help screen, footers and in-screen hints are generated from it (and the global table every view inherits).
public struct KeyMap: Sendable {
    /// The view's name in config.toml (`[keys.home]`).
    public let mode: String
    /// Commands with their keys, in help order.
    public private(set) var bindings: [(command: Command, keys: [KeyEvent])]
    /// The commands the footer shows, in order, when there is room.
    public let footer: [Command]

    /// Creates a table.
    public init(mode: String, bindings: [(command: Command, keys: [KeyEvent])], footer: [Command]) {
        self.mode = mode
        self.bindings = bindings
        self.footer = footer
    }

    /// The command bound to `key`, if any.
    public func command(for key: KeyEvent) -> Command? {
        for b in bindings where b.keys.contains(key) { return b.command }
        return nil
    }

    /// The keys bound to `command`.
    public func keys(for command: Command) -> [KeyEvent] {
        bindings.first { $0.command == command }?.keys ?? []
    }

    /// The key names of `command` as shown to users (`Space`, `x`).
    public func keyLabel(for command: Command) -> String {
        keys(for: command).map(KeyMap.label).joined(separator: "/")
    }

    /// How a key is written on screen.
    public static func label(_ key: KeyEvent) -> String {
        switch key {
        case .char(" "): return "Space"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .escape: return "Esc"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        default: return key.name
        }
    }

    /// This table with the user's overrides from config (`[keys.home] toggle = ["x", "space"]`); unknown commands or key names are errors naming the key.
    public func overridden(by overrides: [String: [String]], file: String, language: Language = .en) throws -> KeyMap {
        var copy = self
        for (name, keyNames) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let command = Command(rawValue: name), bindings.contains(where: { $0.command == command }) else {
                throw MustDoError.configInvalid(file: file, line: 0, key: "keys.\(mode).\(name)",
                    problem: language.text(.keysNoSuchCommand, ["view": mode, "commands": bindings.map(\.command.rawValue).joined(separator: ", ")]))
            }
            var keys: [KeyEvent] = []
            for k in keyNames {
                guard let key = KeyEvent(name: k) else {
                    throw MustDoError.configInvalid(file: file, line: 0, key: "keys.\(mode).\(name)", problem: language.text(.keysNotAKeyName, ["key": k]))
                }
                keys.append(key)
            }
            // A key moved to this command is taken away from any other.
            for i in copy.bindings.indices { copy.bindings[i].keys.removeAll { keys.contains($0) } }
            if let i = copy.bindings.firstIndex(where: { $0.command == command }) { copy.bindings[i].keys = keys } else { copy.bindings.append((command, keys)) }
        }
        return copy
    }
}
