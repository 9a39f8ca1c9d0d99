import ArgumentParser
import MustDoCore
import MustDoStore

#if canImport(Glibc)
import Glibc
#endif

/// `mustdo backup [PATH] [--force]`: a consistent copy of the database, safe while the screen or another command is writing.
struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: zh
            ? "用 SQLite 备份接口写一份一致的数据库副本(界面开着也可以);默认写到数据库所在文件夹的 backups/mustdo-YYYY-MM-DD.sqlite。"
            : "Write a consistent copy of the database with SQLite's backup API (fine while the screen is open); by default to backups/mustdo-YYYY-MM-DD.sqlite beside the database.")
    }

    private static var zh: Bool { CLIText.helpLanguage == .zh }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(zh ? "备份文件路径。" : "Where to write the copy.", valueName: "path")) var path: String?
    @Flag(name: .long, help: ArgumentHelp(zh ? "覆盖已存在的文件。" : "Replace an existing file.")) var force = false

    func run() throws {
        try reportingErrors(language: global.lang) {
            let context = try AppContext(global)
            let zh = context.language == .zh
            let source = context.paths.database
            var st = stat()
            guard stat(source, &st) == 0 else {
                throw MustDoError.databaseUnreadable(path: source, reason: zh ? "文件不存在,没有可备份的内容" : "it does not exist, so there is nothing to back up")
            }
            let folder = source.lastIndex(of: "/").map { String(source[..<$0]) } ?? "."
            let destination = path ?? folder + "/backups/" + AppDatabase.dailyBackupName(context.today)
            if !force, lstat(destination, &st) == 0 {
                throw MustDoError.invalidArgument(zh ? "\(destination) 已存在,未写入备份:请换一个路径,或加 --force 覆盖。"
                                                     : "\(destination) exists already, so no backup was written: give another path, or add --force to replace it.")
            }
            let db = try AppDatabase.open(path: source)
            try db.backup(to: destination, overwrite: force)
            Output.out(destination + "\n")
        }
    }
}
