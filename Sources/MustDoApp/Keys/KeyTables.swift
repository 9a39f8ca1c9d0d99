import MustDoCore
import TerminalUI

/// Every view's key table plus the global one they all inherit; resolves a key for the view on top and lists what is bound for hints and help.
public struct KeyTables: Sendable {
    /// The tables by view.
    public private(set) var tables: [ViewKind: KeyMap]

    /// The shipped defaults.
    public init() {
        tables = [:]
        for kind in ViewKind.allCases { tables[kind] = KeyTables.defaultTable(kind) }
    }

    /// The table of one view (without the inherited global keys).
    public subscript(kind: ViewKind) -> KeyMap { tables[kind] ?? KeyMap(mode: kind.rawValue, bindings: [], footer: []) }

    /// Replaces one view's table (tests, or overrides applied).
    public mutating func set(_ kind: ViewKind, _ map: KeyMap) { tables[kind] = map }

    /// The command `key` runs in view `kind`: its own table first, then the global table (of which a text-taking view keeps only `interrupt`).
    public func command(for key: KeyEvent, in kind: ViewKind) -> Command? {
        if let c = self[kind].command(for: key) { return c }
        guard kind != .global, let c = self[.global].command(for: key) else { return nil }
        if kind.takesText && c != .interrupt { return nil }
        return c
    }

    /// The keys that run `command` in view `kind` (its own binding, else the inherited one), so hints show what is really bound.
    public func keys(for command: Command, in kind: ViewKind) -> [KeyEvent] {
        let own = self[kind].keys(for: command)
        if !own.isEmpty || self[kind].bindings.contains(where: { $0.command == command }) { return own }
        if kind.takesText && command != .interrupt { return [] }
        let view = self[kind]
        return self[.global].keys(for: command).filter { view.command(for: $0) == nil }
    }

    /// The label of the first key of `command` in view `kind` ("Space", "c"), or nil when nothing is bound.
    public func label(for command: Command, in kind: ViewKind) -> String? {
        keys(for: command, in: kind).first.map(KeyMap.label)
    }

    /// Every binding a view answers to, its own first, then the inherited ones it does not shadow (for the help screen).
    public func bindings(of kind: ViewKind) -> [(command: Command, keys: [KeyEvent])] {
        var out = self[kind].bindings.filter { !$0.keys.isEmpty }
        guard kind != .global else { return out }
        for b in self[.global].bindings where !out.contains(where: { $0.command == b.command }) {
            let keys = keys(for: b.command, in: kind)
            if !keys.isEmpty { out.append((b.command, keys)) }
        }
        return out
    }

