/// Why a database file cannot be opened, in words of the user's language.
public enum DatabaseOpenProblem: Sendable, Equatable {
    /// This process may not read it.
    case permissionDenied
    /// SQLite refused to open it (a missing folder part, or a file it cannot use).
    case sqliteCannotOpen
    /// A folder on its path could not be made; `reason` is the system's.
    case cannotCreateFolder(folder: String, reason: String)
    /// The file itself could not be made; `reason` is the system's.
    case cannotCreateFile(reason: String)
    /// It does not exist, so there is nothing to back up.
    case nothingToBackUp

    /// The reason in `language`, for the "cannot open the database" sentence.
    public func reason(_ language: Language) -> String {
        switch self {
        case .permissionDenied: return language.text(.databaseProblemPermission)
        case .sqliteCannotOpen: return language.text(.databaseProblemSQLite)
        case let .cannotCreateFolder(folder, reason): return language.text(.databaseProblemFolder, ["folder": folder, "reason": reason])
        case let .cannotCreateFile(reason): return language.text(.databaseProblemFile, ["reason": reason])
        case .nothingToBackUp: return language.text(.backupNothingToCopy)
        }
    }
}
