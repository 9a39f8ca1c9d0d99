import ArgumentParser
import MustDoCore
import MustDoStore

#if canImport(Glibc)
import Glibc
#endif

/// `mustdo backup [PATH] [--force] [--parents]`: a consistent copy of the database, safe while the screen or another command is writing.
struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: CLIText.helpLanguage.text(.backupAbstract))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(CLIText.helpLanguage.text(.backupPathHelp), valueName: "path")) var path: String?
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.backupForceHelp))) var force = false
    @Flag(name: .long, help: ArgumentHelp(CLIText.helpLanguage.text(.backupParentsHelp))) var parents = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let source = context.paths.database
            guard PrivateFile.exists(source) else {
                throw MustDoError.databaseUnreadable(path: source, problem: .nothingToBackUp)
            }
            let destination = path ?? PrivateDirectory.parent(of: source) + "/backups/" + AppDatabase.dailyBackupName(context.today)
            // Refuse before opening anything: an existing file, or a folder that is not there (the default backups/ folder is made).
            if !force, PrivateFile.exists(destination) { throw MustDoError.outputExists(path: destination) }
            let folder = PrivateDirectory.parent(of: destination)
            if path != nil, !parents, !PrivateDirectory.exists(folder) {
                throw MustDoError.outputFolderMissing(path: destination, folder: folder, option: "--parents")
            }
            let db = try AppDatabase.open(path: source)
            try db.backup(to: destination, overwrite: force, createFolders: parents || path == nil)
            Output.out(destination + "\n")
        }
    }
}
