import MustDoCore

#if canImport(Glibc)
import Glibc
#endif

/// The command line's own words in both languages.
enum CLIText {
    /// Help strings, picked before arguments are parsed.
    enum HelpKey {
        case root, today, check, uncheck, skip, addCount, routines, initCmd
        case dbOption, todayOption, langOption, configOption, jsonOption, refsArgument, refArgument, reasonOption
        case countArgument, periodOption, initLang, themeOption
    }

    /// The help language: `--lang` on the command line, then MUSTDO_LANG, LC_ALL/LC_MESSAGES/LANG.
    static let helpLanguage: Language = {
        let args = CommandLine.arguments
        for (i, a) in args.enumerated() {
            if a == "--lang", i + 1 < args.count, let l = Language(code: args[i + 1]) { return l }
            if a.hasPrefix("--lang="), let l = Language(code: String(a.dropFirst(7))) { return l }
        }
        var env: [String: String] = [:]
        for key in ["MUSTDO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = getenv(key) { env[key] = String(cString: v) }
        }
        if let m = env["MUSTDO_LANG"], let l = Language(code: m) { return l }
        return Language.fromEnvironment(env)
    }()

    /// The help text for `key` in the help language.
    static func help(_ key: HelpKey) -> String {
        let zh = helpLanguage == .zh
        switch key {
        case .root: return zh ? "业务员的每日、每周、每月、每季度、每半年、每年必做清单。不带子命令时打开全屏界面。"
                              : "A salesperson's must-do lists for every day, week, month, quarter, half-year and year. With no subcommand it opens the full-screen view."
        case .today: return zh ? "打印今天六个周期的必做事项。" : "Print today's must-dos for all six periods."
        case .check: return zh ? "把事项标记为已完成。" : "Check items off."
        case .uncheck: return zh ? "取消已完成或跳过的标记。" : "Mark items as not done again."
        case .skip: return zh ? "跳过一个事项(可写原因)。" : "Skip an item, with an optional reason."
        case .addCount: return zh ? "给计数事项加上 N(默认 1,可为负数)。" : "Add N (default 1, may be negative) to a count item."
        case .routines: return zh ? "列出所有例行事项。" : "List the routines."
        case .initCmd: return zh ? "用内置清单初始化新数据库。" : "Seed a new database with the built-in routine pack."
        case .dbOption: return zh ? "数据库文件(环境变量 MUSTDO_DB;默认 $XDG_DATA_HOME/mustdo/mustdo.sqlite)。"
                                  : "Database file (env MUSTDO_DB; default $XDG_DATA_HOME/mustdo/mustdo.sqlite)."
        case .todayOption: return zh ? "把这一天当作今天(环境变量 MUSTDO_TODAY)。" : "Run as if this were today (env MUSTDO_TODAY)."
        case .langOption: return zh ? "界面语言 zh 或 en(默认跟随 LANG)。" : "Interface language, zh or en (default: from LANG)."
        case .configOption: return zh ? "配置文件(环境变量 MUSTDO_CONFIG;默认 $XDG_CONFIG_HOME/mustdo/config.toml)。"
                                      : "Config file (env MUSTDO_CONFIG; default $XDG_CONFIG_HOME/mustdo/config.toml)."
        case .jsonOption: return zh ? "输出 JSON。" : "Print JSON."
        case .refsArgument: return zh ? "`mustdo today` 显示的编号,或事项 ID。" : "Numbers shown by `mustdo today`, or routine ids."
        case .refArgument: return zh ? "`mustdo today` 显示的编号,或事项 ID。" : "A number shown by `mustdo today`, or a routine id."
        case .reasonOption: return zh ? "跳过的原因。" : "Why it is skipped."
        case .countArgument: return zh ? "要加的数量。" : "How much to add."
        case .periodOption: return zh ? "只列出这个周期:day, week, month, quarter, half, year。" : "Only this period: day, week, month, quarter, half, year."
        case .themeOption: return zh ? "配色主题名称(见 `mustdo themes`)。" : "Colour theme name (see `mustdo themes`)."
        case .initLang: return zh ? "清单语言 zh 或 en。" : "Language of the routine pack, zh or en."
        }
    }
}
