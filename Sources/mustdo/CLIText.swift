import MustDoCore

#if canImport(Glibc)
import Glibc
#endif

extension Language {
    /// `.zh` when `zh`, else `.en` (for code that decided the language as a flag).
    init(zh: Bool) { self = zh ? .zh : .en }

    /// A period kind as a sentence names it: the plain word in English (`week`), the list's name in Chinese
    /// (`每周必做`, or `周` when `short`).
    func kindName(_ kind: PeriodKind, short: Bool = false) -> String {
        guard self != .en else { return kind.rawValue }
        return short ? Vocabulary(self).periodShort(kind) : Vocabulary(self).periodTitle(kind)
    }
}

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
        case .root: return Language(zh: zh).text(.cliCLITextASalespersonSMustDo)
        case .today: return Language(zh: zh).text(.cliCLITextPrintTodaySMustDos)
        case .check: return Language(zh: zh).text(.cliCLITextCheckItemsOff)
        case .uncheck: return Language(zh: zh).text(.cliCLITextMarkItemsAsNotDone)
        case .skip: return Language(zh: zh).text(.cliCLITextSkipAnItemWithAn)
        case .addCount: return Language(zh: zh).text(.cliCLITextAddNDefault1May)
        case .routines: return Language(zh: zh).text(.cliCLITextListTheRoutines)
        case .initCmd: return Language(zh: zh).text(.cliCLITextSeedANewDatabaseWith)
        case .dbOption: return Language(zh: zh).text(.cliCLITextDatabaseFileEnvMustdoDb)
        case .todayOption: return Language(zh: zh).text(.cliCLITextRunAsIfThisWere)
        case .langOption: return Language(zh: zh).text(.cliCLITextInterfaceLanguageZhOrEn)
        case .configOption: return Language(zh: zh).text(.cliCLITextConfigFileEnvMustdoConfig)
        case .jsonOption: return Language(zh: zh).text(.cliCLITextPrintJson)
        case .refsArgument: return Language(zh: zh).text(.cliCLITextNumbersShownByMustdoToday)
        case .refArgument: return Language(zh: zh).text(.cliCLITextANumberShownByMustdo)
        case .reasonOption: return Language(zh: zh).text(.cliCLITextWhyItIsSkipped)
        case .countArgument: return Language(zh: zh).text(.cliCLITextHowMuchToAdd)
        case .periodOption: return Language(zh: zh).text(.cliCLITextOnlyThisPeriodDayWeek)
        case .themeOption: return Language(zh: zh).text(.cliCLITextColourThemeNameSeeMustdo)
        case .initLang: return Language(zh: zh).text(.cliCLITextLanguageOfTheRoutinePack)
        }
    }
}
