/// The name of every sentence and label a user reads; each language's catalog gives every one of them.
///
/// Keys are grouped by the area that says them (one `// MARK:` block per area, so that work on
/// different areas adds keys in different places). Placeholders are written `{name}` in the
/// catalogs and must be the same in every language (a test checks it).
public enum MessageKey: String, CaseIterable, Sendable {
    // MARK: errors (MustDoError)
    case errorInvalidDate
    case errorUnknownRef
    case errorDatabaseUnreadable
    case errorDatabaseCorrupt
    case errorDatabaseNewer
    case errorDatabaseReadOnly
    case errorDiskFull
    case errorDatabaseBusy
    case errorConfigInvalid
    case errorConfigInvalidAtLine
    case errorPackInvalid
    case errorPackInvalidAtLine
    case errorNoTerminal
    case errorResourcesMissing

    // MARK: files and data (store, core, backup, import, export)

    // MARK: console input (command-line parsing and the other console commands)

    // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

    // MARK: screen: forms, settings, week grid
    case dueRuleDailyHasNone
    case dueRuleWeekdayNeedsWeek
    case dueRuleWeekNeedsWeekday
    case dueRuleMonthOutOfPeriod
    case dueRuleMonthlyNamesMonth
    case formLabelTitle
    case formLabelPeriod
    case formLabelDue
    case formLabelDueMonth
    case formLabelTarget
    case formLabelWorkdaysOnly
    case formLabelTags
    case formLabelNote
    case formHintDue
    case formHintDueMonth
    case formHintTarget
    case formHintWorkdaysOnly
    case formHintTags
    case formYes
    case formNo
    case formProblemTitleEmpty
    case formProblemTitleTooLong
    case formProblemPeriod
    case formProblemPeriodFixed
    case formProblemDueInvalid
    case formProblemDueMonthNotAllowed
    case formProblemDueMonthRange
    case formProblemDueMonthNeedsRule
    case formProblemTarget
    case formProblemYesNo
    case formProblemWorkdaysDailyOnly
    case formNeedsFixing
    case formRoutineSaved
    case settingsLabelWeekStart
    case settingsLabelFiscalStart
    case settingsLabelWorkdays
    case settingsLabelDayStart
    case settingsLabelLanguage
    case settingsLabelTheme
    case settingsLabelPlanOnFirstStart
    case settingsHintWeekStart
    case settingsHintWorkdays
    case settingsHintDayStart
    case settingsHintTheme
    case settingsHintPlanOnFirstStart
    case settingsProblemWeekStart
    case settingsProblemFiscalMonth
    case settingsProblemWorkdays
    case settingsProblemDayStart
    case settingsProblemLanguage
    case settingsProblemThemeEmpty
    case settingsProblemThemeUnknown
    case settingsProblemPlanOnFirstStart
    case settingsProblemOther
    case settingsNeedsFixing
    case settingsReloaded
    case settingsReloadFailed
    case themeSourceUser
    case themeSourceShipped
    case themeSourceBuiltIn
    case themeSourceFile
    case themeCompiledIn
    case themeBroken
    case themeConfiguredMissing
    case themeUserFolder
    case themeReasonAtLine
    case themeReasonKey
    case weekGridStreakOfSelected
    case screenChineseNeedsUTF8

    // MARK: presentation models (today, week, plan; printers and screens)
}
