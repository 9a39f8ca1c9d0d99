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
