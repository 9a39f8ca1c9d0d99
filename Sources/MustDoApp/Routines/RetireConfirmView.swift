import MustDoCore
import TerminalUI

/// The question "retire this routine?" on the bottom line over the routine editor: `y` retires, any other key keeps it.
public struct RetireConfirmView: View {
    /// The routine's id.
    public let id: String
    /// Its title, for the question.
    public let title: String

    /// Asks about routine `id`.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// Answers to `[keys.retire]`.
    public var kind: ViewKind { .retire }
    /// The confirmation mode.
    public var mode: AppState.Mode { .confirmRetire(id) }
    /// Drawn over the list.
    public var isOverlay: Bool { true }

    /// Yes retires.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        c == .confirm ? ViewStep([.retireRoutine(id)], .pop) : ViewStep([], .pop)
    }

    /// Any other key keeps the routine.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep { ViewStep([], .pop) }

    /// Draws the question on the bottom line.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let state = screen.state, h = state.height, w = state.width
        let q = " " + state.text(.routinesRetireQuestion, ["title": title, "yes": screen.keys.label(for: .confirm, in: .retire) ?? "y"]) + " "
        buf.fill(Rect(x: 0, y: h - 1, width: w, height: 1), style: screen.theme.style(.prompt))
        buf.putClipped(screen.t(q), x: 0, y: h - 1, width: w, style: screen.theme.style(.prompt), ellipsis: screen.glyphs.ellipsis)
    }
}
