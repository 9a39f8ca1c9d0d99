#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Routines and done occurrences as an iCalendar (RFC 5545) document of VTODOs, for calendar and task apps.
///
/// Each active routine is one repeating VTODO whose RRULE generates its due days (FREQ=DAILY,
/// WEEKLY with BYDAY, MONTHLY with BYMONTHDAY or BYDAY+BYSETPOS, INTERVAL=3/6 for quarters and
/// halves, YEARLY with BYMONTH). Its DTSTART is the start of the due day of the current occurrence
/// (the next one when the current one is settled), so that DTSTART is itself an instance of the rule
/// (RFC 5545 §3.8.5.3), and DUE is the end of that day (DUE must be later than DTSTART, §3.8.2.3).
/// Both are floating local date-times, like the rest of MustDo. Every done occurrence is one more
/// VTODO with STATUS:COMPLETED. UIDs come from the routine id and period key, so they are the same
/// in every export. Lines end in CRLF and are folded at 75 octets between UTF-8 characters.
public struct ICalendarWriter: Sendable {
    /// The calendar the routines follow (workdays, week start, holidays).
    public var settings: CalendarSettings
    /// DTSTAMP of every component: `YYYYMMDDTHHMMSSZ`.
    public var stamp: String
    /// The PRODID value.
    public var productID: String

    /// Creates a writer.
    public init(settings: CalendarSettings, stamp: String = ICalendarWriter.utcNow(), productID: String = "-//MustDo//mustdo//EN") {
        self.settings = settings
        self.stamp = stamp
        self.productID = productID
    }

