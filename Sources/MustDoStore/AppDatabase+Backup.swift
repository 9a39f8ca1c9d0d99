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
    /// to a private (0600) temporary file beside the destination, switched to a self-contained rollback
    /// journal, checked with `PRAGMA integrity_check`, and only then put in place. An existing
    /// `destination` is refused unless `overwrite` is set; a missing folder unless `createFolders` is
    /// (then it is made 0700). Damage found while copying is blamed on this database, a failed write on
    /// the destination.
    public func backup(to destination: String, overwrite: Bool = false, createFolders: Bool = false) throws {
        if !overwrite, PrivateFile.exists(destination) { throw MustDoError.outputExists(path: destination) }
        let folder = PrivateDirectory.parent(of: destination)
        var createdFolders: [String] = []
        if !PrivateDirectory.exists(folder) {
            guard createFolders else { throw MustDoError.outputFolderMissing(path: destination, folder: folder, option: "--parents") }
            do { createdFolders = try PrivateDirectory.make(folder) } catch let e as FileSystemError {
                throw e.isDiskFull ? MustDoError.diskFull(path: destination) : MustDoError.outputNotWritten(path: destination, reason: e.reason)
            }
        }
        let temporary = AtomicFile.temporaryPath(for: destination)
        unlink(temporary)
        var keep = false
        defer {
            if !keep {
                unlink(temporary); unlink(temporary + "-journal")
                for dir in createdFolders.reversed() { rmdir(dir) }
            }
        }
        do {
            try PrivateFile.create(temporary)   // SQLite opens the empty file as a new database, and gives its journal the same mode
        } catch let e as FileSystemError {
            throw e.isDiskFull ? MustDoError.diskFull(path: destination) : MustDoError.outputNotWritten(path: destination, reason: e.reason)
        }
        /// Damage is the source's; anything else happened while writing the copy.
        func blame(_ error: Error) -> Error {
            if let e = error as? DatabaseError, e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB {
                return MustDoError.databaseCorrupt(path: path)
            }
            return AppDatabase.map(error, path: destination, operation: .write)
        }
        do {
            let copy = try DatabaseQueue(path: temporary)
            do {
                try dbQueue.backup(to: copy)
            } catch let e as DatabaseError where e.resultCode == .SQLITE_FULL || e.resultCode == .SQLITE_IOERR || e.resultCode == .SQLITE_CANTOPEN {
                throw blame(e)
            } catch let e as DatabaseError {
                throw AppDatabase.map(e, path: path, operation: .read)
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
            throw blame(error)
        }
        do {
            try AtomicFile.place(temporary, at: destination, existing: overwrite ? .replace : .refuse)
        } catch let e as FileSystemError {
            if e.code == EEXIST { throw MustDoError.outputExists(path: destination) }
            throw e.isDiskFull ? MustDoError.diskFull(path: destination) : MustDoError.outputNotWritten(path: destination, reason: e.reason)
        }
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
            try backup(to: path, createFolders: true)
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
}
