import MustDoCore
import TerminalUI

/// What every view reads (today's agenda, settings, undo stacks, size, language, the status line) and the stack of views; changed only by `Reducer.reduce`.
///
/// The home view is the bottom of the stack and is never popped; its pane state (focused pane, cursors,
/// browsed periods, filter) lives here because the prompts opened over it and the mouse layout read it.
/// Every other view owns its state in its own model on the stack.
public struct AppState: Sendable {
    /// What has the keyboard: the kind of the view on top of the stack (for tests and the runtime).
    public enum Mode: Sendable, Equatable {
        /// The six panes.
        case home
        /// The generated key help.
        case help
        /// A one-line text prompt (skip reason, note, filter, new task).
        case input(InputPurpose)
        /// The full-screen week review.
        case week
        /// Morning planning.
        case plan
        /// The multi-line journal editor.
        case journal(JournalTarget)
        /// The routine editor's list.
        case routines
        /// The routine editor's form.
        case routineForm
        /// Asking to confirm retiring a routine.
        case confirmRetire(String)
        /// The settings screen.
        case settings
        /// The customer list (searching or not).
        case customers
        /// One customer card.
        case customerCard
        /// The customer edit form.
        case customerForm
        /// Asking to confirm archiving or restoring a customer.
        case confirmArchive
        /// The visit form.
        case visitForm
        /// The ledger of promises.
        case ledger
        /// The visits list.
        case visits
        /// The period review.
        case review
        /// The sales ranking.
        case sales
        /// Typing a sales figure on the sales ranking.
        case salesEntry
        /// The team report.
        case team
    }

    /// Which journal text the editor is changing.
    public struct JournalTarget: Sendable, Equatable {
        /// The day or week key.
        public var key: String
        /// Plan or review.
        public var part: JournalPart

        /// Creates a target.
        public init(key: String, part: JournalPart) {
            self.key = key
            self.part = part
        }
    }

    /// What a text prompt is for.
    public enum InputPurpose: Sendable, Equatable {
        /// The reason for skipping occurrence `id`.
        case skipReason(Int64)
        /// The note of occurrence `id`.
        case note(Int64)
        /// The text filter, live.
        case filter
        /// The title of a new one-off task for today.
        case newTask
    }

    /// The UI language.
    public var language: Language
    /// Calendar settings.
    public var calendar: CalendarSettings
    /// Today (after the day-start hour).
    public var today: LocalDate
    /// The terminal size.
    public var width: Int
    /// The terminal size.
    public var height: Int
    /// Whether to draw with ASCII only (non-UTF-8 locale).
    public var ascii: Bool
    /// The views, bottom (home) first; the last one has the keyboard and decides what is drawn over what.
    public var stack: [any View] = [HomeView()]
    /// Today's lists.
    public var agenda: Agenda
    /// The focused pane.
    public var focused: PeriodKind = .day
    /// The longer-period pane focused last (shown beside Daily in the two-column layout).
    public var lastLongerPane: PeriodKind = .week
    /// The selected row in each pane (index into its visible items).
    public var cursor: [PeriodKind: Int] = [:]
    /// The first visible row in each pane.
    public var scroll: [PeriodKind: Int] = [:]
    /// Panes showing another period than today's (browsing history): the period and its items.
    public var browsing: [PeriodKind: BrowsedPeriod] = [:]
    /// The text filter (empty: none).
    public var filter: String = ""
    /// Changes that `u` undoes, newest last.
    public var undoStack: [UndoEntry] = []
    /// Changes that `U` redoes, newest last.
    public var redoStack: [UndoEntry] = []
    /// A status line message.
    public var message: StatusMessage?
    /// Set when the user asked to quit (or a signal or a lost terminal ended the program).
    public var shouldQuit = false
    /// Text typed into a view and not saved when the program was ended by a signal or Ctrl-C (printed after the terminal is restored).
    public var droppedDraft: String?
    /// Journal entries matching the filter text (shown while filtering).
    public var journalMatches: [JournalEntry] = []
    /// The settings as loaded (the settings screen starts from them).
    public var settings = Settings()
    /// The theme in use (its name).
    public var themeName = "default"
    /// The names of the themes the settings form accepts (empty: any name; the runtime reports one it cannot load).
    public var availableThemes: [String] = []
    /// Every view's key table with the user's overrides; the reducer resolves keys with it.
    public var keys = KeyTables()
    /// An occurrence the home view selects when it next appears in a list (after `a` or `f`, the cursor follows the item).
    public var pendingSelection: Int64?
    /// The background sync's last outcome for the status line (nil: no background sync).
    public var teamSync: TeamSyncStatus?

