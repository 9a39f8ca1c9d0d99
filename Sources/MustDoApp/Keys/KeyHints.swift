import MustDoCore
import TerminalUI

/// The footer line of a full-screen view: the status message, or the view's most useful keys as they are bound now (a rebinding shows).
struct KeyHints {
    /// Draws the footer of view `kind` into `r`.
    static func drawFooter(_ buf: inout Buffer, _ r: Rect, _ screen: Screen, _ kind: ViewKind) {
        let state = screen.state, theme = screen.theme
        buf.fill(r, style: theme.style(.footer))
        var r = r
        if let sync = state.teamSync {
            // The background sync at the right end: its last time or problem, and the conflict mark.
            let text = " " + screen.t(sync.text(state.language)) + " "
            let width = min(DisplayWidth.of(text), r.width / 2)
            buf.putClipped(text, x: r.x + r.width - width, y: r.y, width: width,
                           style: theme.style(sync.problem != nil || sync.conflicts > 0 ? .error : .footer), ellipsis: screen.glyphs.ellipsis)
            r.width -= width
        }
        if let m = state.message {
            buf.putClipped(" " + screen.t(m.text), x: r.x, y: r.y, width: r.width, style: theme.style(m.isError ? .error : .message), ellipsis: screen.glyphs.ellipsis)
            return
        }
        // The most useful keys that fit; help and quit are always kept at the end.
        let pieces: [(Command, String, String)] = screen.keys[kind].footer.compactMap { c in
            screen.keys.label(for: c, in: kind).map { (c, $0, c.shortLabel(state.language)) }
        }
        func width(_ p: (Command, String, String)) -> Int { DisplayWidth.of(p.1) + DisplayWidth.of(p.2) + 3 }
        let kept = pieces.filter { $0.0 == .help || $0.0 == .quit }
        var room = r.width - kept.reduce(0) { $0 + width($1) }
        var shown: [(Command, String, String)] = []
        for p in pieces where p.0 != .help && p.0 != .quit {
            guard width(p) <= room else { break }
            shown.append(p)
            room -= width(p)
        }
        var x = r.x
        for (_, key, label) in shown + kept {
            x += buf.put(" " + key, x: x, y: r.y, style: theme.style(.footerKey))
            x += buf.put(" " + label + " ", x: x, y: r.y, style: theme.style(.footer))
        }
    }

    /// "Tab next · Enter/C-s save · Esc cancel": the hint line of a form or editor, from its table. A command shows its
    /// first key; `save` shows its first two, so the chord that saves from anywhere is named beside Enter or Esc.
    static func line(_ screen: Screen, _ kind: ViewKind) -> String {
        screen.keys[kind].footer.compactMap { c in
            let keys = screen.keys.keys(for: c, in: kind).prefix(c == .save ? 2 : 1)
            guard !keys.isEmpty else { return nil }
            return keys.map(KeyMap.label).joined(separator: "/") + " " + c.shortLabel(screen.state.language)
        }.joined(separator: " · ")
    }
}
