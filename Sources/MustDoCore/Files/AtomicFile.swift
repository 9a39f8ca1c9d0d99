#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way MustDo writes a whole file: a private temporary file beside it, synced, then put in place.
///
/// Readers see the old file or the new one, never half of one. A new file is 0600 whatever the umask; a
/// replaced file keeps its mode (a 0640 config stays 0640). The folder must exist: creating it is the
/// caller's decision (`PrivateDirectory.make`).
public enum AtomicFile {
    /// What happens when something is at the destination already.
    public enum Existing: Sendable {
        /// Replace it (rename over it), keeping its mode.
        case replace
        /// Refuse with EEXIST, atomically: the new file is linked in place only if nothing is there.
        case refuse
    }

    /// Writes `bytes` to `path`; throws `FileSystemError` (EEXIST when `existing` is `.refuse` and the file exists).
    public static func write(_ bytes: [UInt8], to path: String, existing: Existing = .replace) throws {
        let temporary = temporaryPath(for: path)
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, PrivateFile.mode)
        guard fd >= 0 else { throw FileSystemError(path: path) }
        var failure: Int32 = 0
        fchmod(fd, existing == .replace ? PrivateFile.existingMode(path) ?? PrivateFile.mode : PrivateFile.mode)
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += n
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileSystemError(path: path, code: failure)
        }
        try place(temporary, at: path, existing: existing)
    }

    /// Writes `text` as UTF-8 to `path` (see `write(_:to:existing:)`).
    public static func write(_ text: String, to path: String, existing: Existing = .replace) throws {
        try write(Array(text.utf8), to: path, existing: existing)
    }

    /// The temporary name used beside `path` while it is written (removed on failure).
    public static func temporaryPath(for path: String) -> String { path + ".part-\(getpid())" }

    /// Puts the finished file `temporary` at `path` and removes `temporary`; with `.refuse`, only if nothing is there.
    public static func place(_ temporary: String, at path: String, existing: Existing) throws {
        var placed: Int32
        var code: Int32 = 0
        if existing == .replace {
            placed = rename(temporary, path)
            code = errno
        } else {
            // link() fails with EEXIST when something is there: no window in which a file could be overwritten.
            placed = link(temporary, path)
            code = errno
            if placed != 0, code == EPERM || code == EOPNOTSUPP || code == ENOSYS, !PrivateFile.exists(path) {
                placed = rename(temporary, path)   // a file system without hard links
                code = errno
            }
        }
        if existing == .refuse || placed != 0 { unlink(temporary) }
        if placed != 0 { throw FileSystemError(path: path, code: code) }
        // Make the new name durable too.
        let dir = open(PrivateDirectory.parent(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 { fsync(dir); close(dir) }
    }
}
