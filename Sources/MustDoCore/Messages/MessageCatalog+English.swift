extension MessageCatalog {
    /// Every sentence in English.
    static let english: [MessageKey: String] = [
        // MARK: errors (MustDoError)
        .errorInvalidDate: "The date '{text}' given in {source} is not valid: use a real date as YYYY-MM-DD, e.g. 2026-11-23.",
        .errorUnknownRef: "There is no item '{ref}': use a number shown by `mustdo today` or a routine id from `mustdo routines`.",
        .errorDatabaseUnreadable: "Cannot open the database {path} ({reason}): check the path and its permissions, or pass another file with --db.",
        .errorDatabaseCorrupt: "{path} is not a MustDo database or is damaged, and was left untouched: restore it from a backup or pass another file with --db.",
        .errorDatabaseNewer: "The database {path} was written by a newer MustDo and was left untouched: upgrade MustDo to open it.",
        .errorDatabaseReadOnly: "The database {path} is read-only, so nothing was saved: make the file and its folder writable.",
        .errorDiskFull: "The disk is full, so {path} could not be written and this change was not saved: free some space and try again.",
        .errorDatabaseBusy: "The database {path} is held by another process for too long: try again in a moment.",
        .errorConfigInvalid: "{file}, {key}: {problem}; fix that line in the file.",
        .errorConfigInvalidAtLine: "{file}, line {line}, {key}: {problem}; fix that line in the file.",
        .errorPackInvalid: "{file}, {field}: {problem}; nothing was imported.",
        .errorPackInvalidAtLine: "{file}, line {line}, {field}: {problem}; nothing was imported.",
        .errorNoTerminal: "MustDo's screen needs a terminal ({reason}): use `mustdo today` to print the lists instead.",
        .errorResourcesMissing: "MustDo's shipped {what} cannot be found: reinstall so that mustdo_MustDoCore.resources sits next to the mustdo binary.",

        // MARK: files and data (store, core, backup, import, export)
        .errorFileMissing: "The {what} {path} does not exist: check the path.",
        .errorFileUnreadable: "The {what} {path} cannot be read ({reason}): check its permissions.",
        .errorFileNotRegular: "The {what} {path} is {kind}, not a regular file, so it was not read: name a regular file.",
        .errorFileTooLarge: "The {what} {path} is larger than {limit}, the most MustDo reads from one file, so it was not read: name a smaller file.",
        .errorFileNotUTF8: "The {what} {path} is not UTF-8 text: save it as UTF-8.",
        .fileKindFolder: "a folder",
        .fileKindDevice: "a device",
        .fileKindPipe: "a pipe",
        .fileKindSocket: "a socket",
        .fileRoleConfig: "config file",
        .fileRoleHolidays: "holidays_file",
        .fileRoleTheme: "theme file",
        .fileRolePack: "routine file",
        .fileRoleCalendar: "calendar file",
        .errorOptionInvalid: "{option}: {problem}; give another value.",
        .errorDatabaseNotAFile: "The database {path} is {kind}, not a file, so nothing was opened: pass a file path with --db.",
        .errorDiskFullReading: "The disk is full, so {path} cannot even be opened for reading (SQLite needs a little room beside it); nothing was changed: free some space and try again.",
        .errorIO: "The disk reported an I/O error on {path}, so nothing was saved: check the disk (e.g. dmesg), then restore from a backup if the file is damaged.",
        .errorConfigNotSaved: "The settings could not be written to {path} ({reason}), so they were not saved and the file is unchanged: check that its folder is writable and has room.",
        .errorOutputFolderMissing: "The folder {folder} does not exist, so {path} was not written: create it first, or add {option} to create it.",
        .errorOutputNotWritten: "Cannot write {path} ({reason}): check that its folder is writable.",
        .errorTextNUL: "The text for {what} holds a NUL character, which would cut it short, so nothing was saved: remove it.",
        .errorTextNotUTF8: "The text for {what} is not UTF-8, so nothing was saved: send UTF-8 text.",
        .errorArgumentNotUTF8: "The argument '{what}' is not UTF-8 text, so nothing was done: type it again in a UTF-8 terminal (its bad bytes are shown as \\xNN).",
        .errorTwoStandardInputs: "{what} - would both read standard input, which can be read only once, so nothing was saved: give one of them as text.",
        .outputExists: "{path} exists already, so nothing was written: choose another path, or add --force to replace it.",
        .backupNothingToCopy: "it does not exist, so there is nothing to back up",
        .backupAbstract: "Write a consistent copy of the database with SQLite's backup API (fine while the screen is open); by default to backups/mustdo-YYYY-MM-DD.sqlite beside the database.",
        .backupPathHelp: "Where to write the copy.",
        .backupForceHelp: "Replace an existing file.",
        .backupParentsHelp: "Create the copy's folder (and those above it) when missing, mode 0700.",
        .langInvalid: "--lang must be zh or en, not '{value}'.",


        // MARK: console input (command-line parsing and the other console commands)

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
