import MustDoCore
import TerminalUI

/// The question "archive (or restore) this customer?" on the bottom line: `y` does it, any other key keeps the card as it is.
public struct CustomerArchiveConfirmView: View {
    /// The id of the card asked about.
    public let id: Int64
    /// Its number and name, for the question.
    public let number: String, name: String
    /// True to archive, false to restore.
    public let archive: Bool

    /// Asks about the card `id`, numbered `number` and named `name`.
    public init(id: Int64, number: String, name: String, archive: Bool) {
        self.id = id
        self.number = number
        self.name = name
        self.archive = archive
    }

    /// Answers to `[keys.retire]` (the confirmation table).
    public var kind: ViewKind { .retire }
    /// The confirmation mode.
    public var mode: AppState.Mode { .confirmArchive }
    /// Drawn over the list or the card.
    public var isOverlay: Bool { true }

    /// Yes archives or restores.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        c == .confirm ? ViewStep([.archiveCustomer(id, archive)], .pop) : ViewStep([], .pop)
    }

    /// Any other key keeps the card.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep { ViewStep([], .pop) }

    /// Draws the question on the bottom line.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let state = screen.state, h = state.height, w = state.width
        let values = ["number": number, "name": name, "yes": screen.keys.label(for: .confirm, in: .retire) ?? "y"]
        let q = " " + state.text(archive ? .custScreenArchiveQuestion : .custScreenRestoreQuestion, values) + " "
        buf.fill(Rect(x: 0, y: h - 1, width: w, height: 1), style: screen.theme.style(.prompt))
        buf.putClipped(screen.t(q), x: 0, y: h - 1, width: w, style: screen.theme.style(.prompt), ellipsis: screen.glyphs.ellipsis)
    }
}
