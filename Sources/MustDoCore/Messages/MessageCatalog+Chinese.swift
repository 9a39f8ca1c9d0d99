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
        .inputTaskTitleEmpty: "任务需要一个标题:例如 `mustdo add \"给王经理回电话\"`。",
        .inputTitleControl: "标题含有控制字符 {char}:请写成一行,不要带控制字符。",
        .inputTitleTooLong: "标题有 {count} 个字符:请缩短到 {limit} 个以内。",
        .inputReasonControl: "跳过原因含有控制字符 {char}:请写成一行,不要带控制字符。",
        .inputReasonTooLong: "跳过原因有 {count} 个字符:请缩短到 {limit} 个以内。",
        .inputNoteControl: "备注含有控制字符 {char}:请去掉控制字符(换行可以保留)。",
        .inputNoteTooLong: "备注有 {count} 个字符:请缩短到 {limit} 个以内。",
        .inputJournalControl: "{option} 的文字含有控制字符 {char}:请去掉它(换行和制表符可以保留),未保存任何内容。",
        .inputJournalTooLong: "{option} 的文字有 {count} 个字符:请缩短到 {limit} 个以内,未保存任何内容。",
        .inputFocusFull: "今日重点最多 {max} 项:请先用 mustdo focus 编号 取消一项。",
        .inputCountInvalid: "N 要是 -{limit} 到 {limit} 之间的一个非零整数,例如 `mustdo add-count 7 2` 或 `mustdo add-count 7 -1`,收到“{text}”。",
        .inputNotACountItem: "事项 {ref}“{title}”不是计数事项:请用 `mustdo check {ref}`。",
        .inputTodayTooFar: "{source} {date} 比今天({real})晚了 {days} 天以上:请给出不晚于 {limit} 的日期,再往后会存下多年的空清单。",
        .inputUsageUnknownOption: "没有 {option} 这个选项:用 mustdo {command}--help 查看可用的选项。",
        .inputUsageMissingValue: "{option} 后面缺少值:请在选项后写上值,例如 {option} 值(用 mustdo {command}--help 查看用法)。",
        .inputUsageMissingArgument: "缺少参数 {argument}:请写在命令后面(用 mustdo {command}--help 查看用法)。",
        .inputUsageUnexpected: "这里不需要参数 {argument}:请删掉它,或把属于一起的文字用引号括起来(用 mustdo {command}--help 查看用法)。",
        .inputUsageInvalidValue: "{option} 的值 {value} 无效:用 mustdo {command}--help 查看它接受的值。",
        .inputUsageUnknownCommand: "没有 {argument} 这个命令:用 mustdo --help 查看所有命令。",
        .inputUsageOther: "命令行无法识别:用 mustdo {command}--help 查看正确的写法。",
        .inputSeeHelp: "(用 mustdo --help 查看用法)",
        .inputInvalidChoice: "{option} 只能是 {choices} 之一,收到“{text}”。",

        // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

        // MARK: screen: forms, settings, week grid

        // MARK: presentation models (today, week, plan; printers and screens)
    ]
}
