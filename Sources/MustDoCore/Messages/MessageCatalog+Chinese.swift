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

        // MARK: lunar calendar (mustdo lunar)
        .lunarAbstract: "公历与农历互换(1900 至 2100 年)。",
        .lunarDateHelp: "要换算的公历日期(默认今天)。",
        .lunarFromHelp: "日期范围的第一天,每天一行。",
        .lunarToHelp: "日期范围的最后一天。",
        .lunarSolarHelp: "要换算成公历的农历日期:YYYY-MM-DD,闰月在月份前加 L(如 2025-L06-15)。",
        .lunarFormatHelp: "输出格式:text、tsv(公历、农历、是否闰月 0/1)或 json。",
        .lunarLine: "{solar}  农历 {lunar}  {chinese}",
        .lunarOutOfRange: "日期 {date} 超出了 MustDo 的农历范围({first} 至 {last}):请给出这个范围内的日期。",
        .lunarInvalid: "“{text}”不是有效的农历日期:请写成 YYYY-MM-DD,闰月在月份前加 L(如 2025-L06-15),且这一天在该农历年中存在。",
        .lunarBadFormat: "不认识输出格式“{text}”:请用 text、tsv 或 json。",
        .lunarRangeBackwards: "范围的结束日期 {to} 早于开始日期 {from}:请把较早的日期给 --from。",
        .lunarRangeTooLong: "--from 和 --to 要一起给出:请写出范围的两端。",
        .lunarOptionsConflict: "--date、--from/--to 和 --solar 只能选一种。",

        // MARK: files and data (store, core, backup, import, export)

        // MARK: console input (command-line parsing and the other console commands)

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
