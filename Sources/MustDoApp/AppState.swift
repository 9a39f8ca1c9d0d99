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
    }

    /// Which journal text the editor is changing, and where to go back to.
    public struct JournalTarget: Sendable, Equatable {
        /// The day or week key.
        public var key: String
        /// Plan or review.
        public var part: JournalPart
        /// The mode to return to when done.
        public var returnToPlan: Bool

        /// Creates a target.
        public init(key: String, part: JournalPart, returnToPlan: Bool) {
            self.key = key
            self.part = part
            self.returnToPlan = returnToPlan
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
    /// The current mode.
    public var mode: Mode = .home
    /// The mode the help overlay returns to.
    public var modeBeforeHelp: Mode = .home
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
    /// The week review being shown (nil until loaded).
    public var week: WeekReview?
    /// The week asked for (the review may still be loading).
    public var weekShown: Period?
    /// The selected grid row in the week review.
    public var weekRow = 0
    /// The selected grid column (day) in the week review.
    public var weekColumn = 0
    /// Morning planning's data (nil until loaded).
    public var plan: MorningPlan?
    /// The selected line in planning.
    public var planCursor = 0
    /// The multi-line editor's text.
    public var textArea = TextArea()
    /// Journal entries matching the filter text (shown while filtering).
    public var journalMatches: [JournalEntry] = []
    /// Every routine, retired ones included (the routine editor).
    public var routineList: [Routine] = []
    /// The period the routine editor lists.
    public var routinePeriod: PeriodKind = .day
    /// The selected routine in the editor's list.
    public var routineCursor = 0
    /// Whether retired routines are listed.
    public var showRetired = false
    /// The open routine form.
    public var form = RoutineForm(routine: nil, period: .day, language: .en)
    /// The settings as loaded (the settings screen starts from them).
    public var settings = Settings()
    /// The theme in use (its name).
    public var themeName = "default"
    /// The names of the themes the settings form accepts (empty: any name; the runtime reports one it cannot load).
    public var availableThemes: [String] = []
    /// The open settings form.
    public var settingsForm = SettingsForm(settings: Settings(), language: .en, theme: "default")

    /// The routines the editor lists for its period.
    public var visibleRoutines: [Routine] {
        routineList.filter { $0.period == routinePeriod && (showRetired || $0.retiredOn == nil) }
    }

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

    /// Finds an occurrence anywhere on screen by id.
    public func occurrence(id: Int64) -> Occurrence? {
        for s in agenda.sections { if let i = s.items.first(where: { $0.occurrence.id == id }) { return i.occurrence } }
        for b in browsing.values { if let o = b.items.first(where: { $0.id == id }) { return o } }
        if let p = plan, let o = (p.leftovers + p.todayItems.map(\.occurrence) + p.dueSoon.map(\.occurrence)).first(where: { $0.id == id }) { return o }
        if let w = week, let o = (w.weeklyItems + w.longerDone + w.tasks).first(where: { $0.id == id }) { return o }
        return nil
    }

    /// The lines of morning planning that can be acted on, in screen order.
    public var planEntries: [PlanEntry] {
        guard let p = plan else { return [] }
        return p.leftovers.map { PlanEntry(section: .leftover, occurrence: $0, ref: 0) }
            + p.todayItems.map { PlanEntry(section: .today, occurrence: $0.occurrence, ref: $0.ref) }
            + p.dueSoon.map { PlanEntry(section: .dueSoon, occurrence: $0.occurrence, ref: $0.ref) }
    }

    /// One actionable line of planning.
    public struct PlanEntry: Sendable, Equatable {
        /// Which section it is in.
        public enum Section: Sendable, Equatable { case leftover, today, dueSoon }
        /// The section.
        public var section: Section
        /// The occurrence.
        public var occurrence: Occurrence
        /// Its ref for today (0 for yesterday's leftovers).
        public var ref: Int
    }
}
