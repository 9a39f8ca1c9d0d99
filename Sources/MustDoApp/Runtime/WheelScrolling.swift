import TerminalUI

/// A view whose mouse wheel does what `j`/`k` do (lists, reports, the card): adopt it and the wheel scrolls or moves
/// the selection through the view's own `.moveDown`/`.moveUp`, so every list answers the wheel the same way.
public protocol WheelScrolling: View {}

extension WheelScrolling {
    /// The wheel moves down or up as `j`/`k` do; clicks do nothing.
    public mutating func handleMouse(_ event: MouseEvent, _ state: inout AppState) -> ViewStep {
        switch event.kind {
        case .wheelDown: return handle(.moveDown, &state)
        case .wheelUp: return handle(.moveUp, &state)
        default: return ViewStep()
        }
    }
}
