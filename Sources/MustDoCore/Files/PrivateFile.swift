#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way MustDo creates files: mode 0600 whatever the umask (or the mode of the file being replaced).
public enum PrivateFile {
    /// The mode new files get.
    public static let mode: mode_t = 0o600

    /// Creates `path` empty with mode 0600; returns false when it exists already. Other failures throw.
    @discardableResult
    public static func create(_ path: String) throws -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw FileSystemError(path: path)
        }
        fchmod(fd, mode)   // the umask cannot loosen 0600, but 0700-style umasks (0277) could tighten it to unreadable
        close(fd)
        return true
    }

    /// The permission bits of an existing file, or nil when there is none.
    public static func existingMode(_ path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return st.st_mode & 0o7777
    }

    /// Whether something (a file, folder or dangling link) is at `path`.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }
}