    /// The whole VCALENDAR: one repeating VTODO per active routine (`current` maps a routine id to its occurrence in the period containing `today`), then one completed VTODO per done occurrence in `completed`.
    /// `extra` holds further components' content lines (appointments and promises, `components(appointments:…)`), placed before the end.
    public func document(routines: [Routine], current: [String: Occurrence], completed: [Occurrence], today: LocalDate, name: String = "MustDo",
                         extra: [String] = []) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendarWriter.escape(productID), "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendarWriter.escape(name)]
        for r in routines where r.retiredOn == nil {
            guard let anchor = anchorDay(of: r, current: current[r.id], today: today) else { continue }
            lines.append("BEGIN:VTODO")
            lines.append("UID:" + ICalendarWriter.uid(routine: r.id))
            lines.append("DTSTAMP:" + stamp)
            lines.append("SUMMARY:" + ICalendarWriter.escape(r.title))
            if let note = r.note, !note.isEmpty { lines.append("DESCRIPTION:" + ICalendarWriter.escape(note)) }
            if !r.tags.isEmpty { lines.append("CATEGORIES:" + r.tags.map(ICalendarWriter.escape).joined(separator: ",")) }
            lines.append("DTSTART:" + ICalendarWriter.dateTime(anchor, end: false))
            lines.append("DUE:" + ICalendarWriter.dateTime(anchor, end: true))
            lines.append("RRULE:" + recurrenceRule(for: r, anchor: anchor))
            lines.append("STATUS:NEEDS-ACTION")
            lines.append("X-MUSTDO-ROUTINE:" + r.id)
            lines.append("X-MUSTDO-PERIOD:" + r.period.rawValue)
            lines.append("END:VTODO")
        }
        for o in completed where o.state == .done {
            lines.append("BEGIN:VTODO")
            // A one-off task's key is its own id; an open-ended task has no due day.
            lines.append("UID:" + (o.isTask ? ICalendarWriter.uid(routine: o.routineID) : ICalendarWriter.uid(routine: o.routineID, periodKey: o.period.key)))
            lines.append("DTSTAMP:" + stamp)
            lines.append("SUMMARY:" + ICalendarWriter.escape(o.title))
            if let note = o.note, !note.isEmpty { lines.append("DESCRIPTION:" + ICalendarWriter.escape(note)) }
            lines.append("DTSTART:" + ICalendarWriter.dateTime(o.period.start, end: false))
            if let due = o.due ?? (o.period.end == Occurrence.openEnded ? nil : o.period.end) {
                lines.append("DUE:" + ICalendarWriter.dateTime(due, end: true))
            }
            lines.append("STATUS:COMPLETED")
            lines.append("COMPLETED:" + (o.doneAt.flatMap(ICalendarWriter.utc(localTimestamp:)) ?? ICalendarWriter.dateTime(o.due ?? o.period.start, end: true) + "Z"))
            lines.append("PERCENT-COMPLETE:100")
            lines.append("X-MUSTDO-ROUTINE:" + o.routineID)
            lines.append("X-MUSTDO-PERIOD-KEY:" + ICalendarWriter.escape(o.period.key))
            lines.append("END:VTODO")
        }
        lines += extra
        lines.append("END:VCALENDAR")
        var out = ""
        for l in lines { out += ICalendarWriter.fold(l) + "\r\n" }
        return out
    }

    /// The stable UID of a routine's repeating VTODO.
    public static func uid(routine: String) -> String { routine + "@mustdo" }

    /// The stable UID of one occurrence's VTODO.
    public static func uid(routine: String, periodKey: String) -> String { routine + "/" + periodKey + "@mustdo" }

    /// The due day the repeating VTODO starts from: the current occurrence's, or the next scheduled period's when the current one is settled or absent.
    public func anchorDay(of r: Routine, current: Occurrence?, today: LocalDate) -> LocalDate? {
        let weekdays = settings.workdays
        var p = Period.containing(max(today, r.activeFrom), kind: r.period, settings: settings)
        if let c = current, c.period.key == p.key, c.state.isSettled { p = p.next(settings: settings) }
        for _ in 0..<800 {
            let onPattern = r.period != .day || !r.workdaysOnly || weekdays.contains(p.start.weekday)
            if onPattern, r.isScheduled(in: p, settings: settings) {
                if let c = current, c.period.key == p.key, let due = c.due { return due }
                return r.dueDate(in: p, settings: settings) ?? p.start
            }
            p = p.next(settings: settings)
        }
        return nil
    }

    /// The RRULE value generating `r`'s due days from `anchor`.
    public func recurrenceRule(for r: Routine, anchor: LocalDate) -> String {
        let workdayCodes = Weekday.allCases.filter { settings.workdays.contains($0) }.map(ICalendarWriter.code)
        switch r.period {
        case .day:
            guard r.workdaysOnly, workdayCodes.count < 7, !workdayCodes.isEmpty else { return "FREQ=DAILY" }
            return "FREQ=DAILY;BYDAY=" + workdayCodes.joined(separator: ",")
        case .week:
            let day: Weekday
            if case .weekday(let w)? = r.due { day = w } else { day = Weekday(rawValue: (settings.weekStart.rawValue + 5) % 7 + 1)! }
            var rule = "FREQ=WEEKLY;BYDAY=" + ICalendarWriter.code(day)
            if settings.weekStart != .monday { rule += ";WKST=" + ICalendarWriter.code(settings.weekStart) }
            return rule
        case .month, .quarter, .half, .year:
            var rule: String
            switch r.period {
            case .month: rule = "FREQ=MONTHLY"
            case .quarter: rule = "FREQ=MONTHLY;INTERVAL=3"
            case .half: rule = "FREQ=MONTHLY;INTERVAL=6"
            default: rule = "FREQ=YEARLY;BYMONTH=\(anchor.month)"
            }
            switch r.due {
            case .dayOfMonth(let d, _)?:
                if d <= 28 { rule += ";BYMONTHDAY=\(d)" } else if d >= 31 { rule += ";BYMONTHDAY=-1" } else {
                    // Day 29 or 30 is clamped to a shorter month's last day: the last of 28…d that the month has.
                    rule += ";BYMONTHDAY=" + (28...d).map(String.init).joined(separator: ",") + ";BYSETPOS=-1"
                }
            case .lastWorkday?:
                rule += ";BYDAY=" + (workdayCodes.isEmpty ? ["MO", "TU", "WE", "TH", "FR"] : workdayCodes).joined(separator: ",") + ";BYSETPOS=-1"
            case .lastDay?, nil, .weekday?:
                rule += ";BYMONTHDAY=-1"
            }
            return rule
        }
    }

    /// The two-letter RFC 5545 weekday code.
    public static func code(_ w: Weekday) -> String { ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][w.rawValue - 1] }

    /// A floating local date-time at the start (00:00:00) or end (23:59:59) of `d`.
    public static func dateTime(_ d: LocalDate, end: Bool) -> String {
        let c = d.components
        return LocalDate.pad(c.year, 4) + LocalDate.pad(c.month, 2) + LocalDate.pad(c.day, 2) + (end ? "T235959" : "T000000")
    }

    /// Escapes a TEXT value: backslash, semicolon, comma and newline (RFC 5545 §3.3.11); other control characters are dropped.
    public static func escape(_ s: String) -> String {
        var r = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": r += "\\\\"
            case ";": r += "\\;"
            case ",": r += "\\,"
            case "\n": r += "\\n"
            default: if u.value >= 0x20 && u.value != 0x7F { r.unicodeScalars.append(u) } else if u == "\t" { r += " " }
            }
        }
        return r
    }

    /// Folds a content line into lines of at most 75 octets, continuation lines starting with a space, never inside a UTF-8 character.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 70 * 3)
        var i = 0
        var limit = 75
        while i < bytes.count {
            var end = min(i + limit, bytes.count)
            // Back off to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
            while end < bytes.count, end > i, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if i > 0 { out += [0x0D, 0x0A, 0x20] }
            out += bytes[i..<end]
            i = end
            limit = 74
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The current time in UTC as `YYYYMMDDTHHMMSSZ`.
    public static func utcNow() -> String {
        var t = time(nil)
        var tmValue = tm()
        gmtime_r(&t, &tmValue)
        return format(tmValue) + "Z"
    }

    /// A local wall-clock timestamp `YYYY-MM-DDTHH:MM:SS` (as MustDo stores `done_at`) in UTC as `YYYYMMDDTHHMMSSZ`, using the process's time zone; nil when it cannot be read.
    public static func utc(localTimestamp s: String) -> String? {
        let u = Array(s.utf8)
        guard u.count >= 19, let d = LocalDate(parsing: s.prefix(10)) else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard (48...57).contains(u[i]) else { return nil }; v = v * 10 + Int(u[i] - 48) }
            return v
        }
        guard let h = num(11..<13), let m = num(14..<16), let sec = num(17..<19) else { return nil }
        let c = d.components
        var local = tm()
        local.tm_year = Int32(c.year - 1900)
        local.tm_mon = Int32(c.month - 1)
        local.tm_mday = Int32(c.day)
        local.tm_hour = Int32(h)
        local.tm_min = Int32(m)
        local.tm_sec = Int32(sec)
        local.tm_isdst = -1
        var t = mktime(&local)
        guard t != -1 || (c.year == 1969) else { return nil }
        var utc = tm()
        gmtime_r(&t, &utc)
        return format(utc) + "Z"
    }

    private static func format(_ v: tm) -> String {
        LocalDate.pad(Int(v.tm_year) + 1900, 4) + LocalDate.pad(Int(v.tm_mon) + 1, 2) + LocalDate.pad(Int(v.tm_mday), 2) + "T"
            + LocalDate.pad(Int(v.tm_hour), 2) + LocalDate.pad(Int(v.tm_min), 2) + LocalDate.pad(Int(v.tm_sec), 2)
    }
}
