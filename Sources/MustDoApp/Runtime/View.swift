import MustDoCore
import TerminalUI

/// One screen on the view stack: its own state, its update (commands, typed keys, mouse, arriving data) and its render.
///
/// Views do no I/O: they change their own state and the shared context, and return effects and a
/// transition; the reducer applies the transition to the stack.
public protocol View: Sendable {
    /// Which key table the view answers to (and its name in `[keys.<view>]`).
    var kind: ViewKind { get }
    /// What has the keyboard while this view is on top.
    var mode: AppState.Mode { get }
    /// Whether the view is drawn over the one below it (prompts, help, forms) rather than filling the screen.
    var isOverlay: Bool { get }
    /// Text typed into the view and not saved yet (nil: none); see the draft policy in the decisions.
    var draft: String? { get }
    /// A command from the view's key table.
    mutating func handle(_ command: Command, _ ctx: inout AppState) -> ViewStep
    /// A key no table binds (typed text, or "any key" closes).
    mutating func handleKey(_ key: KeyEvent, _ ctx: inout AppState) -> ViewStep
    /// A mouse action at screen coordinates.
    mutating func handleMouse(_ event: MouseEvent, _ ctx: inout AppState) -> ViewStep
    /// Data arriving from an effect; every view on the stack sees it, so a view behind help or a prompt stays current.
    mutating func receive(_ action: Action, _ ctx: inout AppState) -> [Effect]
    /// The loads that bring the view up to date after a change or an outside change.
    func refresh(_ ctx: AppState) -> [Effect]
    /// An occurrence the view shows, by id (for status lines that name it).
    func occurrence(id: Int64) -> Occurrence?
    /// Draws the view: a full frame for a full-screen view, or over what is already in `buf` for an overlay.
    func draw(into buf: inout Buffer, _ screen: Screen)
}

extension View {
    /// Full-screen unless said otherwise.
    public var isOverlay: Bool { false }
    /// No draft unless the view takes text.
    public var draft: String? { nil }
    /// Unbound keys do nothing.
    public mutating func handleKey(_ key: KeyEvent, _ ctx: inout AppState) -> ViewStep { ViewStep() }
    /// The mouse does nothing.
    public mutating func handleMouse(_ event: MouseEvent, _ ctx: inout AppState) -> ViewStep { ViewStep() }
    /// Arriving data is ignored.
    public mutating func receive(_ action: Action, _ ctx: inout AppState) -> [Effect] { [] }
    /// Nothing to reload.
    public func refresh(_ ctx: AppState) -> [Effect] { [] }
    /// Shows no occurrences of its own.
    public func occurrence(id: Int64) -> Occurrence? { nil }
}

/// What a view's update asks of the stack.
public enum Transition: Sendable {
    /// The view stays on top.
    case stay
    /// The view closes; the one below has the keyboard again (Esc, or done).
    case pop
    /// Another view opens over this one.
    case push(any View)
    /// This view closes and another takes its place.
    case replace(any View)
}

/// The result of one update: effects for the runtime and a change of the stack.
public struct ViewStep: Sendable {
    /// Work for the runtime.
    public var effects: [Effect]
    /// What happens to the stack.
    public var transition: Transition

    /// Creates a step.
    public init(_ effects: [Effect] = [], _ transition: Transition = .stay) {
        self.effects = effects
        self.transition = transition
    }
}

/// What a view draws with: the shared state, the theme and the key tables (for hints generated from the bound keys).
public struct Screen: ScreenContext {
    /// The shared state.
    public let state: AppState
    /// Colours and attributes by role.
    public let theme: Theme
    /// The key tables, with the user's overrides.
    public let keys: KeyTables
}
