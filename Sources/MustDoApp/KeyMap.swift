import MustDoCore
import TerminalUI

/// One mode's key table: which keys run which command. The help screen and the footer are generated from it.
public struct KeyMap: Sendable {
    /// The mode's name in config.toml (`[keys.home]`).
    public let mode: String
    /// Commands with their keys, in help order.
    public private(set) var bindings: [(command: Command, keys: [KeyEvent])]
    /// The commands the footer shows, in order, when there is room.
    public let footer: [Command]

    /// The default table of the home screen.
    public static let home = KeyMap(mode: "home", bindings: [
        (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]),
        (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
        (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
        (.nextPane, [.tab, .right, .char("l")]), (.previousPane, [.backTab, .left, .char("h")]),
        (.focusDaily, [.char("1")]), (.focusWeekly, [.char("2")]), (.focusMonthly, [.char("3")]),
        (.focusQuarterly, [.char("4")]), (.focusHalf, [.char("5")]), (.focusYearly, [.char("6")]),
        (.toggle, [.char(" "), .char("x"), .enter]), (.increment, [.char("+"), .char("=")]), (.decrement, [.char("-")]),
        (.skip, [.char("s")]), (.note, [.char("n")]),
        (.undo, [.char("u")]), (.redo, [.char("U"), .ctrl("r")]), (.filter, [.char("/")]),
        (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.today, [.char("t")]),
        (.focus, [.char("f")]), (.addTask, [.char("a")]), (.weekReview, [.char("w")]), (.planning, [.char("p")]),
        (.journalReview, [.char("r")]), (.externalEditor, [.char("E")]), (.routineEditor, [.char("R")]), (.settingsScreen, [.char("S")]),
        (.help, [.char("?"), .function(1)]), (.quit, [.char("q"), .ctrl("c")]),
    ], footer: [.toggle, .skip, .note, .undo, .focus, .addTask, .weekReview, .planning, .filter, .previousPeriod, .nextPeriod, .help, .quit])

    /// The week review's table.
    public static let week = KeyMap(mode: "week", bindings: [
        (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.left, [.left, .char("h")]), (.right, [.right, .char("l")]),
        (.toggle, [.char(" "), .char("x")]), (.skip, [.char("s")]), (.undo, [.char("u")]), (.redo, [.char("U"), .ctrl("r")]),
        (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.thisWeek, [.char("t")]),
        (.back, [.escape, .char("w")]), (.help, [.char("?"), .function(1)]), (.quit, [.char("q"), .ctrl("c")]),
    ], footer: [.previousPeriod, .nextPeriod, .thisWeek, .toggle, .undo, .back, .help, .quit])

    /// The routine editor's table.
    public static let routines = KeyMap(mode: "routines", bindings: [
        (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]),
        (.nextPane, [.tab, .right, .char("l")]), (.previousPane, [.backTab, .left, .char("h")]),
        (.focusDaily, [.char("1")]), (.focusWeekly, [.char("2")]), (.focusMonthly, [.char("3")]),
        (.focusQuarterly, [.char("4")]), (.focusHalf, [.char("5")]), (.focusYearly, [.char("6")]),
        (.addRoutine, [.char("a")]), (.editRoutine, [.char("e"), .enter]), (.retireRoutine, [.char("d")]), (.restoreRoutine, [.char("r")]),
        (.moveRoutineDown, [.char("J"), .alt(.down)]), (.moveRoutineUp, [.char("K"), .alt(.up)]), (.toggleRetired, [.char(".")]),
        (.back, [.escape, .char("R")]), (.help, [.char("?"), .function(1)]), (.quit, [.char("q"), .ctrl("c")]),
    ], footer: [.addRoutine, .editRoutine, .retireRoutine, .restoreRoutine, .moveRoutineDown, .moveRoutineUp, .toggleRetired, .back, .help, .quit])

    /// Morning planning's table.
    public static let plan = KeyMap(mode: "plan", bindings: [
        (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.toggle, [.char(" "), .char("x")]),
        (.carryOver, [.char("c")]), (.focus, [.char("f")]), (.editPlan, [.char("e"), .char("i")]), (.externalEditor, [.char("E")]),
        (.addTask, [.char("a")]), (.undo, [.char("u")]),
        (.back, [.enter, .escape, .char("p")]), (.help, [.char("?"), .function(1)]), (.quit, [.char("q"), .ctrl("c")]),
    ], footer: [.toggle, .carryOver, .focus, .editPlan, .externalEditor, .addTask, .back, .help, .quit])

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
    public func overridden(by overrides: [String: [String]], file: String) throws -> KeyMap {
        var copy = self
        for (name, keyNames) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let command = Command(rawValue: name) else {
                throw MustDoError.configInvalid(file: file, line: 0, key: "keys.\(mode).\(name)",
                    problem: "no such command (commands: \(Command.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            var keys: [KeyEvent] = []
            for k in keyNames {
                guard let key = KeyEvent(name: k) else {
                    throw MustDoError.configInvalid(file: file, line: 0, key: "keys.\(mode).\(name)", problem: "'\(k)' is not a key name (e.g. \"x\", \"space\", \"C-r\", \"pgdn\")")
                }
                keys.append(key)
            }
            // A key moved to this command is taken away from any other.
            for i in copy.bindings.indices { copy.bindings[i].keys.removeAll { keys.contains($0) } }
            if let i = copy.bindings.firstIndex(where: { $0.command == command }) { copy.bindings[i].keys = keys }
        }
        return copy
    }
}
