import MustDoCore
import TerminalUI

/// Everything the screen shows, as plain data; changed only by `Reducer.reduce`.
public struct AppState: Sendable {
    /// What has the keyboard.
    public enum Mode: Sendable, Equatable {
        /// The six panes.
        case home
        /// The generated key help.
        case help
        /// A one-line text prompt (skip reason, note, filter).
        case input(InputPurpose)
    }

    /// What a text prompt is for.
    public enum InputPurpose: Sendable, Equatable {
        /// The reason for skipping occurrence `id`.
        case skipReason(Int64)
        /// The note of occurrence `id`.
        case note(Int64)
        /// The text filter, live.
        case filter
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
    /// The current mode.
    public var mode: Mode = .home
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
    /// The text prompt's editor.
    public var editor = LineEditor()
    /// A status line message.
    public var message: StatusMessage?
    /// Set when the user asked to quit.
    public var shouldQuit = false

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

    /// All items of a pane before filtering, with their refs (0 when browsing).
    public func allItems(of kind: PeriodKind) -> [Agenda.Item] {
        if let b = browsing[kind] { return b.items.map { Agenda.Item(ref: 0, occurrence: $0) } }
        return agenda.section(kind)?.items ?? []
    }

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

    /// Finds an occurrence anywhere on screen by id.
    public func occurrence(id: Int64) -> Occurrence? {
        for s in agenda.sections { if let i = s.items.first(where: { $0.occurrence.id == id }) { return i.occurrence } }
        for b in browsing.values { if let o = b.items.first(where: { $0.id == id }) { return o } }
        return nil
    }
}
