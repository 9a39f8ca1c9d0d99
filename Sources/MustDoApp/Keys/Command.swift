import MustDoCore

/// The closed set of named things a user can ask a view to do; key tables bind keys to these names, and the names are what `[keys.<view>]` in config.toml uses.
public enum Command: String, CaseIterable, Sendable {
    case moveDown = "down"
    case moveUp = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top
    case bottom
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case focusDaily = "focus-daily"
    case focusWeekly = "focus-weekly"
    case focusMonthly = "focus-monthly"
    case focusQuarterly = "focus-quarterly"
    case focusHalf = "focus-half"
    case focusYearly = "focus-yearly"
    case toggle
    case increment
    case decrement
    case skip
    case note
    case undo
    case redo
    case filter
    case clearFilter = "clear-filter"
    case previousPeriod = "previous-period"
    case nextPeriod = "next-period"
    case today
    case help
    case quit
    case interrupt
    case weekReview = "week"
    case planning = "plan"
    case addTask = "add-task"
    case focus
    case journalReview = "journal"
    case externalEditor = "editor"
    case carryOver = "carry-over"
    case editPlan = "edit-plan"
    case back
    case thisWeek = "this-week"
    case left
    case right
    case routineEditor = "routines"
    case settingsScreen = "settings"
    case addRoutine = "add-routine"
    case editRoutine = "edit-routine"
    case retireRoutine = "retire-routine"
    case restoreRoutine = "restore-routine"
    case moveRoutineDown = "move-routine-down"
    case moveRoutineUp = "move-routine-up"
    case toggleRetired = "show-retired"
    case submit
    case cancel
    case save
    case discard
    case nextField = "next-field"
    case previousField = "previous-field"
    case confirm
    case customersScreen = "customers"
    case openCustomer = "open-customer"
    case addCustomer = "add-customer"
    case editCustomer = "edit-customer"
    case archiveCustomer = "archive-customer"
    case restoreCustomer = "restore-customer"
    case cycleSort = "sort"
    case filterTier = "filter-tier"
    case filterStatus = "filter-status"
    case filterTag = "filter-tag"
    case showArchived = "show-archived"
    case editText = "edit-text"
    case search
    case visitForm = "visit"
    case ledger
    case markKept = "kept"
    case markBroken = "broken"
    case renegotiate
    case markTold = "told"
    case cycleDirection = "direction"
    case groupByCustomer = "group"
    case visitsScreen = "visits"
    case filterKind = "filter-kind"
    case filterCustomer = "filter-customer"
    case filterNoAction = "filter-no-action"
    case addPromise = "add-promise"
    case periodReview = "review"
    case salesScreen = "sales"
    case addSales = "add-sales"
    case reviewMonth = "review-month"
    case reviewQuarter = "review-quarter"
    case reviewHalf = "review-half"
    case reviewYear = "review-year"
    case filterLosingTouch = "filter-losing-touch"
    case teamScreen = "team"
    case reloadTeam = "reload"
    case cycleReportKind = "report-kind"
    case columnsLeft = "columns-left"
    case columnsRight = "columns-right"

    /// What the command does, for the help screen (from the message catalog).
    public func help(_ language: Language) -> String { language.text(helpKey) }

    /// A one-word label for the footer (from the message catalog; the help text when there is no shorter one).
    public func shortLabel(_ language: Language) -> String { language.text(labelKey ?? helpKey) }

