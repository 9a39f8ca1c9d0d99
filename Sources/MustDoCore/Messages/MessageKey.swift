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

    // MARK: lunar calendar (mustdo lunar)
    case lunarAbstract
    case lunarDateHelp
    case lunarFromHelp
    case lunarToHelp
    case lunarSolarHelp
    case lunarFormatHelp
    case lunarLine
    case lunarOutOfRange
    case lunarInvalid
    case lunarBadFormat
    case lunarRangeBackwards
    case lunarRangeTooLong
    case lunarOptionsConflict

    // MARK: files and data (store, core, backup, import, export)

    // MARK: console input (command-line parsing and the other console commands)

    // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

    // MARK: screen: forms, settings, week grid

    // MARK: presentation models (today, week, plan; printers and screens)
}
