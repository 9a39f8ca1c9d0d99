#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of reading a text file with `TextFile.read`.
public enum FileText: Sendable, Equatable {
    /// The file's text.
    case text(String)
    /// The file could not be opened or read (errno tells why; ENOENT: it does not exist).
    case missing(errno: Int32)
    /// The file is not valid UTF-8.
    case notUTF8
    /// The path names a folder, a device, a pipe or a socket, not a regular file.
    case notRegular(FileKind)
    /// The file is larger than the limit (in bytes) MustDo reads.
    case tooLarge(limit: Int)

    /// The text, or the user-facing error for a file playing `role` at `path`; nil only for a missing file when `missingIsFine`.
    public func text(path: String, role: InputFileRole, missingIsFine: Bool = false) throws -> String? {
        switch self {
        case .text(let t): return t
        case .missing(let code) where code == ENOENT:
            if missingIsFine { return nil }
            throw MustDoError.inputFile(path: path, role: role, problem: .missing)
        case .missing(let code):
            throw MustDoError.inputFile(path: path, role: role, problem: .unreadable(reason: String(cString: strerror(code))))
        case .notUTF8: throw MustDoError.inputFile(path: path, role: role, problem: .notUTF8)
        case .notRegular(let kind): throw MustDoError.inputFile(path: path, role: role, problem: .notRegular(kind))
        case .tooLarge(let limit): throw MustDoError.inputFile(path: path, role: role, problem: .tooLarge(limit: limit))
        }
    }
}

/// What a path names when it is not a regular file.
public enum FileKind: String, Sendable, Equatable {
    /// A directory.
    case folder
    /// A character or block device (`/dev/zero`, `/dev/null`, a disk).
    case device
    /// A FIFO.
    case pipe
    /// A Unix socket.
    case socket

    /// The kind of a `st_mode`, or nil for a regular file.
    public init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: self = .folder
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFIFO: self = .pipe
        case S_IFSOCK: self = .socket
        default: self = .device
        }
    }

    /// "a folder", "a device"… in `language`.
    public func name(_ language: Language) -> String {
        switch self {
        case .folder: return language.text(.fileKindFolder)
        case .device: return language.text(.fileKindDevice)
        case .pipe: return language.text(.fileKindPipe)
        case .socket: return language.text(.fileKindSocket)
        }
    }
}

/// Why a named input file was not read.
public enum FileProblem: Sendable, Equatable {
    /// It does not exist.
    case missing
    /// It exists but cannot be read; the reason is the system's.
    case unreadable(reason: String)
    /// It is a folder, device, pipe or socket.
    case notRegular(FileKind)
    /// It is larger than the limit MustDo reads.
    case tooLarge(limit: Int)
    /// It is not UTF-8 text.
    case notUTF8
}

/// The part a file a user names plays; it decides the noun in messages and the exit code.
public enum InputFileRole: String, Sendable, Equatable {
    /// config.toml (`--config`, `MUSTDO_CONFIG`).
    case config
    /// The file named by `holidays_file`.
    case holidays
    /// A theme file.
    case theme
    /// A routine pack for `routines import`.
    case pack
    /// An .ics calendar for `holidays import`.
    case calendar

    /// The role's noun in `language`: "config file", "节假日文件"…
    public func noun(_ language: Language) -> String {
        switch self {
        case .config: return language.text(.fileRoleConfig)
        case .holidays: return language.text(.fileRoleHolidays)
        case .theme: return language.text(.fileRoleTheme)
        case .pack: return language.text(.fileRolePack)
        case .calendar: return language.text(.fileRoleCalendar)
        }
    }
}