    private var helpKey: MessageKey {
        switch self {
        case .moveDown: return .commandHelpMoveDown
        case .moveUp: return .commandHelpMoveUp
        case .pageDown: return .commandHelpPageDown
        case .pageUp: return .commandHelpPageUp
        case .top: return .commandHelpTop
        case .bottom: return .commandHelpBottom
        case .nextPane: return .commandHelpNextPane
        case .previousPane: return .commandHelpPreviousPane
        case .focusDaily: return .commandHelpFocusDaily
        case .focusWeekly: return .commandHelpFocusWeekly
        case .focusMonthly: return .commandHelpFocusMonthly
        case .focusQuarterly: return .commandHelpFocusQuarterly
        case .focusHalf: return .commandHelpFocusHalf
        case .focusYearly: return .commandHelpFocusYearly
        case .toggle: return .commandHelpToggle
        case .increment: return .commandHelpIncrement
        case .decrement: return .commandHelpDecrement
        case .skip: return .commandHelpSkip
        case .note: return .commandHelpNote
        case .undo: return .commandHelpUndo
        case .redo: return .commandHelpRedo
        case .filter: return .commandHelpFilter
        case .clearFilter: return .commandHelpClearFilter
        case .previousPeriod: return .commandHelpPreviousPeriod
        case .nextPeriod: return .commandHelpNextPeriod
        case .today: return .commandHelpToday
        case .help: return .commandHelpHelp
        case .quit: return .commandHelpQuit
        case .interrupt: return .commandHelpInterrupt
        case .weekReview: return .commandHelpWeekReview
        case .planning: return .commandHelpPlanning
        case .addTask: return .commandHelpAddTask
        case .focus: return .commandHelpFocus
        case .journalReview: return .commandHelpJournalReview
        case .externalEditor: return .commandHelpExternalEditor
        case .carryOver: return .commandHelpCarryOver
        case .editPlan: return .commandHelpEditPlan
        case .back: return .commandHelpBack
        case .thisWeek: return .commandHelpThisWeek
        case .left: return .commandHelpLeft
        case .right: return .commandHelpRight
        case .routineEditor: return .commandHelpRoutineEditor
        case .settingsScreen: return .commandHelpSettingsScreen
        case .addRoutine: return .commandHelpAddRoutine
        case .editRoutine: return .commandHelpEditRoutine
        case .retireRoutine: return .commandHelpRetireRoutine
        case .restoreRoutine: return .commandHelpRestoreRoutine
        case .moveRoutineDown: return .commandHelpMoveRoutineDown
        case .moveRoutineUp: return .commandHelpMoveRoutineUp
        case .toggleRetired: return .commandHelpToggleRetired
        case .submit: return .commandHelpSubmit
        case .cancel: return .commandHelpCancel
        case .save: return .commandHelpSave
        case .discard: return .commandHelpDiscard
        case .nextField: return .commandHelpNextField
        case .previousField: return .commandHelpPreviousField
        case .confirm: return .commandHelpConfirm
        case .customersScreen: return .custScreenHelpCustomers
        case .openCustomer: return .custScreenHelpOpenCustomer
        case .addCustomer: return .custScreenHelpAddCustomer
        case .editCustomer: return .custScreenHelpEditCustomer
        case .archiveCustomer: return .custScreenHelpArchiveCustomer
        case .restoreCustomer: return .custScreenHelpRestoreCustomer
        case .cycleSort: return .custScreenHelpCycleSort
        case .filterTier: return .custScreenHelpFilterTier
        case .filterStatus: return .custScreenHelpFilterStatus
        case .filterTag: return .custScreenHelpFilterTag
        case .showArchived: return .custScreenHelpShowArchived
        case .editText: return .custScreenHelpEditText
        case .search: return .custScreenHelpSearch
        case .visitForm: return .vscrHelpVisitForm
        case .ledger: return .vscrHelpLedger
        case .markKept: return .vscrHelpKept
        case .markBroken: return .vscrHelpBroken
        case .renegotiate: return .vscrHelpRenegotiate
        case .markTold: return .vscrHelpTold
        case .cycleDirection: return .vscrHelpDirection
        case .groupByCustomer: return .vscrHelpGroup
        case .visitsScreen: return .vscrHelpVisits
        case .filterKind: return .vscrHelpFilterKind
        case .filterCustomer: return .vscrHelpFilterCustomer
        case .filterNoAction: return .vscrHelpNoAction
        case .addPromise: return .vscrHelpAddPromise
        case .periodReview: return .rscrHelpPeriodReview
        case .salesScreen: return .rscrHelpSales
        case .addSales: return .rscrHelpAddSales
        case .reviewMonth: return .rscrHelpReviewMonth
        case .reviewQuarter: return .rscrHelpReviewQuarter
        case .reviewHalf: return .rscrHelpReviewHalf
        case .reviewYear: return .rscrHelpReviewYear
        case .filterLosingTouch: return .cadenceHelpFilterLosingTouch
        case .teamScreen: return .tscreenHelpTeam
        case .reloadTeam: return .tscreenHelpReload
        case .cycleReportKind: return .tscreenHelpCycleKind
        case .columnsLeft: return .tscreenHelpColumnsLeft
        case .columnsRight: return .tscreenHelpColumnsRight
        }
    }

