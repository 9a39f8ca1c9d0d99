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
        guard !isInUse(w.path) else { return }
        var st = stat()
        if !w.walExisted, lstat(wal, &st) == 0, st.st_size == 0 { unlink(wal) }
        if !w.shmExisted, !PrivateFile.exists(wal) || (lstat(wal, &st) == 0 && st.st_size == 0) { unlink(shm) }
        if w.createdFile, !PrivateFile.exists(wal), lstat(w.path, &st) == 0, st.st_size == 0 { unlink(w.path) }
        for dir in w.createdFolders.reversed() { rmdir(dir) }
    }

    /// Whether another process holds the database open: SQLite connections keep a read lock on byte 128 of
    /// the -shm (WAL) and on the database's shared range (rollback journal); a write lock probe fails then.
    static func isInUse(_ path: String) -> Bool {
        func locked(_ file: String, start: Int, length: Int) -> Bool {
            let fd = open(file, O_RDWR | O_CLOEXEC)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var lock = flock()
            lock.l_type = Int16(F_WRLCK)
            lock.l_whence = Int16(SEEK_SET)
            lock.l_start = off_t(start)
            lock.l_len = off_t(length)
            if fcntl(fd, F_GETLK, &lock) != 0 { return false }
            return lock.l_type != Int16(F_UNLCK)
        }
        let pendingByte = 0x4000_0000
        return locked(path + "-shm", start: 128, length: 1) || locked(path, start: pendingByte, length: 512)
    }
}
