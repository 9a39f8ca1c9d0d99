import MustDoCore
import TerminalUI

/// The key help of the view below it, generated from the keys actually bound (its table and the inherited global one); it scrolls, and any other key or a click closes it.
public struct HelpView: View {
    /// The view whose keys are listed.
    public let about: ViewKind
    /// The first row shown.
    public var scroll = 0
    /// The rows: key labels and what they do.
    let rows: [(keys: String, command: Command)]

    /// Help for the view `about`.
    public init(for about: ViewKind, keys: KeyTables) {
        self.about = about
        rows = keys.bindings(of: about).map { b in
            (KeyMap.label(b.keys[0]) + (b.keys.count > 1 ? "  " + b.keys.dropFirst().map(KeyMap.label).joined(separator: " ") : ""), b.command)
        }
    }

    /// Answers to `[keys.help]`.
    public var kind: ViewKind { .help }
    /// The help mode.
    public var mode: AppState.Mode { .help }
    /// Drawn over the view it describes.
    public var isOverlay: Bool { true }

    /// Scrolling, or back to the view it describes.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        let page = max(1, HelpView.box(rows: rows.count, width: state.width, height: state.height, rowWidth: 0).visibleRows)
        switch c {
        case .moveDown: scroll += 1
        case .moveUp: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .top: scroll = 0
        case .bottom: scroll = rows.count
        case .back: return ViewStep([], .pop)
        default: return ViewStep([], .pop)
        }
        scroll = max(0, min(scroll, max(0, rows.count - page)))
        return ViewStep()
    }

    /// Any other key closes help.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep { ViewStep([], .pop) }

    /// The wheel scrolls; a click closes help and returns to the view it was opened from.
    public mutating func handleMouse(_ event: MouseEvent, _ state: inout AppState) -> ViewStep {
        switch event.kind {
        case .wheelDown: return handle(.moveDown, &state)
        case .wheelUp: return handle(.moveUp, &state)
        case .press: return ViewStep([], .pop)
        case .release: return ViewStep()
        }
    }

    /// How many rows fit, for a terminal of `width` x `height`.
    static func box(rows: Int, width: Int, height: Int, rowWidth: Int) -> (rect: Rect, visibleRows: Int) {
        let available = Rect(x: 1, y: 1, width: max(0, width - 2), height: max(0, height - 2))
        let h = min(available.height, rows + 4)
        let w = min(available.width, max(rowWidth + 4, 10))
        let rect = Rect(x: available.x + (available.width - w) / 2, y: available.y + (available.height - h) / 2, width: w, height: h)
        return (rect, max(0, h - 4))
    }

    /// Draws a centred box listing every command with its keys, one column, scrolled.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let state = screen.state, theme = screen.theme
        let list = rows.map { ($0.keys, $0.command.help(state.language)) }
        let keyWidth = min(24, list.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let descWidth = list.map { DisplayWidth.of($0.1) }.max() ?? 0
        let (box, visible) = HelpView.box(rows: list.count, width: buf.width, height: buf.height, rowWidth: keyWidth + 2 + descWidth)
        guard box.width >= 10, box.height >= 4 else { return }
        buf.fill(box, style: theme.style(.help))
        buf.drawBox(box, style: theme.style(.paneBorderFocused), ascii: state.ascii)
        let title = " " + state.text(.helpTitle, ["back": screen.keys.label(for: .back, in: .help) ?? "Esc"]) + " "
        buf.putClipped(title, x: box.x + 2, y: box.y, width: box.width - 4, style: theme.style(.paneTitleFocused), ellipsis: screen.glyphs.ellipsis)
        let top = max(0, min(scroll, max(0, list.count - visible)))
        for (n, row) in list.enumerated().dropFirst(top).prefix(visible) {
            let y = box.y + 2 + n - top
            let x = box.x + 2
            buf.putClipped(row.0, x: x, y: y, width: keyWidth, style: theme.style(.helpKey), ellipsis: screen.glyphs.ellipsis)
            buf.putClipped(row.1, x: x + keyWidth + 2, y: y, width: max(0, box.maxX - 2 - x - keyWidth - 2), style: theme.style(.help), ellipsis: screen.glyphs.ellipsis)
        }
        if list.count > visible {
            let more = " " + state.text(.helpMore, ["first": String(top + 1), "last": String(min(list.count, top + visible)), "count": String(list.count),
                                                     "down": screen.keys.label(for: .moveDown, in: .help) ?? "j", "up": screen.keys.label(for: .moveUp, in: .help) ?? "k"]) + " "
            buf.putClipped(screen.t(more), x: box.x + 2, y: box.maxY - 1, width: box.width - 4, style: theme.style(.paneTitleFocused), ellipsis: screen.glyphs.ellipsis)
        }
    }
}
