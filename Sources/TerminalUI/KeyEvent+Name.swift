extension KeyEvent {
    /// Named keys and their canonical names, in the order names are preferred.
    private static let namedKeys: [(name: String, key: KeyEvent)] = [
        ("space", .char(" ")), ("enter", .enter), ("esc", .escape), ("tab", .tab),
        ("S-tab", .backTab), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end),
        ("backspace", .backspace), ("del", .delete), ("ins", .insert),
    ]

    /// Other accepted spellings (compared case-insensitively) for named keys.
    private static let aliases: [String: KeyEvent] = [
        "spc": .char(" "), "return": .enter, "ret": .enter, "cr": .enter, "escape": .escape,
        "backtab": .backTab, "shift-tab": .backTab, "s-tab": .backTab, "btab": .backTab,
        "pageup": .pageUp, "page-up": .pageUp, "pagedown": .pageDown, "page-down": .pageDown,
        "pgdown": .pageDown, "bs": .backspace, "delete": .delete, "insert": .insert,
        "lt": .char("<"), "gt": .char(">"),
    ]

    /// The key's name for configuration files: "j", "J", "space", "enter", "esc", "tab", "S-tab",
    /// "up", "pgup", "pgdn", "home", "end", "C-c", "M-j", "f1", "backspace", "del", "中", "?".
    /// `KeyEvent(name: key.name) == key` for every key (not for mouse, resize and terminate,
    /// whose names are "<mouse>", "<resize>" and "<terminate>").
    public var name: String {
        switch self {
        case .char(let c):
            return c == " " ? "space" : String(c)
        case .ctrl(let c):
            return c == " " ? "C-space" : "C-" + String(c)
        case .function(let n):
            return "f\(n)"
        case .alt(let inner):
            return "M-" + inner.name
        case .mouse:
            return "<mouse>"
        case .resize:
            return "<resize>"
        case .terminate:
            return "<terminate>"
        default:
            return KeyEvent.namedKeys.first { $0.key == self }!.name
        }
    }

    /// Parses a key name (see `name`). Multi-letter names are case-insensitive ("Enter", "PgUp");
    /// a single character stands for itself ("j", "J", "中", "?"); modifiers are "C-x" or
    /// "ctrl-x", "M-x" or "alt-x", and "S-tab". "C-i", "C-m", "C-h" and "C-[" mean tab, enter,
    /// backspace and esc, as terminals send them.
    public init?(name: String) {
        if name.count == 1, let c = name.first {
            guard DisplayWidth.of(c) > 0 || c == " " else { return nil }
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        if let named = KeyEvent.namedKeys.first(where: { $0.name.lowercased() == lower }) {
            self = named.key
            return
        }
        if let alias = KeyEvent.aliases[lower] {
            self = alias
            return
        }
        let altPrefixes = ["m-", "alt-", "meta-"]
        for prefix in altPrefixes where lower.hasPrefix(prefix) && name.count > prefix.count {
            // One Alt at most (a terminal never sends Alt twice), checked before the rest is parsed: a name of
            // thousands of "M-" in config.toml must not recurse that deep (it overflowed the stack).
            let rest = String(name.dropFirst(prefix.count)), restLower = rest.lowercased()
            if altPrefixes.contains(where: { restLower.hasPrefix($0) && rest.count > $0.count }) { return nil }
            guard let inner = KeyEvent(name: rest) else { return nil }
            self = .alt(inner)
            return
        }
        for prefix in ["c-", "ctrl-", "control-", "^"] where lower.hasPrefix(prefix) {
            var rest = name.dropFirst(prefix.count)
            if rest.lowercased() == "space" { rest = " " }
            guard rest.count == 1, let c = rest.first else { continue }
            guard let key = KeyEvent.control(c) else { return nil }
            self = key
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n), !lower.dropFirst().hasPrefix("+") {
            self = .function(n)
            return
        }
        return nil
    }

    /// The event a terminal delivers for Ctrl with `c`, or nil when there is none.
    private static func control(_ c: Character) -> KeyEvent? {
        let lower = Character(c.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        case "@", " ": return .ctrl(" ")
        case "a"..."z", "\\", "]", "^", "_":
            return .ctrl(lower)
        default: return nil
        }
    }
}
