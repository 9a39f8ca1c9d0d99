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
    case databaseUnreadable(path: String, reason: String)
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

    /// The process exit code (sysexits.h values), documented in the README.
    public var exitCode: Int32 {
        switch self {
        case .invalidDate, .unknownRef, .invalidArgument, .invalidInput: return 64      // EX_USAGE
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
        case let .databaseUnreadable(path, reason):
            return language.text(.errorDatabaseUnreadable, ["path": path, "reason": reason])
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
        }
    }
}
