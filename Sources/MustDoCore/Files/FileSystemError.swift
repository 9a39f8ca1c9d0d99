#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call on `path`, with its errno; callers turn it into the `MustDoError` of their context.
public struct FileSystemError: Error, Equatable, Sendable {
    /// The file or folder the call was about.
    public let path: String
    /// The errno the call left.
    public let code: Int32

    /// Creates the error for `path` from `code` (by default the current errno).
    public init(path: String, code: Int32 = errno) {
        self.path = path
        self.code = code
    }

    /// The system's words for the errno (`No space left on device`).
    public var reason: String { String(cString: strerror(code)) }

    /// Whether the disk (or the user's quota, or the file-size limit) is full.
    public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT || code == EFBIG }
}
