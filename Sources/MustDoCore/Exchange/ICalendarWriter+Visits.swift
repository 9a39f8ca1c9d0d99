extension ICalendarWriter {
    /// How long an appointment's VEVENT lasts (MustDo records only its start).
    public static let appointmentMinutes = 60

    /// Appointments as VEVENTs (LOCATION; STATUS CONFIRMED, or CANCELLED when it cannot be kept) and pending promises
    /// as VTODOs with DUE at the end of the due day and a VALARM at 09:00 the promise's reminder days before it
    /// (`TRIGGER;RELATED=END`, RFC 5545 §3.8.6.3). UIDs come from the row ids (`appointment-N@mustdo`,
    /// `promise-N@mustdo`), so they are the same in every export. Floating local times, like the rest of MustDo.
    public func components(appointments: [Appointment], promises: [Promise], settings: PromiseSettings, language: Language) -> [String] {
        var lines: [String] = []
        for a in appointments {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + a.uid)
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART:" + ICalendarWriter.dateTime(a.at))
            lines.append("DTEND:" + ICalendarWriter.dateTime(a.at, plusMinutes: ICalendarWriter.appointmentMinutes))
            let who = CommitmentText.customer(a.customerNumber, a.customerName)
            lines.append("SUMMARY:" + ICalendarWriter.escape(a.about.isEmpty ? who : who + " — " + a.about))
            if !a.place.isEmpty { lines.append("LOCATION:" + ICalendarWriter.escape(a.place)) }
            if !a.reason.isEmpty { lines.append("DESCRIPTION:" + ICalendarWriter.escape(a.reason)) }
            lines.append("STATUS:" + (a.state == .cannotKeep ? "CANCELLED" : "CONFIRMED"))
            lines.append("X-MUSTDO-CUSTOMER:" + ICalendarWriter.escape(a.customerNumber))
            if let told = a.toldAt { lines.append("X-MUSTDO-TOLD:" + ICalendarWriter.escape(told)) }
            lines.append("END:VEVENT")
        }
        for p in promises where p.state.isPending {
            let summary = p.direction.label(language) + ": " + CommitmentText.customer(p.customerNumber, p.customerName) + " — " + p.what
            lines.append("BEGIN:VTODO")
            lines.append("UID:" + p.uid)
            lines.append("DTSTAMP:" + stamp)
            lines.append("SUMMARY:" + ICalendarWriter.escape(summary))
            if !p.conditions.isEmpty { lines.append("DESCRIPTION:" + ICalendarWriter.escape(p.conditions)) }
            lines.append("DTSTART:" + ICalendarWriter.dateTime(min(p.madeOn, p.due), end: false))
            lines.append("DUE:" + ICalendarWriter.dateTime(p.due, end: true))
            lines.append("STATUS:NEEDS-ACTION")
            lines.append("CATEGORIES:" + ICalendarWriter.escape(p.direction.rawValue) + "," + ICalendarWriter.escape(p.kind.rawValue))
            lines.append("X-MUSTDO-CUSTOMER:" + ICalendarWriter.escape(p.customerNumber))
            lines.append("X-MUSTDO-STATE:" + p.state.rawValue)
            lines.append("BEGIN:VALARM")
            lines.append("ACTION:DISPLAY")
            lines.append("DESCRIPTION:" + ICalendarWriter.escape(summary))
            lines.append("TRIGGER;RELATED=END:" + ICalendarWriter.reminderTrigger(days: p.reminderDays(settings)))
            lines.append("END:VALARM")
            lines.append("END:VTODO")
        }
        return lines
    }

    /// The trigger of a reminder at 09:00 `days` before a DUE of 23:59:59: `-P3DT14H59M59S` (`-PT14H59M59S` on the day).
    public static func reminderTrigger(days: Int) -> String {
        (days > 0 ? "-P\(days)DT" : "-PT") + "14H59M59S"
    }

    /// A floating local date-time `YYYYMMDDTHHMM00` of `t`, `plusMinutes` later.
    public static func dateTime(_ t: LocalDateTime, plusMinutes: Int = 0) -> String {
        let total = t.minutes + plusMinutes
        let day = t.date.adding(days: total / 1440)
        let m = total % 1440
        let c = day.components
        return LocalDate.pad(c.year, 4) + LocalDate.pad(c.month, 2) + LocalDate.pad(c.day, 2) + "T" + LocalDate.pad(m / 60, 2) + LocalDate.pad(m % 60, 2) + "00"
    }
}
