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

        // MARK: lunar calendar (mustdo lunar)
        .lunarAbstract: "Convert between solar dates and the Chinese lunar calendar (1900 to 2100).",
        .lunarDateHelp: "The solar date to convert (default: today).",
        .lunarFromHelp: "The first solar date of a range, one line per day.",
        .lunarToHelp: "The last solar date of a range.",
        .lunarSolarHelp: "A lunar date to convert to its solar date: YYYY-MM-DD, with L before a leap month (2025-L06-15).",
        .lunarFormatHelp: "Output: text, tsv (date, lunar date, leap 0/1) or json.",
        .lunarLine: "{solar}  lunar {lunar}  {chinese}",
        .lunarOutOfRange: "The date {date} is outside the lunar calendar MustDo knows ({first} to {last}): give a date in that range.",
        .lunarInvalid: "'{text}' is not a lunar date: write YYYY-MM-DD with L before a leap month (2025-L06-15), for a day that exists in that lunar year.",
        .lunarBadFormat: "The format '{text}' is not known: use text, tsv or json.",
        .lunarRangeBackwards: "The range ends ({to}) before it starts ({from}): give --from the earlier date.",
        .lunarRangeTooLong: "--from needs --to and --to needs --from: give both ends of the range.",
        .lunarOptionsConflict: "Give one of --date, --from/--to or --solar, not several.",

        // MARK: files and data (store, core, backup, import, export)

        // MARK: console input (command-line parsing and the other console commands)

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
