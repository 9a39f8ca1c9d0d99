import MustDoCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes, when the process ends, what opening a database created and left holding nothing.
///
/// A command refused on a full disk or a read-only file can leave an empty -wal, a -shm, a 0-byte new
/// database or new empty folders. At exit (whether the command succeeded or not, all connections of
/// this process being closed by then), for each database this process opened: if no other process has
/// it open (a lock probe on the -shm's "deadman switch" byte and on the database's shared-lock range,
/// the locks every SQLite connection holds), the -wal is removed only when it is empty (a non-empty one
/// holds committed changes), the -shm only when this process created it, the database only when this
/// process created it and it is still empty, then the folders this process created if they are empty.
public enum DatabaseLeftovers {
    struct Watched {
        let path: String
        let createdFile: Bool
        let createdFolders: [String]
        let walExisted: Bool
        let shmExisted: Bool
    }

    // Opened from the main thread of a command; read once at exit.
    nonisolated(unsafe) private static var watched: [Watched] = []
    nonisolated(unsafe) private static var registered = false

    /// Remembers what existed of `path`'s files before this process opened it.
    static func watch(_ path: String, createdFile: Bool, createdFolders: [String]) {
        guard path != ":memory:", !watched.contains(where: { $0.path == path }) else { return }
        watched.append(Watched(path: path, createdFile: createdFile, createdFolders: createdFolders,
                               walExisted: PrivateFile.exists(path + "-wal"), shmExisted: PrivateFile.exists(path + "-shm")))
        if !registered {
            registered = true
            atexit { DatabaseLeftovers.removeAll() }
        }
    }

    /// Removes the leftovers of every watched database (called at exit; safe to call earlier once its connections are closed).
    public static func removeAll() {
        for w in watched.reversed() { remove(w) }
        watched.removeAll()
    }

    static func remove(_ w: Watched) {
        let wal = w.path + "-wal", shm = w.path + "-shm"
        // Hold the locks a new connection would need while removing, so none can start using a file being removed.
        guard let locks = lockAgainstOthers(w.path) else { return }
        defer { for fd in locks { close(fd) } }
        var st = stat()
        if !w.walExisted, lstat(wal, &st) == 0, st.st_size == 0 { unlink(wal) }
        if !w.shmExisted, !PrivateFile.exists(wal) || (lstat(wal, &st) == 0 && st.st_size == 0) { unlink(shm) }
        if w.createdFile, !PrivateFile.exists(wal), lstat(w.path, &st) == 0, st.st_size == 0 { unlink(w.path) }
        for dir in w.createdFolders.reversed() { rmdir(dir) }
    }

    /// SQLite connections keep a read lock on byte 128 of the -shm (the WAL index's "deadman switch") and take one on the
    /// database's shared range: a write lock on both succeeds only when no other process has the database open.
    private static let shmDeadmanByte = 128
    private static let sharedRange = (start: 0x4000_0002, length: 510)

    /// Write-locks the -shm's deadman byte and the database's shared range; nil when another process holds either.
    /// The returned descriptors keep the locks until they are closed.
    static func lockAgainstOthers(_ path: String) -> [Int32]? {
        var fds: [Int32] = []
        for (file, start, length) in [(path + "-shm", shmDeadmanByte, 1), (path, sharedRange.start, sharedRange.length)] {
            let fd = open(file, O_RDWR | O_CLOEXEC)
            if fd < 0 { continue }   // not there (or not writable): nothing to lock, nothing this process may remove
            var lock = flock()
            lock.l_type = Int16(F_WRLCK)
            lock.l_whence = Int16(SEEK_SET)
            lock.l_start = off_t(start)
            lock.l_len = off_t(length)
            if fcntl(fd, F_SETLK, &lock) != 0 {
                close(fd)
                for held in fds { close(held) }
                return nil
            }
            fds.append(fd)
        }
        return fds
    }

    /// Whether another process holds the database open (see `lockAgainstOthers`).
    static func isInUse(_ path: String) -> Bool {
        guard let fds = lockAgainstOthers(path) else { return true }
        for fd in fds { close(fd) }
        return false
    }
}
