import MustDoCore

#if canImport(Glibc)
import Glibc
#endif

extension Language {
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
        switch key {
        case .root: return helpLanguage.text(.cliCLITextASalespersonSMustDo)
        case .today: return helpLanguage.text(.cliCLITextPrintTodaySMustDos)
        case .check: return helpLanguage.text(.cliCLITextCheckItemsOff)
        case .uncheck: return helpLanguage.text(.cliCLITextMarkItemsAsNotDone)
        case .skip: return helpLanguage.text(.cliCLITextSkipAnItemWithAn)
        case .addCount: return helpLanguage.text(.cliCLITextAddNDefault1May)
        case .routines: return helpLanguage.text(.cliCLITextListTheRoutines)
        case .initCmd: return helpLanguage.text(.cliCLITextSeedANewDatabaseWith)
        case .dbOption: return helpLanguage.text(.cliCLITextDatabaseFileEnvMustdoDb)
        case .todayOption: return helpLanguage.text(.cliCLITextRunAsIfThisWere)
        case .langOption: return helpLanguage.text(.cliCLITextInterfaceLanguageZhOrEn)
        case .configOption: return helpLanguage.text(.cliCLITextConfigFileEnvMustdoConfig)
        case .jsonOption: return helpLanguage.text(.cliCLITextPrintJson)
        case .refsArgument: return helpLanguage.text(.cliCLITextNumbersShownByMustdoToday)
        case .refArgument: return helpLanguage.text(.cliCLITextANumberShownByMustdo)
        case .reasonOption: return helpLanguage.text(.cliCLITextWhyItIsSkipped)
        case .countArgument: return helpLanguage.text(.cliCLITextHowMuchToAdd)
        case .periodOption: return helpLanguage.text(.cliCLITextOnlyThisPeriodDayWeek)
        case .themeOption: return helpLanguage.text(.cliCLITextColourThemeNameSeeMustdo)
        case .initLang: return helpLanguage.text(.cliCLITextLanguageOfTheRoutinePack)
        }
    }
}
