/// Every error a user can cause, each ending in one sentence that names the thing and the fix.
public enum MustDoError: Error, Equatable, Sendable {
    /// A date that is not `YYYY-MM-DD` or does not exist; `source` names where it came from (`--today`).
    case invalidDate(String, source: String)
    /// A REF that is neither a number shown by `mustdo today` nor a routine id.
    case unknownRef(String)
    /// A command-line value that makes no sense; the text is the full sentence.
    case invalidArgument(String)
    /// A mistake in what the user typed, said by a catalog sentence in the reader's language (for errors raised below the console and screen, which do not know the language).
    case invalidInput(MessageKey, [String: String])
    /// The database file cannot be opened (missing directory, permissions, a directory in its place).
    case databaseUnreadable(path: String, problem: DatabaseOpenProblem)
    /// The file is not a MustDo/SQLite database or is damaged.
    case databaseCorrupt(path: String)
    /// The database was written by a newer MustDo.
    case databaseNewer(path: String)
    /// The database cannot be written (read-only file or directory).
    case databaseReadOnly(path: String)
    /// The disk (or the database's size limit) is full.
    case diskFull(path: String)
    /// Another process holds the database for too long.
    case databaseBusy(path: String)
    /// A config or theme file is invalid: file, line (0 when unknown), key and what is wrong.
    case configInvalid(file: String, line: Int, key: String, problem: String)
    /// A routine pack or import file is invalid.
    case packInvalid(file: String, line: Int, field: String, problem: String)
    /// The screen cannot start here (no terminal, TERM=dumb).
    case noTerminal(reason: String)
    /// The shipped data files (routine packs, themes) cannot be found.
    case resourcesMissing(what: String)
    /// A file the user named (config, holidays, theme, pack, calendar) was not read: missing, unreadable, not a regular file, too large, not UTF-8.
    case inputFile(path: String, role: InputFileRole, problem: FileProblem)
    /// The database path names a device, pipe or socket (`--db /dev/null`), not a file.
    case databaseNotAFile(path: String, kind: FileKind)
    /// The disk is full while only reading: SQLite needs room for its -shm index even then; nothing was changed.
    case diskFullReading(path: String)
    /// The disk or file system reported an I/O error other than a full disk.
    case ioError(path: String)
    /// config.toml could not be written; the reason is the system's. The old file is intact.
    case configNotSaved(path: String, reason: String)
    /// The folder an output file should go in does not exist, and `option` (e.g. `--parents`) would create it.
    case outputFolderMissing(path: String, folder: String, option: String)
    /// The output file exists and `--force` was not given.
    case outputExists(path: String)
    /// An output file could not be written (not a full disk): the reason is the system's.
    case outputNotWritten(path: String, reason: String)
    /// Text given to MustDo cannot be stored exactly: `what` names where it came from (an argument, `--plan -`).
    case textRefused(what: String, problem: TextProblem)

    /// The process exit code (sysexits.h values), documented in the README.
    public var exitCode: Int32 {
        switch self {
        case .invalidDate, .unknownRef, .invalidArgument, .invalidInput, .outputExists: return 64      // EX_USAGE
        case .textRefused(_, let problem): return problem == .notUTF8Argument || problem == .notUTF8Environment || problem == .twoStandardInputs ? 64 : 65
        case .inputFile(_, let role, _): return role == .pack || role == .calendar || role == .contacts || role == .customers || role == .sales ? 65 : 78
        case .databaseNotAFile: return 66                                // EX_NOINPUT
        case .diskFullReading, .ioError: return 74                       // EX_IOERR
        case .configNotSaved, .outputFolderMissing, .outputNotWritten: return 73   // EX_CANTCREAT
        case .databaseCorrupt, .databaseNewer, .packInvalid: return 65   // EX_DATAERR
        case .databaseUnreadable: return 66                              // EX_NOINPUT
        case .noTerminal: return 69                                      // EX_UNAVAILABLE
        case .resourcesMissing: return 72                                // EX_OSFILE
        case .diskFull: return 74                                        // EX_IOERR
        case .databaseBusy: return 75                                    // EX_TEMPFAIL
        case .databaseReadOnly: return 77                                // EX_NOPERM
        case .configInvalid: return 78                                   // EX_CONFIG
        }
    }

