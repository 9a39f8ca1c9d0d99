/// A birthday kept as the customer counts it: a solar date, or a lunar one (`lunar:YYYY-MM-DD`, `L` before a leap month).
public enum Birthday: Equatable, Sendable, CustomStringConvertible {
    /// A Gregorian date.
    case solar(LocalDate)
    /// A Chinese lunar date, celebrated on the same lunar month and day each year.
    case lunar(LunarDate)

    /// Parses `YYYY-MM-DD` or `lunar:YYYY-MM-DD` (`农历:` works too); nil when it is not such a date.
    public init?(parsing text: String) {
        let t = text.replacingFullWidthColons()
        for prefix in ["lunar:", "农历:", "农历"] where t.hasPrefix(prefix) {
            guard let l = LunarDate(parsing: t.dropFirst(prefix.count)) else { return nil }
            self = .lunar(l)
            return
        }
        guard let d = LocalDate(parsing: t) else { return nil }
        self = .solar(d)
    }

    /// The canonical text: `1980-05-12` or `lunar:1980-L04-12`.
    public var description: String {
        switch self {
        case .solar(let d): return d.description
        case .lunar(let l): return "lunar:" + l.description
        }
    }

    /// The solar day the person was born.
    public var birthDate: LocalDate {
        switch self {
        case .solar(let d): return d
        case .lunar(let l): return l.solar
        }
    }

    /// The first birthday on or after `date`: a 29 February falls on 28 February in other years; a lunar one
    /// follows `LunarDate.nextAnniversary` (leap months and missing 30ths kept in the regular month). Nil outside the lunar table.
    public func next(onOrAfter date: LocalDate) -> LocalDate? {
        switch self {
        case .lunar(let l): return l.nextAnniversary(onOrAfter: date)
        case .solar(let d):
            for year in [date.year, date.year + 1] {
                let day = LocalDate(year: year, month: d.month, clampedDay: d.day)
                if day >= date { return day }
            }
            return nil
        }
    }
}
