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
    case errorEnvironmentNotUTF8
    case errorTwoStandardInputs
    case outputExists
    case backupNothingToCopy
    case databaseProblemPermission
    case databaseProblemSQLite
    case databaseProblemFolder
    case databaseProblemFile
    case backupAbstract
    case backupPathHelp
    case backupForceHelp
    case backupParentsHelp
    case langInvalid
    case exportAbstract
    case exportFromHelp
    case exportToHelp
    case outputOptionHelp
    case forceOptionHelp
    case exportRangeReversed
    case exportICSAbstract
    case exportICSWritten
    case exportCSVAbstract
    case exportBOMHelp
    case exportCSVWritten
    case exportJSONWritten
    case outputWritten
    case importFileHelp
    case importMergeHelp
    case importReplaceHelp
    case importDryRunHelp
    case importAbstract
    case importMergeAndReplace
    case importDryRun
    case importDone
    case importCounts
    case importAdded
    case importUpdated
    case importRestored
    case importRetired
    case routinesExportAbstract
    case routinesExportFormatHelp
    case routinesExportRetiredHelp
    case routinesExportFormatInvalid
    case routinesExportPackName
    case routinesExported
    case holidaysAbstract
    case holidaysListAbstract
    case holidaysYearHelp
    case holidaysYearInvalid
    case holidaysNone
    case holidaysDaysOff
    case holidaysWorkdays
    case holidaysNoneSet
    case holidaysImportAbstract
    case holidaysICSFileHelp
    case holidaysImported
    case initAlreadySeeded
    case initSeeded


    // MARK: console input (command-line parsing and the other console commands)

    // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

    // MARK: screen: forms, settings, week grid

    // MARK: presentation models (today, week, plan; printers and screens)
}
