/// Every error a user can cause, each ending in one sentence that names the thing and the fix.
public enum MustDoError: Error, Equatable, Sendable {
    /// A date that is not `YYYY-MM-DD` or does not exist; `source` names where it came from (`--today`).
    case invalidDate(String, source: String)
    /// A REF that is neither a number shown by `mustdo today` nor a routine id.
    case unknownRef(String)
    /// A command-line value that makes no sense; the text is the full sentence.
    case invalidArgument(String)
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
        case .invalidDate, .unknownRef, .invalidArgument: return 64      // EX_USAGE
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
        let zh = language == .zh
        switch self {
        case let .invalidDate(text, source):
            return zh ? "\(source) 的日期“\(text)”无效:请用 YYYY-MM-DD 格式的真实日期,例如 2026-11-23。"
                      : "The date '\(text)' given in \(source) is not valid: use a real date as YYYY-MM-DD, e.g. 2026-11-23."
        case let .unknownRef(ref):
            return zh ? "找不到事项“\(ref)”:请用 `mustdo today` 列出的编号,或 `mustdo routines` 列出的事项 ID。"
                      : "There is no item '\(ref)': use a number shown by `mustdo today` or a routine id from `mustdo routines`."
        case let .invalidArgument(text):
            return text
        case let .databaseUnreadable(path, reason):
            return zh ? "无法打开数据库 \(path)(\(reason)):请检查路径和权限,或用 --db 指定其他文件。"
                      : "Cannot open the database \(path) (\(reason)): check the path and its permissions, or pass another file with --db."
        case let .databaseCorrupt(path):
            return zh ? "\(path) 不是 MustDo 数据库或已损坏,未作任何修改:请从备份恢复,或用 --db 指定其他文件。"
                      : "\(path) is not a MustDo database or is damaged, and was left untouched: restore it from a backup or pass another file with --db."
        case let .databaseNewer(path):
            return zh ? "数据库 \(path) 由更新版本的 MustDo 写入,未作任何修改:请升级 MustDo 后再打开。"
                      : "The database \(path) was written by a newer MustDo and was left untouched: upgrade MustDo to open it."
        case let .databaseReadOnly(path):
            return zh ? "数据库 \(path) 是只读的,未保存任何更改:请给该文件及其目录写权限。"
                      : "The database \(path) is read-only, so nothing was saved: make the file and its folder writable."
        case let .diskFull(path):
            return zh ? "磁盘已满,无法写入 \(path),本次更改未保存:请腾出空间后重试。"
                      : "The disk is full, so \(path) could not be written and this change was not saved: free some space and try again."
        case let .databaseBusy(path):
            return zh ? "数据库 \(path) 正被另一个进程长时间占用:请稍后重试。"
                      : "The database \(path) is held by another process for too long: try again in a moment."
        case let .configInvalid(file, line, key, problem):
            let at = line > 0 ? (zh ? "第 \(line) 行" : "line \(line)") : ""
            return zh ? "\(file) \(at) 的 \(key) 无效:\(problem)。请修改该文件。"
                      : "\(file)\(at.isEmpty ? "" : ", " + at), \(key): \(problem); fix that line in the file."
        case let .packInvalid(file, line, field, problem):
            let at = line > 0 ? (zh ? "第 \(line) 行" : "line \(line)") : ""
            return zh ? "\(file) \(at) 的 \(field) 无效:\(problem)。未导入任何内容。"
                      : "\(file)\(at.isEmpty ? "" : ", " + at), \(field): \(problem); nothing was imported."
        case let .noTerminal(reason):
            return zh ? "MustDo 的界面需要一个终端(\(reason)):请改用 `mustdo today` 打印清单。"
                      : "MustDo's screen needs a terminal (\(reason)): use `mustdo today` to print the lists instead."
        case let .resourcesMissing(what):
            return zh ? "找不到 MustDo 自带的\(what):请重新安装,让 mustdo_MustDoCore.resources 与 mustdo 在同一目录。"
                      : "MustDo's shipped \(what) cannot be found: reinstall so that mustdo_MustDoCore.resources sits next to the mustdo binary."
        }
    }
}
