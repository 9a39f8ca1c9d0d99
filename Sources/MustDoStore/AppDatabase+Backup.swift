import GRDB
import MustDoCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AppDatabase {
    /// Writes a consistent copy of the database to `destination` with SQLite's backup API, while other processes may be writing.
    ///
    /// The copy is made in one step inside a read transaction (a single snapshot under WAL), written
    /// to a temporary file beside the destination, switched to a self-contained rollback journal,
    /// checked with `PRAGMA integrity_check`, and only then renamed into place. An existing
    /// `destination` is refused unless `overwrite` is set.
    public func backup(to destination: String, overwrite: Bool = false) throws {
        if !overwrite, AppDatabase.fileExists(destination) {
            throw MustDoError.invalidArgument("\(destination) exists already, so no backup was written: pass another path, or --force to replace it.")
        }
        try AppDatabase.makeFolder(containing: destination)
        let temporary = destination + ".part-\(getpid())"
        unlink(temporary)
        var keep = false
        defer { if !keep { unlink(temporary); unlink(temporary + "-journal") } }
        do {
            let copy = try DatabaseQueue(path: temporary)
            do {
                try dbQueue.backup(to: copy)
            } catch let e as DatabaseError where e.resultCode == .SQLITE_FULL || e.resultCode == .SQLITE_IOERR || e.resultCode == .SQLITE_CANTOPEN {
                throw AppDatabase.map(e, path: destination)
            } catch {
                throw AppDatabase.map(error, path: path)
            }
            try copy.writeWithoutTransaction { db in
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
            }
            let check = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard check == ["ok"] else { throw MustDoError.databaseCorrupt(path: path) }
        } catch let error as MustDoError {
            throw error
        } catch {
            throw AppDatabase.map(error, path: destination)
        }
        // Without --force, link() puts the copy in place only if nothing is there (atomically); rename() replaces.
        var placed = overwrite ? rename(temporary, destination) : link(temporary, destination)
        if placed != 0, !overwrite, errno == EPERM || errno == EOPNOTSUPP, !AppDatabase.fileExists(destination) {
            placed = rename(temporary, destination)   // a file system without hard links
        }
        guard placed == 0 else {
            if errno == EEXIST {
                throw MustDoError.invalidArgument("\(destination) exists already, so no backup was written: pass another path, or --force to replace it.")
            }
            throw MustDoError.databaseUnreadable(path: destination, reason: String(cString: strerror(errno)))
        }
        if !overwrite { unlink(temporary) }
        keep = true
    }

    /// Keeps daily backups in `directory`: writes `mustdo-<today>.sqlite` when it is missing, then deletes the oldest
    /// `mustdo-YYYY-MM-DD.sqlite` files beyond the newest `keep`; returns the path written, or nil when today's existed.
    @discardableResult
    public func rotateDailyBackups(directory: String, today: LocalDate, keep: Int = 7) throws -> String? {
        let name = AppDatabase.dailyBackupName(today)
        let path = directory + "/" + name
        var written: String?
        if !AppDatabase.fileExists(path) {
            try backup(to: path)
            written = path
        }
        let backups = AppDatabase.dailyBackups(in: directory)
        if backups.count > keep {
            for old in backups.prefix(backups.count - max(keep, 1)) { unlink(directory + "/" + old) }
        }
        return written
    }

    /// The file name of the daily backup of `day`: `mustdo-YYYY-MM-DD.sqlite`.
    public static func dailyBackupName(_ day: LocalDate) -> String { "mustdo-\(day).sqlite" }

    /// The daily backup files (`mustdo-YYYY-MM-DD.sqlite`) in `directory`, oldest first.
    public static func dailyBackups(in directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard name.hasPrefix("mustdo-"), name.hasSuffix(".sqlite"), name.utf8.count == 24,
                  LocalDate(parsing: name.dropFirst(7).prefix(10)) != nil else { continue }
            names.append(name)
        }
        return names.sorted()
    }

    static func fileExists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func makeFolder(containing path: String) throws {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        var components: [String] = []
        for part in path[..<slash].split(separator: "/", omittingEmptySubsequences: false) {
            components.append(String(part))
            let sofar = components.joined(separator: "/")
            if sofar.isEmpty { continue }
            if mkdir(sofar, 0o755) != 0 && errno != EEXIST {
                throw MustDoError.databaseUnreadable(path: path, reason: "cannot create the folder \(sofar)")
            }
        }
    }
}
