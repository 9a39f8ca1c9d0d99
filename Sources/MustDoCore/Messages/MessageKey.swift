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

    // MARK: lunar calendar (mustdo lunar)
    case lunarAbstract
    case lunarDateHelp
    case lunarFromHelp
    case lunarToHelp
    case lunarSolarHelp
    case lunarFormatHelp
    case lunarLine
    case lunarOutOfRange
    case lunarInvalid
    case lunarBadFormat
    case lunarRangeBackwards
    case lunarRangeTooLong
    case lunarOptionsConflict

    // MARK: files and data (store, core, backup, import, export)

    // MARK: console input (command-line parsing and the other console commands)

    // MARK: screen: view stack, keys, runtime (Sources/MustDoApp)

    // MARK: screen: forms, settings, week grid

    // MARK: presentation models (today, week, plan; printers and screens)
    case weekChangePoint
    case weekScreenDone
    case journalPartLabel
    case vocabTitleDay
    case vocabTitleWeek
    case vocabTitleMonth
    case vocabTitleQuarter
    case vocabTitleHalf
    case vocabTitleYear
    case vocabShortDay
    case vocabShortWeek
    case vocabShortMonth
    case vocabShortQuarter
    case vocabShortHalf
    case vocabShortYear
    case vocabMon
    case vocabTue
    case vocabWed
    case vocabThu
    case vocabFri
    case vocabSat
    case vocabSun
    case vocabMonday
    case vocabTuesday
    case vocabWednesday
    case vocabThursday
    case vocabFriday
    case vocabSaturday
    case vocabSunday
    case vocabJanuary
    case vocabFebruary
    case vocabMarch
    case vocabApril
    case vocabMay
    case vocabJune
    case vocabJuly
    case vocabAugust
    case vocabSeptember
    case vocabOctober
    case vocabNovember
    case vocabDecember
    case vocabStateOpen
    case vocabStateDone
    case vocabStateSkipped
    case vocabStateMissed
    case vocabEnded
    case vocabLastDay
    case vocabDaysLeft
    case vocabDue
    case vocabOverdue
    case vocabOverdueFlag
    case vocabJournalPlan
    case vocabJournalReview
    case vocabWeekName
    case vocabMonthName
    case vocabFromMonth
    case vocabDayHeader
    case summaryDoneOf
    case summarySkipped
    case listNone
    case listSeparator
    case itemTaskNote
    case itemTaskNoteSince
    case itemTaskLabel
    case itemDoneOn
    case itemAddedOn
    case todayTasksCount
    case todayNothingScheduled
    case weekReviewTitle
    case weekAsOf
    case weekStreakHeader
    case weekBestHeader
    case weekNoDailyRoutines
    case weekMissedTimes
    case weekDoneRow
    case weekLastWeekRow
    case weekTotalLine
    case weekNoChange
    case weekChangePoints
    case weekStruggling
    case weekStrugglingMore
    case weekLongerHeading
    case weekCountsHeading
    case weekTasksHeading
    case weekJournalHeading
    case weekNoJournal
    case weekNextPlanHeading
    case weekNextPlanMissing
    case weekTopStreak
    case weekOneDay
    case weekDays
    case mdTitle
    case mdDaily
    case mdChange
    case mdWeekly
    case mdTasks
    case mdLonger
    case mdStreak
    case mdDayByDay
    case mdWeekColumn
    case mdThisWeek
    case mdMissedHeading
    case mdMissedRow
    case mdListSeparator
    case mdKindItem
    case mdNothingMissed
    case mdStillOpen
    case mdDueSuffix
    case mdLongerHeading
    case mdNoJournal
    case mdJournalLine
    case mdNotWritten
    case planTitle
    case planYesterday
    case planNothingLeft
    case planLeftovers
    case planYesterdayReview
    case planNoYesterdayReview
    case planToday
    case planNoDailyItems
    case planDueSoon
    case planDueAtEnd
    case planEndingSoonHeading
    case planEndingSoon
    case planNoFocus
    case planTodaysPlan
    case planNotWritten
}
