import MustDoCore
import TerminalUI

/// A one-line text prompt drawn on the bottom line over the view that opened it (skip reason, note, filter, new task); Esc returns to that view.
public struct PromptView: View {
    /// What the text is for.
    public let purpose: AppState.InputPurpose
    /// The line being typed.
    public var editor: LineEditor
    /// The text the prompt started with (a draft is only what differs from it).
    let initial: String

    /// Opens a prompt with `text` already typed.
    public init(_ purpose: AppState.InputPurpose, text: String) {
        self.purpose = purpose
        self.editor = LineEditor(text: text)
        self.initial = text
    }

    /// Answers to `[keys.prompt]`.
    public var kind: ViewKind { .prompt }
    /// The input mode of its purpose.
    public var mode: AppState.Mode { .input(purpose) }
    /// Drawn over the view below.
    public var isOverlay: Bool { true }
    /// Typed text that was not saved (the filter is not a draft: it is applied as it is typed).
    public var draft: String? { purpose == .filter || editor.text == initial ? nil : editor.text }

    /// Enter saves, Esc cancels.
    public mutating func handle(_ c: Command, _ state: inout AppState) -> ViewStep {
        switch c {
        case .submit:
            let text = editor.text
            switch purpose {
            case .skipReason(let id): return ViewStep([.apply(.skip(reason: text), id: id, origin: .user)], .pop)
            case .note(let id): return ViewStep([.apply(.setNote(text), id: id, origin: .user)], .pop)
            case .newTask: return ViewStep(text.isEmpty ? [] : [.addTask(text)], .pop)
            case .filter:
                state.filter = text
                for k in PeriodKind.allCases { Reducer.clamp(&state, k) }
                state.journalMatches = []
                if !text.isEmpty {
                    let count = PeriodKind.allCases.reduce(0) { $0 + state.items(of: $1).count }
                    state.say(.screenFilterApplied, ["text": text, "count": String(count), "key": state.keys.label(for: .clearFilter, in: .home) ?? "Esc"])
                }
                return ViewStep(text.isEmpty ? [] : [.searchJournal(text)], .pop)
            }
        case .cancel:
            if purpose == .filter {
                state.filter = ""
                for k in PeriodKind.allCases { Reducer.clamp(&state, k) }
            }
            return ViewStep([], .pop)
        default:
            return ViewStep()
        }
    }

    /// Every other key edits the line; the filter narrows the panes as it is typed.
    public mutating func handleKey(_ key: KeyEvent, _ state: inout AppState) -> ViewStep {
        editor.apply(key)
        if purpose == .filter {
            state.filter = editor.text
            for k in PeriodKind.allCases {
                state.cursor[k] = 0
                state.scroll[k] = 0
            }
        }
        return ViewStep()
    }

    /// Draws the prompt and the line on the bottom row.
    public func draw(into buf: inout Buffer, _ screen: Screen) {
        let state = screen.state, theme = screen.theme
        let r = Rect(x: 0, y: max(0, state.height - 1), width: state.width, height: 1)
        buf.fill(r, style: theme.style(.footer))
        let keys = ["submit": screen.keys.label(for: .submit, in: .prompt) ?? "Enter", "cancel": screen.keys.label(for: .cancel, in: .prompt) ?? "Esc"]
        let prompt: String
        switch purpose {
        case .skipReason: prompt = " " + state.text(.promptSkipReason, keys)
        case .note: prompt = " " + state.text(.promptNote, keys)
        case .filter: prompt = " / "
        case .newTask: prompt = " " + state.text(.promptNewTask, keys)
        }
        let w = buf.putClipped(prompt, x: r.x, y: r.y, width: r.width / 2, style: theme.style(.prompt), ellipsis: screen.glyphs.ellipsis)
        editor.render(into: &buf, rect: Rect(x: r.x + w, y: r.y, width: max(0, r.width - w), height: 1),
                      style: theme.style(.prompt), cursorStyle: theme.style(.itemSelected))
    }
}
