import Testing
@testable import MustDoCore

private func d(_ s: String) -> LocalDate { LocalDate(parsing: s)! }

@Suite struct HolidayCalendarTests {
    @Test func readsListsNamesAndComments() throws {
        let text = """
        # 2026 example
        holidays = ["2026-10-01", "2026-10-02"]  # 国庆
        workdays = ["2026-10-10"]
        [names]
        "2026-10-01" = "国庆节"
        """
        let c = try HolidayCalendar(text: text, file: "h.toml")
        #expect(c.holidays == [d("2026-10-01"), d("2026-10-02")])
        #expect(c.workdays == [d("2026-10-10")])
        #expect(c.names == [d("2026-10-01"): "国庆节"])
        // Writing and reading back gives the same calendar.
        #expect(try HolidayCalendar(text: c.tomlText(header: ["x"]), file: "again.toml") == c)
        #expect(try HolidayCalendar(text: "", file: "empty.toml") == HolidayCalendar())
    }

    @Test func errorsNameFileLineAndKey() {
        #expect(throws: MustDoError.configInvalid(file: "h.toml", line: 2, key: "workdays", problem: "every entry must be a date string \"YYYY-MM-DD\"")) {
            try HolidayCalendar(text: "holidays = [\"2026-10-01\"]\nworkdays = [\"2026-10-32\"]\n", file: "h.toml")
        }
        #expect(throws: MustDoError.configInvalid(file: "h.toml", line: 3, key: "extra", problem: "unknown key (known: holidays, workdays, names)")) {
            try HolidayCalendar(text: "holidays = []\n\nextra = 1\n", file: "h.toml")
        }
        #expect(throws: MustDoError.configInvalid(file: "h.toml", line: 2, key: "workdays", problem: "2026-10-01 is listed both as a holiday and as a workday")) {
            try HolidayCalendar(text: "holidays = [\"2026-10-01\"]\nworkdays = [\"2026-10-01\"]\n", file: "h.toml")
        }
        #expect(throws: MustDoError.configInvalid(file: "h.toml", line: 1, key: "holidays", problem: "use a list of dates like [\"2026-10-01\"]")) {
            try HolidayCalendar(text: "holidays = \"2026-10-01\"\n", file: "h.toml")
        }
        #expect(throws: MustDoError.configInvalid(file: "h.toml", line: 2, key: "Oct 1", problem: "a [names] key must be a date \"YYYY-MM-DD\"")) {
            try HolidayCalendar(text: "[names]\n\"Oct 1\" = \"x\"\n", file: "h.toml")
        }
        do {
            _ = try HolidayCalendar(text: "holidays = [\n", file: "h.toml")
            Issue.record("a syntax error must throw")
        } catch let MustDoError.configInvalid(file, _, key, _) {
            #expect(file == "h.toml" && key == "TOML")
        } catch { Issue.record("unexpected \(error)") }
        #expect(throws: MustDoError.self) { try HolidayCalendar.load(path: "/nonexistent/h.toml") }
    }

    @Test func pathsAreRelativeToTheConfigFolder() {
        #expect(HolidayCalendar.resolve("h.toml", configPath: "/home/a/.config/mustdo/config.toml", home: "/home/a") == "/home/a/.config/mustdo/h.toml")
        #expect(HolidayCalendar.resolve("sub/h.toml", configPath: "/c/config.toml", home: nil) == "/c/sub/h.toml")
        #expect(HolidayCalendar.resolve("/etc/h.toml", configPath: "/c/config.toml", home: "/h") == "/etc/h.toml")
        #expect(HolidayCalendar.resolve("~/h.toml", configPath: "/c/config.toml", home: "/home/a") == "/home/a/h.toml")
    }

    static let ics = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//holidays//ZH",
        "BEGIN:VEVENT",
        "UID:1",
        "DTSTART;VALUE=DATE:20261001",
        "DTEND;VALUE=DATE:20261008",
        "SUMMARY:国庆节 休",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:2",
        "DTSTART;VALUE=DATE:20261010",
        "SUMMARY:国庆节 班",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:3",
        "DTSTART;VALUE=DATE:20260920",
        "DTEND;VALUE=DATE:20260921",
        "SUMMARY:国庆节调休上",
        " 班",       // a folded line: the summary is 国庆节调休上班
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:4",
        "DTSTART:20260925",
        "DURATION:P3D",
        "SUMMARY:Mid-Autumn Festival\\, day off",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:5",
        "DTSTART;TZID=Asia/Shanghai:20260214T000000",
        "DTEND;TZID=Asia/Shanghai:20260214T235900",
        "SUMMARY:Working Day (Spring Festival)",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:6",
        "DTSTART;VALUE=DATE:20260101",
        "RRULE:FREQ=YEARLY",
        "SUMMARY:New Year's Day",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:7",
        "DTSTART;VALUE=DATE:20260601",
        "STATUS:CANCELLED",
        "SUMMARY:Cancelled",
        "END:VEVENT",
        "END:VCALENDAR",
    ].joined(separator: "\r\n") + "\r\n"

    @Test func importsAnICSOfHolidaysAndSwappedWorkdays() throws {
        let r = try HolidayCalendar.importICS(text: HolidayCalendarTests.ics, file: "cn.ics")
        #expect(r.events == 6)
        #expect(r.repeating == 1)
        let c = r.calendar
        // DTEND is exclusive: 1–7 October; DURATION P3D: 25–27 September.
        #expect(c.holidays == Set(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
                                   "2026-09-25", "2026-09-26", "2026-09-27", "2026-01-01"].map(d)))
        #expect(c.workdays == Set(["2026-10-10", "2026-09-20", "2026-02-14"].map(d)))
        #expect(c.names[d("2026-09-20")] == "国庆节调休上班")
        #expect(c.names[d("2026-09-26")] == "Mid-Autumn Festival, day off")
        // The result is a valid holiday file.
        #expect(try HolidayCalendar(text: c.tomlText(header: ["converted"]), file: "out.toml") == c)
    }

    @Test func workdaySummaries() {
        for s in ["班", "国庆节 班", "春节补班", "调休上班", "Workday", "Working day (adjusted)", "make-up work day"] {
            #expect(HolidayCalendar.isWorkdaySummary(s), "\(s)")
        }
        for s in ["国庆节", "春节 休", "调休", "Holiday", "Day off", "Labour Day"] {
            #expect(!HolidayCalendar.isWorkdaySummary(s), "\(s)")
        }
    }

    @Test func icsErrorsNameTheLine() {
        #expect(throws: MustDoError.packInvalid(file: "x.ics", line: 0, field: "BEGIN:VCALENDAR", problem: "this is not an iCalendar file")) {
            try HolidayCalendar.importICS(text: "hello\n", file: "x.ics")
        }
        let bad = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nDTSTART;VALUE=DATE:2026-10-01\nEND:VEVENT\nEND:VCALENDAR\n"
        #expect(throws: MustDoError.packInvalid(file: "x.ics", line: 4, field: "DTSTART", problem: "'2026-10-01' is not a date (YYYYMMDD)")) {
            try HolidayCalendar.importICS(text: bad, file: "x.ics")
        }
        let noStart = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"
        #expect(throws: MustDoError.packInvalid(file: "x.ics", line: 2, field: "DTSTART", problem: "this VEVENT has no DTSTART")) {
            try HolidayCalendar.importICS(text: noStart, file: "x.ics")
        }
        let backwards = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261005\nDTEND;VALUE=DATE:20261001\nEND:VEVENT\nEND:VCALENDAR\n"
        #expect(throws: MustDoError.packInvalid(file: "x.ics", line: 3, field: "DTEND", problem: "the event ends before it starts")) {
            try HolidayCalendar.importICS(text: backwards, file: "x.ics")
        }
    }

    @Test func durations() {
        #expect(HolidayCalendar.parseDays("P3D") == 3)
        #expect(HolidayCalendar.parseDays("P1W") == 7)
        #expect(HolidayCalendar.parseDays("P1DT0H") == 1)
        #expect(HolidayCalendar.parseDays("PT5H") == nil)
        #expect(HolidayCalendar.parseDays("3D") == nil)
        #expect(HolidayCalendar.parseDays("P3") == nil)
    }
}
