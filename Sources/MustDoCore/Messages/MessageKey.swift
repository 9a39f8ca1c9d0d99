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
    case errorFileMissing
    case errorFileUnreadable
    case errorFileNotRegular
    case errorFileTooLarge
    case errorFileNotUTF8
    case fileKindFolder
    case fileKindDevice
    case fileKindPipe
    case fileKindSocket
    case fileRoleConfig
    case fileRoleHolidays
    case fileRoleTheme
    case fileRolePack
    case fileRoleCalendar
    case errorOptionInvalid
    case errorDatabaseNotAFile
    case errorDiskFullReading
    case errorIO
    case errorConfigNotSaved
    case errorOutputFolderMissing
    case errorOutputNotWritten
    case errorTextNUL
    case errorTextNotUTF8
    case errorArgumentNotUTF8
    case errorTwoStandardInputs
    case outputExists
    case backupNothingToCopy
    case backupAbstract
    case backupPathHelp
    case backupForceHelp
    case backupParentsHelp
    case langInvalid


    // MARK: console input (command-line parsing and the other console commands)

    // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

    // MARK: screen: forms, settings, week grid

    // MARK: presentation models (today, week, plan; printers and screens)
}