    /// What has the keyboard.
    public var mode: Mode { stack.last?.mode ?? .home }

    /// The topmost view of type `V` on the stack, if any.
    public func view<V: View>(_ type: V.Type) -> V? {
        for v in stack.reversed() { if let v = v as? V { return v } }
        return nil
    }

    /// Whether the terminal is below the smallest usable size (then only quitting works).
    public var isTooSmall: Bool { width < HomeLayout.minimumWidth || height < HomeLayout.minimumHeight }

    /// A period other than the current one, shown read-write in its pane.
    public struct BrowsedPeriod: Sendable, Equatable {
        /// The period shown.
        public var period: Period
        /// Its occurrences (empty until loaded, or when nothing was recorded).
        public var items: [Occurrence]
        /// Whether the items have arrived from the database.
        public var loaded: Bool
    }

    /// A line shown at the bottom until the next key.
    public struct StatusMessage: Sendable, Equatable {
        /// The text.
        public var text: String
        /// Whether it reports a failure.
        public var isError: Bool
    }

    /// Creates the state for `agenda`.
    public init(language: Language, calendar: CalendarSettings, today: LocalDate, width: Int, height: Int, ascii: Bool, agenda: Agenda) {
        self.language = language
        self.calendar = calendar
        self.today = today
        self.width = width
        self.height = height
        self.ascii = ascii
        self.agenda = agenda
    }

    /// The period a pane shows: the browsed one or today's.
    public func period(of kind: PeriodKind) -> Period {
        browsing[kind]?.period ?? agenda.section(kind)?.period ?? Period.containing(today, kind: kind, settings: calendar)
    }

    /// All items of a pane before filtering, with their refs (0 when browsing); the Daily pane lists today's focus (of any period) first.
    public func allItems(of kind: PeriodKind) -> [Agenda.Item] {
        if let b = browsing[kind] { return b.items.map { Agenda.Item(ref: 0, occurrence: $0) } }
        let items = agenda.section(kind)?.items ?? []
        guard kind == .day, !agenda.focus.isEmpty else { return items }
        return agenda.focusItems + items.filter { !agenda.focus.contains($0.occurrence.id) }
    }

    /// Whether an occurrence is one of today's focus items.
    public func isFocus(_ id: Int64) -> Bool { agenda.focus.contains(id) }

    /// The items a pane shows: filtered by text when a filter is set.
    public func items(of kind: PeriodKind) -> [Agenda.Item] {
        let all = allItems(of: kind)
        guard !filter.isEmpty else { return all }
        let needle = filter.lowercased()
        return all.filter { $0.occurrence.title.lowercased().contains(needle) || ($0.occurrence.note?.lowercased().contains(needle) ?? false) }
    }

    /// The selected item of a pane, if any.
    public func selectedItem(in kind: PeriodKind) -> Agenda.Item? {
        let list = items(of: kind)
        guard !list.isEmpty else { return nil }
        return list[min(max(cursor[kind] ?? 0, 0), list.count - 1)]
    }

    /// Finds an occurrence anywhere on screen by id (today's lists, browsed periods, and the data of every view on the stack).
    public func occurrence(id: Int64) -> Occurrence? {
        for s in agenda.sections { if let i = s.items.first(where: { $0.occurrence.id == id }) { return i.occurrence } }
        for b in browsing.values { if let o = b.items.first(where: { $0.id == id }) { return o } }
        for v in stack { if let o = v.occurrence(id: id) { return o } }
        return nil
    }

    /// A sentence from the catalog in the UI language.
    func text(_ key: MessageKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

    /// Sets the status line.
    mutating func say(_ key: MessageKey, _ values: [String: String] = [:], error: Bool = false) {
        message = .init(text: language.text(key, values), isError: error)
    }
}
