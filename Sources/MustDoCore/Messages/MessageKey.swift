/// The name of every sentence and label a user reads; each language's catalog gives every one of them.
///
/// Keys are grouped by the area that says them (one `// MARK:` block per area, so that work on
/// different areas adds keys in different places). Placeholders are written `{name}` in the
/// catalogs and must be the same in every language (a test checks it).
public enum MessageKey: String, CaseIterable, Sendable {
    // MARK: errors (MustDoError)
    case errorInvalidDate
    case errorUnknownRef
    case errorDatabaseUnreadable
    case errorDatabaseCorrupt
    case errorDatabaseNewer
    case errorDatabaseReadOnly
    case errorDiskFull
    case errorDatabaseBusy
    case errorConfigInvalid
    case errorConfigInvalidAtLine
    case errorPackInvalid
    case errorPackInvalidAtLine
    case errorNoTerminal
    case errorResourcesMissing

    // MARK: files and data (store, core, backup, import, export)

    // MARK: console input (command-line parsing and the other console commands)
    case inputTaskTitleEmpty
    case inputTitleControl
    case inputTitleTooLong
    case inputReasonControl
    case inputReasonTooLong
    case inputNoteControl
    case inputNoteTooLong
    case inputJournalControl
    case inputJournalTooLong
    case inputFocusFull
    case inputCountInvalid
    case inputNotACountItem
    case inputTodayTooFar
    case inputUsageUnknownOption
    case inputUsageMissingValue
    case inputUsageMissingArgument
    case inputUsageUnexpected
    case inputUsageInvalidValue
    case inputUsageUnknownCommand
    case inputUsageOther
    case inputSeeHelp
    case inputInvalidChoice

    // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

    // MARK: screen: forms, settings, week grid

    // MARK: presentation models (today, week, plan; printers and screens)
}
