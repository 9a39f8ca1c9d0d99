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
        .errorFileMissing: "{what} {path} 不存在:请检查路径。",
        .errorFileUnreadable: "无法读取{what} {path}({reason}):请检查它的权限。",
        .errorFileNotRegular: "{what} {path} 是{kind},不是普通文件,未读取:请指定一个普通文件。",
        .errorFileTooLarge: "{what} {path} 超过 {limit}(MustDo 单个文件读取的上限),未读取:请指定一个更小的文件。",
        .errorFileNotUTF8: "{what} {path} 不是 UTF-8 文本:请以 UTF-8 编码保存。",
        .fileKindFolder: "文件夹",
        .fileKindDevice: "设备文件",
        .fileKindPipe: "管道",
        .fileKindSocket: "套接字",
        .fileRoleConfig: "配置文件",
        .fileRoleHolidays: "holidays_file 节假日文件",
        .fileRoleTheme: "主题文件",
        .fileRolePack: "清单文件",
        .fileRoleCalendar: "日历文件",
        .errorOptionInvalid: "{option} 无效:{problem}。请换一个值。",
        .errorDatabaseNotAFile: "数据库 {path} 是{kind},不是文件,未打开:请用 --db 指定一个文件路径。",
        .errorDiskFullReading: "磁盘已满,连读取 {path} 都无法进行(SQLite 需要在旁边占用少量空间),未作任何修改:请腾出空间后重试。",
        .errorIO: "读写 {path} 时磁盘报告 I/O 错误,未保存任何更改:请检查磁盘(例如 dmesg),文件若已损坏请从备份恢复。",
        .errorConfigNotSaved: "无法把设置写入 {path}({reason}),设置未保存,文件保持原样:请检查文件夹是否可写、是否还有空间。",
        .errorOutputFolderMissing: "文件夹 {folder} 不存在,未写入 {path}:请先创建它,或加 {option} 自动创建。",
        .errorOutputNotWritten: "无法写入 {path}({reason}):请检查文件夹是否可写。",
        .errorTextNUL: "{what} 的文字含有 NUL 字符(会被截断),未保存任何内容:请去掉它。",
        .errorTextNotUTF8: "{what} 的文字不是 UTF-8,未保存任何内容:请使用 UTF-8 编码。",
        .errorArgumentNotUTF8: "参数“{what}”不是 UTF-8 文本,未执行任何操作:请在 UTF-8 终端中重新输入(无效字节显示为 \\xNN)。",
        .errorTwoStandardInputs: "{what} - 都要读取标准输入,但标准输入只能读一次,未保存任何内容:请把其中一个直接写成文字。",
        .outputExists: "{path} 已存在,未写入任何内容:请换一个路径,或加 --force 覆盖。",
        .backupNothingToCopy: "文件不存在,没有可备份的内容",
        .backupAbstract: "用 SQLite 备份接口写一份一致的数据库副本(界面开着也可以);默认写到数据库所在文件夹的 backups/mustdo-YYYY-MM-DD.sqlite。",
        .backupPathHelp: "备份文件路径。",
        .backupForceHelp: "覆盖已存在的文件。",
        .backupParentsHelp: "备份所在文件夹不存在时自动创建(权限 0700)。",
        .langInvalid: "--lang 只能是 zh 或 en,收到“{value}”。",


        // MARK: console input (command-line parsing and the other console commands)

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
