/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// A button went down.
        case press
        /// A button came up.
        case release
        /// The wheel turned away from the user (scroll up).
        case wheelUp
        /// The wheel turned towards the user (scroll down).
        case wheelDown
    }

    /// The column.
    public var x: Int
    /// The row.
    public var y: Int
    /// What happened.
    public var kind: Kind
    /// The button: 1 left, 2 middle, 3 right; 0 for wheel events or when unknown.
    public var button: Int

    /// A mouse event from its parts.
    public init(x: Int, y: Int, kind: Kind, button: Int = 1) {
        self.x = x
        self.y = y
        self.kind = kind
        self.button = button
    }
}
