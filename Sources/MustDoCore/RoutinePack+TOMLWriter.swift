/// Writing a pack back to TOML, in the format of the shipped packs (what `mustdo routines export` prints).
extension RoutinePack {
    /// The pack as TOML text that `RoutinePack(text:file:)` reads back to the same routines, in the same order.
    ///
    /// `active_from` is written only with `includeDates` (a shared file should start today for whoever imports
    /// it); `retired_on` is written for retired routines, which only appear when the caller includes them.
    public func tomlText(header: [String] = [], includeDates: Bool = false) -> String {
        var out = ""
        for line in header { out += "# " + line + "\n" }
        out += "[pack]\n"
        out += "id = " + TOMLWriter.quote(id) + "\n"
        out += "lang = " + TOMLWriter.quote(language.rawValue) + "\n"
        out += "name = " + TOMLWriter.quote(name) + "\n"
        out += "version = \(version)\n"
        for r in routines {
            out += "\n[[routine]]\n"
            out += "id = " + TOMLWriter.quote(r.id) + "\n"
            out += "period = " + TOMLWriter.quote(r.period.rawValue) + "\n"
            out += "title = " + TOMLWriter.quote(r.title) + "\n"
            if r.period == .day { out += "workdays_only = \(r.workdaysOnly)\n" }
            if !r.tags.isEmpty { out += "tags = [" + r.tags.map(TOMLWriter.quote).joined(separator: ", ") + "]\n" }
            if let due = r.due {
                var rule = due
                switch due {
                case .weekday: break
                case .dayOfMonth(let d, _): rule = .dayOfMonth(d, month: nil)
                case .lastDay: rule = .lastDay(month: nil)
                case .lastWorkday: rule = .lastWorkday(month: nil)
                }
                out += "due = " + TOMLWriter.quote(rule.description) + "\n"
                if let m = due.monthInPeriod { out += "due_month = \(m)\n" }
            }
            if let t = r.target { out += "target = \(t)\n" }
            if let l = r.link { out += "link = " + TOMLWriter.quote(l.rawValue) + "\n" }
            if let n = r.note { out += "note = " + TOMLWriter.quote(n) + "\n" }
            if includeDates, r.activeFrom.dayNumber != 0 { out += "active_from = " + TOMLWriter.quote(r.activeFrom.description) + "\n" }
            if let ret = r.retiredOn { out += "retired_on = " + TOMLWriter.quote(ret.description) + "\n" }
        }
        return out
    }
}
