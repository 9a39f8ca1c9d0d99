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

        // MARK: console input (command-line parsing and the other console commands)
        .inputTaskTitleEmpty: "A task needs a title: give some text, e.g. mustdo add \"call Mr. Wang back\".",
        .inputTitleControl: "The title contains the control character {char}: write it on one line without control characters.",
        .inputTitleTooLong: "The title is {count} characters long: shorten it to at most {limit}.",
        .inputReasonControl: "The skip reason contains the control character {char}: write it on one line without control characters.",
        .inputReasonTooLong: "The skip reason is {count} characters long: shorten it to at most {limit}.",
        .inputNoteControl: "The note contains the control character {char}: write it without control characters (line breaks are fine).",
        .inputNoteTooLong: "The note is {count} characters long: shorten it to at most {limit}.",
        .inputJournalControl: "The text for {option} contains the control character {char}: remove it (line breaks and tabs are fine); nothing was saved.",
        .inputJournalTooLong: "The text for {option} is {count} characters long: shorten it to at most {limit}; nothing was saved.",
        .inputFocusFull: "Today's focus holds at most {max} items: remove one first with mustdo focus REF.",
        .inputCountInvalid: "N must be one non-zero whole number from -{limit} to {limit}, e.g. mustdo add-count 7 2 or mustdo add-count 7 -1, not '{text}'.",
        .inputNotACountItem: "Item {ref} '{title}' has no count: use `mustdo check {ref}` instead.",
        .inputTodayTooFar: "{source} {date} is more than {days} days after today ({real}): give a date up to {limit}, since looking further ahead would store years of empty lists.",
        .inputUsageUnknownOption: "There is no option {option}: see mustdo {command}--help for the options.",
        .inputUsageMissingValue: "{option} needs a value: write it after the option, e.g. {option} VALUE (see mustdo {command}--help).",
        .inputUsageMissingArgument: "The argument {argument} is missing: give it after the command (see mustdo {command}--help).",
        .inputUsageUnexpected: "The argument {argument} is not expected here: remove it or quote text that belongs together (see mustdo {command}--help).",
        .inputUsageInvalidValue: "The value {value} is not valid for {option}: see mustdo {command}--help for what it takes.",
        .inputUsageUnknownCommand: "There is no command {argument}: see mustdo --help for the commands.",
        .inputUsageOther: "The command line cannot be read: see mustdo {command}--help for how to write it.",
        .inputSeeHelp: " (see mustdo --help)",
        .inputInvalidChoice: "{option} must be one of {choices}, not '{text}'.",

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
