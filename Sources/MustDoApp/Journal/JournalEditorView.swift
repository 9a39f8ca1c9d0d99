import MustDoCore
import TerminalUI

/// The multi-line journal editor, drawn as a box over the view that opened it; saving or discarding returns there.
public struct JournalEditorView: View {
    /// What is being edited.
    public let target: AppState.JournalTarget
    /// The text being edited.
    public var textArea: TextArea
    /// The text as it was read (a draft is only a changed text).
    let original: String

    /// Opens the editor on `text`.
    public init(target: AppState.JournalTarget, text: String) {
        self.target = target
        self.textArea = TextArea(text: text)
        self.original = text
    }

    /// Answers to `[keys.journal]`.
    public var kind: ViewKind { .journal }
    /// The journal mode.
    public var mode: AppState.Mode { .journal(target) }
    /// Drawn over the view below.
    public var isOverlay: Bool { true }
    /// The changed text, if any.
    public var draft: String? { textArea.text == original ? nil : textArea.text }

    /// Save or discard.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        switch c {
        case .save: return ViewStep([.saveJournal(key: target.key, part: target.part, text: textArea.text)], .pop)
        case .discard:
            state.say(.journalDiscarded)
            return ViewStep([], .pop)
        default: return ViewStep()
        }
    }

    /// Every other key edits the text.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        textArea.apply(key)
        return ViewStep()
    }

    /// Draws the editor box.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let state = screen.state, theme = screen.theme
        let width = min(buf.width - 4, 100), height = min(buf.height - 4, 20)
        guard width >= 20, height >= 5 else { return }
        let box = Rect(x: (buf.width - width) / 2, y: (buf.height - height) / 2, width: width, height: height)
        buf.fill(box, style: theme.style(.help))
        buf.drawBox(box, style: theme.style(.paneBorderFocused), ascii: state.ascii)
        let what = state.text(target.part == .plan ? .journalPartPlan : .journalPartReview)
        let title = " " + state.text(.journalEditorTitle, ["key": target.key, "part": what]) + " "
        buf.putClipped(title, x: box.x + 2, y: box.y, width: box.width - 4, style: theme.style(.paneTitleFocused), ellipsis: screen.glyphs.ellipsis)
        let hint = " " + KeyHints.line(screen, .journal) + " "
        buf.putClipped(hint, x: box.x + 2, y: box.maxY - 1, width: box.width - 4, style: theme.style(.dim), ellipsis: screen.glyphs.ellipsis)
        textArea.render(into: &buf, rect: Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2),
                        style: theme.style(.help), cursorStyle: theme.style(.itemSelected))
    }
}
