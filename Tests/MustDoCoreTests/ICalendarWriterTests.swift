import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

@Suite struct ICalendarWriterTests {
    let writer = ICalendarWriter(settings: .standard, stamp: "20261123T010000Z")
    let today = d("2026-11-23")   // a Monday

    func routine(_ id: String, _ period: PeriodKind, due: DueRule? = nil, workdaysOnly: Bool = false) -> Routine {
        Routine(id: id, title: id, period: period, due: due, workdaysOnly: workdaysOnly, activeFrom: d("2026-01-01"))
    }

    @Test(arguments: [
        ("day-a", PeriodKind.day, nil as String?, false, "FREQ=DAILY"),
        ("day-b", .day, nil, true, "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"),
        ("week-a", .week, "fri", false, "FREQ=WEEKLY;BYDAY=FR"),
        ("week-b", .week, nil, false, "FREQ=WEEKLY;BYDAY=SU"),
        ("month-a", .month, "15", false, "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("month-b", .month, "last-day", false, "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("month-c", .month, "last-workday", false, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        ("month-d", .month, "30", false, "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"),
        ("month-e", .month, "31", false, "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("month-f", .month, nil, false, "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("quarter-a", .quarter, "last-workday", false, "FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        ("quarter-b", .quarter, "10@1", false, "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10"),
        ("half-a", .half, "last-day", false, "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"),
        ("year-a", .year, "last-workday", false, "FREQ=YEARLY;BYMONTH=12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        ("year-b", .year, "1@3", false, "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1"),
    ])
    func recurrenceRules(id: String, period: PeriodKind, due: String?, workdaysOnly: Bool, expected: String) {
        let r = routine(id, period, due: due.flatMap { DueRule(text: $0) }, workdaysOnly: workdaysOnly)
        let anchor = writer.anchorDay(of: r, current: nil, today: today)!
        #expect(writer.recurrenceRule(for: r, anchor: anchor) == expected)
    }

    @Test func anchorsAreTheCurrentDueDayOrTheNextOne() {
        #expect(writer.anchorDay(of: routine("week-a", .week, due: .weekday(.friday)), current: nil, today: today) == d("2026-11-27"))
        #expect(writer.anchorDay(of: routine("quarter-a", .quarter, due: .lastWorkday(month: nil)), current: nil, today: today) == d("2026-12-31"))
        #expect(writer.anchorDay(of: routine("year-b", .year, due: .dayOfMonth(1, month: 3)), current: nil, today: today) == d("2026-03-01"))
        // A workdays-only daily routine on a Sunday starts on Monday.
        #expect(writer.anchorDay(of: routine("day-b", .day, workdaysOnly: true), current: nil, today: d("2026-11-22")) == d("2026-11-23"))
        // Done this week: the next week's due day.
        let week = Period.containing(today, kind: .week, settings: .standard)
        let done = Occurrence(id: 1, routineID: "week-a", period: week, title: "x", state: .done, due: d("2026-11-27"))
        #expect(writer.anchorDay(of: routine("week-a", .week, due: .weekday(.friday)), current: done, today: today) == d("2026-12-04"))
        // Sunday-start weeks: due on Saturday, WKST=SU.
        var sunday = CalendarSettings.standard
        sunday.weekStart = .sunday
        let w = ICalendarWriter(settings: sunday, stamp: "x")
        #expect(w.recurrenceRule(for: routine("week-b", .week), anchor: d("2026-11-28")) == "FREQ=WEEKLY;BYDAY=SA;WKST=SU")
    }

    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "在客户上班时,以每位客户朋友礼仪性的问候一次 👋🏽 ", count: 6)
        let folded = ICalendarWriter.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 3)
        for (i, p) in parts.enumerated() {
            #expect(p.utf8.count <= 75)
            if i > 0 { #expect(p.hasPrefix(" ")) }
        }
        #expect(String(parts.enumerated().map { $0.offset == 0 ? Substring($0.element) : $0.element.dropFirst() }.joined()) == line)
        #expect(ICalendarWriter.fold("SHORT:x") == "SHORT:x")
        let ascii = String(repeating: "a", count: 200)
        #expect(ICalendarWriter.fold(ascii).components(separatedBy: "\r\n").map(\.utf8.count) == [75, 75, 52])
    }

    @Test func escapesText() {
        #expect(ICalendarWriter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICalendarWriter.escape("tab\there\u{1}") == "tab here")
    }

    @Test func documentShape() {
        let week = Period.containing(d("2026-11-16"), kind: .week, settings: .standard)
        let done = Occurrence(id: 7, routineID: "week-a", period: week, title: "Old, title", state: .done, due: d("2026-11-20"),
                              doneAt: "2026-11-20T17:30:00")
        let open = Occurrence(id: 8, routineID: "week-b", period: week, title: "x", state: .missed)
        let text = writer.document(routines: [routine("week-a", .week, due: .weekday(.friday)),
                                              Routine(id: "gone", title: "g", period: .day, activeFrom: d("2026-01-01"), retiredOn: d("2026-06-01"))],
                                   current: [:], completed: [done, open], today: today)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "BEGIN:VTODO").count == 3, "one routine (the retired one is left out) and one completed item")
        #expect(text.contains("UID:week-a@mustdo\r\n"))
        #expect(text.contains("UID:week-a/2026-W47@mustdo\r\n"))
        #expect(text.contains("SUMMARY:Old\\, title\r\n"))
        #expect(text.contains("STATUS:COMPLETED\r\n"))
        #expect(text.contains("DTSTART:20261127T000000\r\nDUE:20261127T235959\r\nRRULE:FREQ=WEEKLY;BYDAY=FR\r\n"))
        #expect(text.contains("DTSTART:20261116T000000\r\nDUE:20261120T235959\r\n"))
    }

    @Test func doneOneOffTasksHaveTheirOwnUIDAndNoDueDay() {
        let task = Occurrence(id: 9, routineID: "task-3", period: Period(kind: .day, start: d("2026-11-20"), end: Occurrence.openEnded, key: "task-3"),
                              title: "Call back", state: .done, doneAt: "2026-11-21T10:00:00")
        let text = writer.document(routines: [], current: [:], completed: [task], today: today)
        #expect(text.contains("UID:task-3@mustdo\r\n"))
        #expect(text.contains("DTSTART:20261120T000000\r\nSTATUS:COMPLETED\r\n"))
        #expect(!text.contains("DUE:"))
    }

    @Test func completedTimesAreUTC() {
        let utc = ICalendarWriter.utc(localTimestamp: "2026-11-20T17:30:00")
        #expect(utc?.count == 16 && utc?.hasSuffix("Z") == true)
        #expect(ICalendarWriter.utc(localTimestamp: "garbage") == nil)
    }
}
