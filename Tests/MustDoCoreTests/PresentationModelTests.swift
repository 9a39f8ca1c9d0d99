import Testing
@testable import MustDoCore

/// The presentation models: what done/total means, how focus and skips count, and the marks and words both faces share.
@Suite struct PresentationModelTests {
    static let day = LocalDate(parsing: "2026-11-26")!
    static let settings = CalendarSettings.standard

    func item(_ id: Int64, _ kind: PeriodKind, _ state: OccurrenceState) -> Agenda.Item {
        let period = Period.containing(PresentationModelTests.day, kind: kind, settings: PresentationModelTests.settings)
        return Agenda.Item(ref: Int(id), occurrence: Occurrence(id: id, routineID: "r\(id)", period: period, title: "item \(id)", state: state))
    }

    @Test func aSkipIsShownApartAndIsNotDone() {
        let items = [item(1, .day, .done), item(2, .day, .skipped), item(3, .day, .open), item(4, .day, .missed)].map(\.occurrence)
        let s = PaneSummary(items)
        #expect(s.done == 1 && s.skipped == 1 && s.total == 4)
        #expect(s.percent == 25, "done over total: the skip stays in the total")
        #expect(s.compact(.unicode) == "1✓ 1– /4")
        #expect(s.compact(Marks(ascii: true)) == "1x 1- /4")
        #expect(s.compact(.unicode, tight: true) == "1✓1–/4")
        #expect(PaneSummary(Array(items.prefix(1))).compact(.unicode) == "1✓ /1")
        #expect(s.words(.en) == "1/4 done, 1 skipped")
        #expect(s.words(.zh) == "完成 1/4,跳过 1")
        #expect(s.filled(8) == 2)
    }

    @Test func focusNeverChangesAPanesTotal() {
        let daily = [item(1, .day, .done), item(2, .day, .open)]
        let weekly = [item(10, .week, .done), item(11, .week, .open)]
        let period: (PeriodKind) -> Period = { Period.containing(PresentationModelTests.day, kind: $0, settings: PresentationModelTests.settings) }
        let agenda = Agenda(date: PresentationModelTests.day,
                            sections: [.init(period: period(.day), items: daily), .init(period: period(.week), items: weekly)], focus: [10, 2])
        let today = TodayPresentation(agenda)
        #expect(today.summary(.day) == PaneSummary(done: 1, skipped: 0, missed: 0, open: 1), "the weekly focus item is not Daily's")
        #expect(today.summary(.week).total == 2)
        #expect(today.focusMark(10) == "✦" && today.focusMark(1) == nil)
        #expect(today.focusCount == "2/5")
    }

    @Test func weekPercentagesCountOnlyDoneDays() {
        let grid: [[WeekReview.Mark]] = [[.done, .skipped, .none], [.missed, .done, .open], [.skipped, .skipped, .open]]
        let (days, week) = WeekReview.percentages(grid, counted: [true, true, false])
        #expect(days == [33, 33, nil])
        #expect(week == 33, "2 done of 6 scheduled; skipped days are not done")
    }

    func review(rows: [WeekReview.Row], percent: Int?, previous: Int?) -> WeekReview {
        let week = Period.containing(PresentationModelTests.day, kind: .week, settings: PresentationModelTests.settings)
        let days = (0..<7).map { week.start.adding(days: $0) }
        return WeekReview(week: week, previousWeek: week.previous(settings: PresentationModelTests.settings), today: PresentationModelTests.day,
                          days: days, rows: rows, dayPercent: Array(repeating: percent, count: 7), weekPercent: percent,
                          previousDayPercent: Array(repeating: previous, count: 7), previousWeekPercent: previous,
                          weeklyItems: [], longerDone: [], counts: [], journal: [], nextWeekPlan: nil, tasks: [])
    }

    @Test func theTopStreakNamesBothFiguresTheGridShows() {
        let marks: [WeekReview.Mark] = [.done, .done, .missed, .done, .open, .open, .open]
        let rows = [WeekReview.Row(routineID: "a", title: "Call", marks: marks, occurrenceIDs: Array(repeating: nil, count: 7), currentStreak: 1, longestStreak: 2)]
        let p = WeekReviewPresentation(review(rows: rows, percent: 60, previous: 64))
        #expect(p.streak(rows[0]) == "1/2")
        #expect(p.topStreakWords(.en) == "Call (1 day now, best 2 days)")
        #expect(p.topStreakWords(.zh) == "Call(目前 1 天,最长 2 天)")
        #expect(p.cells(rows[0]) == ["✓", "✓", "✗", "✓", "·", "·", "·"])
        #expect(p.change(.en) == "−4 pts" && p.change(.zh) == "−4 个百分点")
        #expect(p.percent(nil) == "–")
        #expect(WeekReviewPresentation(review(rows: rows, percent: 60, previous: 60)).change(.en) == "no change")
        #expect(WeekReviewPresentation(review(rows: rows, percent: 61, previous: 60)).change(.en) == "+1 pt")
        #expect(WeekReviewPresentation(review(rows: rows, percent: nil, previous: 60)).change(.en) == nil)
    }

    @Test func oneSetOfMarksAndWords() {
        #expect(Marks.unicode.cell(.open) == "·" && Marks(ascii: true).cell(.open) == ".")
        #expect(Marks.unicode.focus == "✦" && Marks(ascii: true).focus == "*")
        #expect(Marks.unicode.item(.done) == "[✓]" && Marks(ascii: true).item(.done) == "[x]")
        #expect(Marks.forLocale(["LANG": "en_US.UTF-8"]) == .unicode)
        #expect(Marks.forLocale(["LANG": "zh_CN.utf8"]) == .unicode)
        #expect(Marks.forLocale(["LANG": "C"]).ascii)
        #expect(Marks.forLocale(["LC_ALL": "C", "LANG": "en_US.UTF-8"]).ascii, "LC_ALL wins")
        #expect(Marks.forLocale([:]).ascii)
        #expect(Vocabulary(.zh).journalReview == "复盘" && Vocabulary(.en).journalReview == "Review")
        #expect(Language.zh.text(.planYesterdayReview) == "昨晚的复盘:")
    }

    @Test func vocabularyWordsComeFromTheCatalog() {
        let w = Vocabulary(.zh), e = Vocabulary(.en)
        let month = Period.containing(PresentationModelTests.day, kind: .month, settings: PresentationModelTests.settings)
        let week = Period.containing(PresentationModelTests.day, kind: .week, settings: PresentationModelTests.settings)
        #expect(w.periodName(month) == "2026年11月" && e.periodName(month) == "November 2026")
        #expect(w.periodName(week) == "第 48 周 (2026-W48)" && e.periodName(week) == "Week 48 (2026-W48)")
        #expect(e.daysLeft(3) == "3 days left" && w.daysLeft(3) == "剩 3 天" && e.daysLeft(1) == "last day" && w.daysLeft(0) == "已结束")
        #expect(e.weekdayShort(.friday) == "Fri" && w.weekdayFull(.sunday) == "星期日")
        #expect(e.dayHeader(PresentationModelTests.day, settings: .standard) == "2026-11-26 Thursday · ISO week 2026-W48 · quarter 2026 Q4")
        #expect(w.overdueFlag == "【已逾期】" && e.overdueFlag == "[overdue]")
    }
}