    private var labelKey: MessageKey? {
        switch self {
        case .nextPane: return .commandLabelNextPane
        case .toggle: return .commandLabelToggle
        case .increment: return .commandLabelIncrement
        case .decrement: return .commandLabelDecrement
        case .skip: return .commandLabelSkip
        case .note: return .commandLabelNote
        case .undo: return .commandLabelUndo
        case .redo: return .commandLabelRedo
        case .filter: return .commandLabelFilter
        case .clearFilter: return .commandLabelClearFilter
        case .previousPeriod: return .commandLabelPreviousPeriod
        case .nextPeriod: return .commandLabelNextPeriod
        case .today: return .commandLabelToday
        case .help: return .commandLabelHelp
        case .quit: return .commandLabelQuit
        case .interrupt: return .commandLabelInterrupt
        case .weekReview: return .commandLabelWeekReview
        case .planning: return .commandLabelPlanning
        case .addTask: return .commandLabelAddTask
        case .focus: return .commandLabelFocus
        case .journalReview: return .commandLabelJournalReview
        case .externalEditor: return .commandLabelExternalEditor
        case .carryOver: return .commandLabelCarryOver
        case .editPlan: return .commandLabelEditPlan
        case .back: return .commandLabelBack
        case .thisWeek: return .commandLabelThisWeek
        case .routineEditor: return .commandLabelRoutineEditor
        case .settingsScreen: return .commandLabelSettingsScreen
        case .addRoutine: return .commandLabelAddRoutine
        case .editRoutine: return .commandLabelEditRoutine
        case .retireRoutine: return .commandLabelRetireRoutine
        case .restoreRoutine: return .commandLabelRestoreRoutine
        case .moveRoutineDown: return .commandLabelMoveRoutineDown
        case .moveRoutineUp: return .commandLabelMoveRoutineUp
        case .toggleRetired: return .commandLabelToggleRetired
        case .submit: return .commandLabelSubmit
        case .cancel: return .commandLabelCancel
        case .save: return .commandLabelSave
        case .discard: return .commandLabelDiscard
        case .nextField: return .commandLabelNextField
        case .previousField: return .commandLabelPreviousField
        case .confirm: return .commandLabelConfirm
        case .customersScreen: return .custScreenLabelCustomers
        case .openCustomer: return .custScreenLabelOpenCustomer
        case .addCustomer: return .custScreenLabelAddCustomer
        case .editCustomer: return .custScreenLabelEditCustomer
        case .archiveCustomer: return .custScreenLabelArchiveCustomer
        case .restoreCustomer: return .custScreenLabelRestoreCustomer
        case .cycleSort: return .custScreenLabelCycleSort
        case .filterTier: return .custScreenLabelFilterTier
        case .filterStatus: return .custScreenLabelFilterStatus
        case .filterTag: return .custScreenLabelFilterTag
        case .showArchived: return .custScreenLabelShowArchived
        case .editText: return .custScreenLabelEditText
        case .search: return .custScreenLabelSearch
        case .visitForm: return .vscrLabelVisitForm
        case .ledger: return .vscrLabelLedger
        case .markKept: return .vscrLabelKept
        case .markBroken: return .vscrLabelBroken
        case .renegotiate: return .vscrLabelRenegotiate
        case .markTold: return .vscrLabelTold
        case .cycleDirection: return .vscrLabelDirection
        case .groupByCustomer: return .vscrLabelGroup
        case .visitsScreen: return .vscrLabelVisits
        case .filterKind: return .vscrLabelFilterKind
        case .filterCustomer: return .vscrLabelFilterCustomer
        case .filterNoAction: return .vscrLabelNoAction
        case .addPromise: return .vscrLabelAddPromise
        case .periodReview: return .rscrLabelPeriodReview
        case .salesScreen: return .rscrLabelSales
        case .addSales: return .rscrLabelAddSales
        case .reviewMonth: return .rscrLabelReviewMonth
        case .reviewQuarter: return .rscrLabelReviewQuarter
        case .reviewHalf: return .rscrLabelReviewHalf
        case .reviewYear: return .rscrLabelReviewYear
        case .filterLosingTouch: return .cadenceLabelFilterLosingTouch
        case .teamScreen: return .tscreenLabelTeam
        case .reloadTeam: return .tscreenLabelReload
        case .cycleReportKind: return .tscreenLabelCycleKind
        case .columnsRight: return .tscreenLabelColumns
        default: return nil
        }
    }

    /// The pane a focus command selects.
    public var focusTarget: PeriodKind? {
        switch self {
        case .focusDaily: return .day
        case .focusWeekly: return .week
        case .focusMonthly: return .month
        case .focusQuarterly: return .quarter
        case .focusHalf: return .half
        case .focusYearly: return .year
        default: return nil
        }
    }
}
