/// Reading holidays from an iCalendar (.ics) file, such as a public-holiday calendar exported from a calendar app.
///
/// Every VEVENT is a run of days: `DTSTART` (a date, or the date part of a date-time) up to `DTEND`
/// (exclusive, as RFC 5545 defines it) or `DURATION`, or the start day alone. An event whose
/// SUMMARY contains 班 (上班, 补班) or, in any case, "workday", "working day" or "work day" marks
/// swapped workdays; every other event marks days off. A day marked both ways is a workday.
/// Cancelled events are skipped; repeating events (RRULE) are taken for their first run only.
extension HolidayCalendar {
    /// The result of reading an .ics file.
    public struct ICSImport: Sendable {
        /// The holidays and workdays found, named by the events' summaries.
        public var calendar: HolidayCalendar
        /// Events read.
        public var events: Int
        /// Events with an RRULE, taken once.
        public var repeating: Int
    }

    /// Whether an event summary marks swapped workdays rather than days off.
    public static func isWorkdaySummary(_ summary: String) -> Bool {
        if summary.contains("班") { return true }
        let lower = summary.lowercased()
        return lower.contains("workday") || lower.contains("working day") || lower.contains("work day")
    }

    /// Reads the VEVENTs of an .ics file; problems name the file, the line and the property.
    public static func importICS(text: String, file: String) throws -> ICSImport {
        // Unfold: a line starting with a space or tab continues the previous one.
        var logical: [(line: Int, text: String)] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var s = Substring(raw)
            if s.last == "\r" { s.removeLast() }
            if let f = s.first, f == " " || f == "\t", !logical.isEmpty {
                logical[logical.count - 1].text += s.dropFirst()
            } else if !s.isEmpty {
                logical.append((number, String(s)))
            }
        }
        func fail(_ line: Int, _ field: String, _ problem: String) -> MustDoError {
            .packInvalid(file: file, line: line, field: field, problem: problem)
        }
        guard logical.contains(where: { $0.text.uppercased() == "BEGIN:VCALENDAR" }) else {
            throw fail(0, "BEGIN:VCALENDAR", "this is not an iCalendar file")
        }
        var result = HolidayCalendar()
        var events = 0, repeating = 0
        var inEvent = false
        var start: (LocalDate, Int)?, end: LocalDate?, days: Int?
        var summary = "", cancelled = false, repeats = false, eventLine = 0
        for (line, text) in logical {
            let (name, params, value) = parseContentLine(text)
            if name == "BEGIN", value.uppercased() == "VEVENT" {
                inEvent = true
                start = nil; end = nil; days = nil; summary = ""; cancelled = false; repeats = false; eventLine = line
                continue
            }
            guard inEvent else { continue }
            switch name {
            case "DTSTART":
                guard let v = parseDate(value, params: params) else { throw fail(line, "DTSTART", "'\(value)' is not a date (YYYYMMDD)") }
                start = (v.date, line)
            case "DTEND":
                guard let v = parseDate(value, params: params) else { throw fail(line, "DTEND", "'\(value)' is not a date (YYYYMMDD)") }
                // A date (or a date-time at midnight) ends before that day; a later time ends on that day.
                end = v.midnight ? v.date : v.date.adding(days: 1)
            case "DURATION":
                guard let n = parseDays(value) else { throw fail(line, "DURATION", "'\(value)' is not a whole number of days or weeks (P3D, P1W)") }
                days = n
            case "SUMMARY": summary = unescape(value)
            case "STATUS": cancelled = value.uppercased() == "CANCELLED"
            case "RRULE": repeats = true
            case "END" where value.uppercased() == "VEVENT":
                inEvent = false
                guard let (first, startLine) = start else { throw fail(eventLine, "DTSTART", "this VEVENT has no DTSTART") }
                if cancelled { continue }
                events += 1
                if repeats { repeating += 1 }
                let stop = end ?? days.map { first.adding(days: max($0, 1)) } ?? first.adding(days: 1)
                guard stop > first else { throw fail(startLine, "DTEND", "the event ends before it starts") }
                guard first.days(to: stop) <= 366 else { throw fail(startLine, "DTEND", "the event is longer than a year") }
                let isWorkday = isWorkdaySummary(summary)
                var d = first
                while d < stop {
                    if isWorkday {
                        result.workdays.insert(d)
                        result.holidays.remove(d)
                    } else if !result.workdays.contains(d) {
                        result.holidays.insert(d)
                    }
                    if !summary.isEmpty, result.names[d] == nil || isWorkday { result.names[d] = summary }
                    d = d.adding(days: 1)
                }
            default: break
            }
        }
        return ICSImport(calendar: result, events: events, repeating: repeating)
    }

    /// Splits `NAME;PARAM=V;…:value` (parameter values may be quoted and contain `:`), upper-casing the name.
    static func parseContentLine(_ text: String) -> (name: String, params: [String: String], value: String) {
        var quoted = false
        var colon: String.Index?
        for i in text.indices {
            let c = text[i]
            if c == "\"" { quoted.toggle() } else if c == ":", !quoted { colon = i; break }
        }
        guard let colon else { return (text.uppercased(), [:], "") }
        let head = text[..<colon]
        let value = String(text[text.index(after: colon)...])
        let parts = head.split(separator: ";")
        var params: [String: String] = [:]
        for p in parts.dropFirst() {
            if let eq = p.firstIndex(of: "=") {
                params[p[..<eq].uppercased()] = String(p[p.index(after: eq)...]).trimmingQuotes
            }
        }
        return ((parts.first.map(String.init) ?? "").uppercased(), params, value)
    }

    /// A DATE (`20261001`) or the date part of a DATE-TIME (`20261001T090000Z`); `midnight` when there is no time or it is 00:00:00.
    static func parseDate(_ value: String, params: [String: String]) -> (date: LocalDate, midnight: Bool)? {
        let u = Array(value.utf8)
        guard u.count >= 8, u[0..<8].allSatisfy({ (48...57).contains($0) }) else { return nil }
        func num(_ r: Range<Int>) -> Int { u[r].reduce(0) { $0 * 10 + Int($1 - 48) } }
        guard let d = LocalDate(year: num(0..<4), month: num(4..<6), day: num(6..<8)) else { return nil }
        if u.count == 8 { return (d, true) }
        guard params["VALUE"]?.uppercased() != "DATE", u.count >= 15, u[8] == UInt8(ascii: "T"),
              u[9..<15].allSatisfy({ (48...57).contains($0) }) else { return nil }
        return (d, num(9..<15) == 0)
    }

    /// Whole days of a DURATION such as `P3D`, `P1W`, `P1DT0H` (time parts must be zero).
    static func parseDays(_ value: String) -> Int? {
        var s = Substring(value.uppercased())
        if s.hasPrefix("+") { s = s.dropFirst() }
        guard s.hasPrefix("P") else { return nil }
        s = s.dropFirst()
        var total = 0, n = 0, digits = false, inTime = false
        for c in s {
            if let v = c.wholeNumberValue, c.isASCII {
                guard n < 100_000 else { return nil }   // no holiday lasts 270 years; and no overflow
                n = n * 10 + v
                digits = true
                continue
            }
            switch c {
            case "T": inTime = true; continue
            case "W" where !inTime && digits: total += n * 7
            case "D" where !inTime && digits: total += n
            case "H", "M", "S": if !digits || n != 0 || !inTime { return nil }
            default: return nil
            }
            n = 0
            digits = false
        }
        return digits || s.isEmpty ? nil : total
    }

    /// Undoes RFC 5545 TEXT escaping (`\\`, `\;`, `\,`, `\n`).
    static func unescape(_ value: String) -> String {
        var out = ""
        var escaped = false
        for c in value {
            if escaped {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }
}

extension String {
    var trimmingQuotes: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