    /// Applies `[keys.<view>]` overrides from config.toml; an unknown view, command or key name is an error naming it.
    public func overridden(by overrides: [String: [String: [String]]], file: String, language: Language) throws -> KeyTables {
        var copy = self
        for (name, values) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let kind = ViewKind(rawValue: name) else {
                throw MustDoError.configInvalid(file: file, line: 0, key: "keys.\(name)",
                                                problem: language.text(.keysNoSuchView, ["views": ViewKind.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            copy.tables[kind] = try self[kind].overridden(by: values, file: file, language: language)
        }
        return copy
    }

    /// The shipped table of a view.
    static func defaultTable(_ kind: ViewKind) -> KeyMap {
        let name = kind.rawValue
        switch kind {
        case .global:
            return KeyMap(mode: name, bindings: [
                (.help, [.char("?"), .function(1)]), (.undo, [.char("u")]), (.redo, [.char("U"), .ctrl("r")]),
                (.quit, [.char("q")]), (.interrupt, [.ctrl("c")]),
                (.customersScreen, [.char("C")]),
                (.visitForm, [.char("v")]),
                (.ledger, [.char("o")]),
                (.visitsScreen, [.char("V")]),
                (.teamScreen, [.char("T")]),
            ], footer: [])
        case .home:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]),
                (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.nextPane, [.tab, .right, .char("l")]), (.previousPane, [.backTab, .left, .char("h")]),
                (.focusDaily, [.char("1")]), (.focusWeekly, [.char("2")]), (.focusMonthly, [.char("3")]),
                (.focusQuarterly, [.char("4")]), (.focusHalf, [.char("5")]), (.focusYearly, [.char("6")]),
                (.toggle, [.char(" "), .char("x"), .enter]), (.increment, [.char("+"), .char("=")]), (.decrement, [.char("-")]),
                (.skip, [.char("s")]), (.note, [.char("n")]), (.filter, [.char("/")]), (.clearFilter, [.escape]),
                (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.today, [.char("t")]),
                (.focus, [.char("f")]), (.addTask, [.char("a")]), (.weekReview, [.char("w")]), (.planning, [.char("p")]),
                (.journalReview, [.char("r")]), (.externalEditor, [.char("E")]), (.routineEditor, [.char("R")]), (.settingsScreen, [.char("S")]),
                (.customersScreen, [.char("c")]),
                (.periodReview, [.char("M")]),
                (.salesScreen, [.char("$")]),
            ], footer: [.toggle, .skip, .note, .undo, .focus, .addTask, .weekReview, .planning, .filter, .previousPeriod, .nextPeriod, .help, .quit])
        case .week:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.left, [.left, .char("h")]), (.right, [.right, .char("l")]),
                (.toggle, [.char(" "), .char("x")]), (.skip, [.char("s")]),
                (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.thisWeek, [.char("t")]),
                (.back, [.escape, .char("w")]),
                (.periodReview, [.char("M")]),
            ], footer: [.previousPeriod, .nextPeriod, .thisWeek, .toggle, .undo, .back, .help, .quit])
        case .plan:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.toggle, [.char(" "), .char("x")]),
                (.carryOver, [.char("c")]), (.focus, [.char("f")]), (.editPlan, [.char("e"), .char("i")]), (.externalEditor, [.char("E")]),
                (.addTask, [.char("a")]),
                (.back, [.enter, .escape, .char("p")]),
            ], footer: [.toggle, .carryOver, .focus, .editPlan, .externalEditor, .addTask, .undo, .back, .help, .quit])
        case .routines:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]),
                (.nextPane, [.tab, .right, .char("l")]), (.previousPane, [.backTab, .left, .char("h")]),
                (.focusDaily, [.char("1")]), (.focusWeekly, [.char("2")]), (.focusMonthly, [.char("3")]),
                (.focusQuarterly, [.char("4")]), (.focusHalf, [.char("5")]), (.focusYearly, [.char("6")]),
                (.addRoutine, [.char("a")]), (.editRoutine, [.char("e"), .enter]), (.retireRoutine, [.char("d")]), (.restoreRoutine, [.char("r")]),
                (.moveRoutineDown, [.char("J"), .alt(.down)]), (.moveRoutineUp, [.char("K"), .alt(.up)]), (.toggleRetired, [.char(".")]),
                (.back, [.escape, .char("R")]),
            ], footer: [.addRoutine, .editRoutine, .retireRoutine, .restoreRoutine, .moveRoutineDown, .moveRoutineUp, .toggleRetired, .back, .help, .quit])
        case .help:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .char(" "), .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.back, [.escape, .char("?"), .char("q"), .enter, .function(1)]),
            ], footer: [.moveDown, .pageDown, .back])
        case .prompt:
            return KeyMap(mode: name, bindings: [(.submit, [.enter]), (.cancel, [.escape, .ctrl("g")])], footer: [.submit, .cancel])
        case .journal:
            return KeyMap(mode: name, bindings: [(.save, [.escape, .ctrl("s"), .function(2)]), (.discard, [.ctrl("g")])], footer: [.save, .discard])
        case .routineForm, .settings:
            return KeyMap(mode: name, bindings: [
                (.nextField, [.tab, .down]), (.previousField, [.backTab, .up]), (.save, [.enter, .ctrl("s"), .function(2)]), (.cancel, [.escape, .ctrl("g")]),
            ], footer: [.nextField, .save, .cancel])
        case .retire:
            return KeyMap(mode: name, bindings: [(.confirm, [.char("y"), .char("Y")])], footer: [.confirm])
        case .customers:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.openCustomer, [.enter, .char("l"), .right]), (.addCustomer, [.char("a")]), (.editCustomer, [.char("e")]),
                (.search, [.char("/")]), (.cycleSort, [.char("o")]), (.filterTier, [.char("t")]), (.filterStatus, [.char("s")]),
                (.filterTag, [.char("#")]), (.showArchived, [.char(".")]),
                (.archiveCustomer, [.char("d")]), (.restoreCustomer, [.char("r")]),
                (.back, [.escape]),
                (.filterLosingTouch, [.char("L")]),
            ], footer: [.openCustomer, .addCustomer, .editCustomer, .search, .cycleSort, .filterTier, .filterStatus, .filterTag, .archiveCustomer, .undo, .back, .help, .quit])
        case .customerCard:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .char(" "), .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.editCustomer, [.char("e")]), (.archiveCustomer, [.char("d")]), (.restoreCustomer, [.char("r")]),
                (.back, [.escape, .char("h"), .left]),
            ], footer: [.editCustomer, .archiveCustomer, .restoreCustomer, .pageDown, .undo, .back, .help, .quit])
        case .customerForm:
            return KeyMap(mode: name, bindings: [
                (.nextField, [.tab, .down]), (.previousField, [.backTab, .up]), (.editText, [.enter]), (.externalEditor, [.ctrl("o"), .function(4)]),
                (.save, [.ctrl("s"), .function(2)]), (.cancel, [.escape, .ctrl("g")]),
            ], footer: [.nextField, .editText, .externalEditor, .save, .cancel])
        case .visitForm:
            return KeyMap(mode: name, bindings: [
                (.nextField, [.tab, .down, .enter]), (.previousField, [.backTab, .up]),
                (.save, [.ctrl("s"), .function(2)]), (.cancel, [.escape, .ctrl("g")]),
            ], footer: [.nextField, .previousField, .save, .cancel])
        case .ledger:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.markKept, [.char("x"), .char(" ")]), (.markBroken, [.char("b")]), (.renegotiate, [.char("r")]), (.markTold, [.char("t")]),
                (.cycleDirection, [.char("d")]), (.groupByCustomer, [.char("s")]), (.addPromise, [.char("a")]),
                (.back, [.escape, .char("o")]),
            ], footer: [.markKept, .markBroken, .renegotiate, .markTold, .addPromise, .cycleDirection, .groupByCustomer, .undo, .back, .help, .quit])
        case .visits:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.openCustomer, [.enter]), (.filterCustomer, [.char("f")]), (.filterKind, [.char("t")]), (.filterNoAction, [.char("n")]),
                (.back, [.escape, .char("V")]),
            ], footer: [.visitForm, .openCustomer, .filterCustomer, .filterKind, .filterNoAction, .undo, .back, .help, .quit])
        case .review:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .char(" "), .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.today, [.char("t")]),
                (.reviewMonth, [.char("3"), .char("m")]), (.reviewQuarter, [.char("4")]), (.reviewHalf, [.char("5")]), (.reviewYear, [.char("6"), .char("y")]),
                (.salesScreen, [.char("$")]),
                (.back, [.escape, .char("M")]),
            ], footer: [.reviewMonth, .reviewQuarter, .reviewHalf, .reviewYear, .previousPeriod, .nextPeriod, .salesScreen, .back, .help, .quit])
        case .sales:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]),
                (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.today, [.char("t")]),
                (.addSales, [.char("a")]), (.openCustomer, [.enter]),
                (.back, [.escape, .char("$")]),
            ], footer: [.addSales, .previousPeriod, .nextPeriod, .today, .openCustomer, .back, .help, .quit])
        case .team:
            return KeyMap(mode: name, bindings: [
                (.moveDown, [.down, .char("j")]), (.moveUp, [.up, .char("k")]), (.pageDown, [.pageDown, .ctrl("f")]), (.pageUp, [.pageUp, .ctrl("b")]),
                (.top, [.char("g"), .home]), (.bottom, [.char("G"), .end]), (.columnsLeft, [.left, .char("h")]), (.columnsRight, [.right, .char("l")]),
                (.previousPeriod, [.char("[")]), (.nextPeriod, [.char("]")]), (.today, [.char("t")]),
                (.cycleReportKind, [.tab]), (.focusWeekly, [.char("2")]), (.focusMonthly, [.char("3")]), (.focusQuarterly, [.char("4")]),
                (.reloadTeam, [.char("r")]),
                (.back, [.escape, .char("T")]),
            ], footer: [.previousPeriod, .nextPeriod, .cycleReportKind, .reloadTeam, .columnsRight, .back, .help, .quit])
        }
    }
}

extension KeyMap {
    /// The shipped home table.
    public static var home: KeyMap { KeyTables.defaultTable(.home) }
    /// The shipped week review table.
    public static var week: KeyMap { KeyTables.defaultTable(.week) }
    /// The shipped planning table.
    public static var plan: KeyMap { KeyTables.defaultTable(.plan) }
    /// The shipped routine editor table.
    public static var routines: KeyMap { KeyTables.defaultTable(.routines) }
}
