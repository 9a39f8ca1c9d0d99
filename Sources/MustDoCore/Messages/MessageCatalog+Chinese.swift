extension MessageCatalog {
    /// Every sentence in Simplified Chinese.
    static let chinese: [MessageKey: String] = [
        // MARK: errors (MustDoError)
        .errorInvalidDate: "{source} 的日期“{text}”无效:请用 YYYY-MM-DD 格式的真实日期,例如 2026-11-23。",
        .errorUnknownRef: "找不到事项“{ref}”:请用 `mustdo today` 列出的编号,或 `mustdo routines` 列出的事项 ID。",
        .errorDatabaseUnreadable: "无法打开数据库 {path}({reason}):请检查路径和权限,或用 --db 指定其他文件。",
        .errorDatabaseCorrupt: "{path} 不是 MustDo 数据库或已损坏,未作任何修改:请从备份恢复,或用 --db 指定其他文件。",
        .errorDatabaseNewer: "数据库 {path} 由更新版本的 MustDo 写入,未作任何修改:请升级 MustDo 后再打开。",
        .errorDatabaseReadOnly: "数据库 {path} 是只读的,未保存任何更改:请给该文件及其目录写权限。",
        .errorDiskFull: "磁盘已满,无法写入 {path},本次更改未保存:请腾出空间后重试。",
        .errorDatabaseBusy: "数据库 {path} 正被另一个进程长时间占用:请稍后重试。",
        .errorConfigInvalid: "{file} 的 {key} 无效:{problem}。请修改该文件。",
        .errorConfigInvalidAtLine: "{file} 第 {line} 行的 {key} 无效:{problem}。请修改该文件。",
        .errorPackInvalid: "{file} 的 {field} 无效:{problem}。未导入任何内容。",
        .errorPackInvalidAtLine: "{file} 第 {line} 行的 {field} 无效:{problem}。未导入任何内容。",
        .errorNoTerminal: "MustDo 的界面需要一个终端({reason}):请改用 `mustdo today` 打印清单。",
        .errorResourcesMissing: "找不到 MustDo 自带的{what}:请重新安装,让 mustdo_MustDoCore.resources 与 mustdo 在同一目录。",

        // MARK: files and data (store, core, backup, import, export)

        // MARK: console input (command-line parsing and the other console commands)

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