    /// The one-sentence message in `language`, on one line: control characters from quoted user input are escaped.
    public func message(_ language: Language) -> String {
        var out = ""
        for u in rawMessage(language).unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                    out += "\\u{" + String(u.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    private func rawMessage(_ language: Language) -> String {
        switch self {
        case let .invalidDate(text, source):
            return language.text(.errorInvalidDate, ["text": text.quotedForMessage(), "source": source])
        case let .unknownRef(ref):
            return language.text(.errorUnknownRef, ["ref": ref.quotedForMessage()])
        case let .invalidArgument(text):
            return text
        case let .invalidInput(key, values):
            return language.text(key, values)
        case let .databaseUnreadable(path, problem):
            return language.text(.errorDatabaseUnreadable, ["path": path, "reason": problem.reason(language)])
        case let .databaseCorrupt(path):
            return language.text(.errorDatabaseCorrupt, ["path": path])
        case let .databaseNewer(path):
            return language.text(.errorDatabaseNewer, ["path": path])
        case let .databaseReadOnly(path):
            return language.text(.errorDatabaseReadOnly, ["path": path])
        case let .diskFull(path):
            return language.text(.errorDiskFull, ["path": path])
        case let .databaseBusy(path):
            return language.text(.errorDatabaseBusy, ["path": path])
        case let .configInvalid(file, _, key, problem) where file.hasPrefix("--"):
            // A value given on the command line (`--theme nosuch`): there is no file line to fix.
            return language.text(.errorOptionInvalid, ["option": file, "key": key, "problem": problem])
        case let .configInvalid(file, line, key, problem):
            return line > 0 ? language.text(.errorConfigInvalidAtLine, ["file": file, "line": String(line), "key": key, "problem": problem])
                            : language.text(.errorConfigInvalid, ["file": file, "key": key, "problem": problem])
        case let .packInvalid(file, line, field, problem):
            return line > 0 ? language.text(.errorPackInvalidAtLine, ["file": file, "line": String(line), "field": field, "problem": problem])
                            : language.text(.errorPackInvalid, ["file": file, "field": field, "problem": problem])
        case let .noTerminal(reason):
            return language.text(.errorNoTerminal, ["reason": reason])
        case let .resourcesMissing(what):
            return language.text(.errorResourcesMissing, ["what": what])
        case let .inputFile(path, role, problem):
            var values = ["path": path, "what": role.noun(language)]
            switch problem {
            case .missing: return language.text(.errorFileMissing, values)
            case .unreadable(let reason): values["reason"] = reason; return language.text(.errorFileUnreadable, values)
            case .notRegular(let kind): values["kind"] = kind.name(language); return language.text(.errorFileNotRegular, values)
            case .tooLarge(let limit): values["limit"] = TextFile.sizeText(limit); return language.text(.errorFileTooLarge, values)
            case .notUTF8: return language.text(.errorFileNotUTF8, values)
            }
        case let .databaseNotAFile(path, kind):
            return language.text(.errorDatabaseNotAFile, ["path": path, "kind": kind.name(language)])
        case let .diskFullReading(path):
            return language.text(.errorDiskFullReading, ["path": path])
        case let .ioError(path):
            return language.text(.errorIO, ["path": path])
        case let .configNotSaved(path, reason):
            return language.text(.errorConfigNotSaved, ["path": path, "reason": reason])
        case let .outputFolderMissing(path, folder, option):
            return language.text(.errorOutputFolderMissing, ["path": path, "folder": folder, "option": option])
        case let .outputExists(path):
            return language.text(.outputExists, ["path": path])
        case let .outputNotWritten(path, reason):
            return language.text(.errorOutputNotWritten, ["path": path, "reason": reason])
        case let .textRefused(what, problem):
            switch problem {
            case .nul: return language.text(.errorTextNUL, ["what": what])
            case .notUTF8: return language.text(.errorTextNotUTF8, ["what": what])
            case .notUTF8Argument: return language.text(.errorArgumentNotUTF8, ["what": what])
            case .notUTF8Environment: return language.text(.errorEnvironmentNotUTF8, ["what": what])
            case .twoStandardInputs: return language.text(.errorTwoStandardInputs, ["what": what])
            }
        }
    }
}
