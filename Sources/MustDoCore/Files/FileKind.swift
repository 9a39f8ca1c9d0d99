#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
